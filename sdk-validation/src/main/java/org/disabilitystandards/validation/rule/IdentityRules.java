package org.disabilitystandards.validation.rule;

import java.util.Optional;
import org.disabilitystandards.core.code.AdministrativeDivisions;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.id.InvalidIdentifierException;
import org.disabilitystandards.core.id.ResidentIdNumber;

/**
 * Identity rules (GB 11643-1999): ID.FORMAT, ID.CONVERTED, ID.CHECKSUM, ID.BIRTH_DATE, ID.REGION,
 * ID.SEX_MISMATCH, ID.BIRTH_DATE_MISMATCH. Establishes the effective ID number and birth date for the
 * other domains: from a valid ID number, else the recorded birth date.
 */
final class IdentityRules implements DomainRules {

    private static final String PATH = "idNumber";

    private final Rule format;
    private final Rule converted;
    private final Rule checksum;
    private final Rule birthDate;
    private final Rule region;
    private final Rule sexMismatch;
    private final Rule birthDateMismatch;
    private final AdministrativeDivisions divisions;

    IdentityRules(RuleCatalogue catalogue, AdministrativeDivisions divisions) {
        this.format = catalogue.get("ID.FORMAT");
        this.converted = catalogue.get("ID.CONVERTED");
        this.checksum = catalogue.get("ID.CHECKSUM");
        this.birthDate = catalogue.get("ID.BIRTH_DATE");
        this.region = catalogue.get("ID.REGION");
        this.sexMismatch = catalogue.get("ID.SEX_MISMATCH");
        this.birthDateMismatch = catalogue.get("ID.BIRTH_DATE_MISMATCH");
        this.divisions = divisions;
    }

    @Override
    public void check(RecordCheck c) {
        String id = c.record.idNumber();
        if (id.length() == 15 && c.parameters.acceptFifteenDigitIds()) {
            Optional<String> conversion = ResidentIdNumber.fifteenToEighteen(id);
            if (conversion.isPresent()) {
                id = conversion.get();
                c.raise(converted, PATH);
            }
        }
        Optional<InvalidIdentifierException.Reason> problem = ResidentIdNumber.check(id, c.asOf);
        if (problem.isPresent()) {
            switch (problem.get()) {
                case CHECKSUM:
                    c.raise(checksum, PATH);
                    break;
                case BIRTH_DATE:
                    c.raise(birthDate, PATH);
                    break;
                default:
                    c.raise(format, PATH);
                    break;
            }
            c.birthDate = c.record.birthDate().orElse(null);
            return;
        }
        ResidentIdNumber parsed = ResidentIdNumber.parse(id, c.asOf);
        c.idNumber = id;
        c.birthDate = parsed.birthDate();
        if (c.on(region)) {
            String addressCode = parsed.addressCode();
            if (!divisions.contains(addressCode)) {
                c.raise(region, PATH, addressCode);
            }
        }
        if (c.record.sex().isPresent()) {
            Sex encoded = parsed.sex();
            if (c.record.sex().get() != encoded) {
                c.raise(sexMismatch, "sex", c.record.sex().get(), encoded);
            }
        }
        if (c.record.birthDate().isPresent() && !c.record.birthDate().get().equals(c.birthDate)) {
            c.raise(birthDateMismatch, "birthDate");
        }
    }
}
