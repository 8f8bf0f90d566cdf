package org.disabilitystandards.examples;

import java.time.LocalDate;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.id.DisabilityCertificateNumber;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.PersonRecord;

/**
 * Synthetic people for the examples: ID numbers whose check character is computed with
 * {@link ResidentIdNumber#checkCharacter}, real GB/T 2260 county codes of Qinghai and placeholder names.
 * No example uses data of a real person.
 */
final class SyntheticPeople {

    private SyntheticPeople() {
    }

    /**
     * Completes 17 digits (address code, birth date, sequence code) with their GB 11643-1999 check character.
     *
     * @param first17 the first 17 digits
     * @return the 18-character ID number
     */
    static String idNumber(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /**
     * Builds a certificate holder living in 西宁市城东区 (630102), with a certificate whose number agrees with
     * the ID number, category and grade.
     *
     * @param recordId  the record id
     * @param first17   the first 17 digits of the ID number (its birth date becomes the record's)
     * @param category  the certificate category
     * @param grade     the certificate grade
     * @param issuedOn  the issue date; the certificate is valid for ten years
     * @return a record builder, to be completed by the example
     */
    static ImmutablePersonRecord.Builder holder(String recordId, String first17,
            DisabilityCategory category, DisabilityGrade grade, LocalDate issuedOn) {
        String id = idNumber(first17);
        ResidentIdNumber parsed = ResidentIdNumber.parse(id, issuedOn);
        String number = DisabilityCertificateNumber.of(parsed, category, grade, 0).value();
        return PersonRecord.builder()
                .recordId(recordId)
                .idNumber(id)
                .name("测试" + recordId)
                .sex(parsed.sex())
                .birthDate(parsed.birthDate())
                .regionCode("630102")
                .certificate(Certificate.builder()
                        .number(number)
                        .category(category)
                        .grade(grade)
                        .issuedOn(issuedOn)
                        .validUntil(issuedOn.plusYears(10).minusDays(1))
                        .build());
    }
}
