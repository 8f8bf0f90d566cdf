package org.disabilitystandards.examples;

import java.time.LocalDate;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.id.DisabilityCertificateNumber;
import org.disabilitystandards.core.id.InvalidIdentifierException;
import org.disabilitystandards.core.id.Masking;
import org.disabilitystandards.core.id.ResidentIdNumber;

/**
 * Guide section "Parse and mask identifiers": a resident ID number of GB 11643-1999 and a second-generation
 * disability certificate number (残疾人证号), strict and lenient parsing, masking and the typed error of an
 * invalid number. All numbers are synthetic.
 */
public final class ParseIdentifiersExample {

    private ParseIdentifiersExample() {
    }

    /**
     * Runs the example and prints what {@link #run()} returns.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(run());
    }

    /**
     * Parses, inspects and masks synthetic identifiers.
     *
     * @return the printed lines
     */
    public static String run() {
        StringJoiner out = new StringJoiner("\n", "", "\n");
        LocalDate asOf = LocalDate.of(2025, 6, 30);
        // [parse-id]
        // 630102 (西宁市城东区) + birth date 1990-03-07 + sequence 001: the check character completes it
        String first17 = "63010219900307001";
        String text = first17 + ResidentIdNumber.checkCharacter(first17);

        ResidentIdNumber id = ResidentIdNumber.parse(text, asOf);   // strict: 18 characters, upper-case X
        out.add("masked: " + id.masked());                          // never log id.value()
        out.add("address code: " + id.addressCode());
        out.add("birth date: " + id.birthDate());
        out.add("sex: " + id.sex());                                // sequence 001 is odd: MALE
        out.add("age on " + asOf + ": " + id.ageOn(asOf));
        // [/parse-id]

        // [certificate]
        DisabilityCertificateNumber certificate = DisabilityCertificateNumber.of(id, DisabilityCategory.HEARING,
                DisabilityGrade.of(2), 0);
        DisabilityCertificateNumber reissued = DisabilityCertificateNumber.parse(certificate.value() + "B1", asOf);
        out.add("certificate: " + certificate.masked() + " category " + certificate.category()
                + " grade " + certificate.grade().number());
        out.add("reissued: " + reissued + " reissue " + reissued.reissue().getAsInt()); // toString is masked too
        // [/certificate]

        // [lenient]
        ResidentIdNumber fromOldCard = ResidentIdNumber.parseLenient(" 630102900307001 ", asOf);
        out.add("15 digits: " + fromOldCard.masked() + " "
                + new TreeSet<>(fromOldCard.normalizations()));
        // [/lenient]

        // [invalid]
        String wrongCheck = first17 + (id.checkCharacter() == '0' ? '1' : '0');
        if (!ResidentIdNumber.isValid(wrongCheck, asOf)) {                // no exception on the hot path
            out.add("check: " + ResidentIdNumber.check(wrongCheck, asOf).orElseThrow());
        }
        try {
            ResidentIdNumber.parse(wrongCheck, asOf);
        } catch (InvalidIdentifierException e) {
            out.add("rejected: " + e.reason() + " / " + e.getMessage()); // the message never holds the number
        }
        out.add("masking any text: " + Masking.mask(wrongCheck));
        // [/invalid]
        return out.toString();
    }
}
