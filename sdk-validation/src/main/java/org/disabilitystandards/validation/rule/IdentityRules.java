package org.disabilitystandards.validation.rule;

import java.util.Optional;
import org.disabilitystandards.core.code.AdministrativeDivision;
import org.disabilitystandards.core.code.AdministrativeDivisions;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.id.IdentifierKind;

/**
 * Identity rules (GB 11643-1999): ID.FORMAT, ID.CONVERTED, ID.CHECKSUM, ID.BIRTH_DATE, ID.BIRTH_YEAR_EARLY,
 * ID.REGION, ID.REGION_STATISTICAL, ID.REGION_RETIRED_BEFORE_BIRTH, ID.KIND_NOT_ACCEPTED, ID.SEX_MISMATCH,
 * ID.BIRTH_DATE_MISMATCH. Reports the identity facts {@link RecordCheck} established before any rule ran (the
 * number is checked once, there); writes nothing. No argument holds the birth date or year, which masked
 * numbers hide.
 *
 * <p>The address code is the registration place when the number was assigned and is never updated, so a code
 * of any GB/T 2260 edition is valid; a code of no edition is ID.REGION, a statistical-only code (never a
 * GB/T 2260 code) ID.REGION_STATISTICAL. A code whose last edition lies more than the profile's grace years
 * before the holder's birth year is suspicious, not impossible (late updates of registration systems, numbers
 * copied from old documents): ID.REGION_RETIRED_BEFORE_BIRTH, a warning. Numbers of the other
 * {@link IdentifierKind}s are checked as their kind, never as resident IDs with an unknown region.
 */
final class IdentityRules implements DomainRules {

    private static final String PATH = "idNumber";

    private final Rule format;
    private final Rule converted;
    private final Rule checksum;
    private final Rule birthDate;
    private final Rule birthYearEarly;
    private final Rule region;
    private final Rule regionStatistical;
    private final Rule regionRetiredBeforeBirth;
    private final Rule kindNotAccepted;
    private final Rule sexMismatch;
    private final Rule birthDateMismatch;
    private final AdministrativeDivisions divisions;

    IdentityRules(RuleCatalogue catalogue, AdministrativeDivisions divisions) {
        this.format = catalogue.get(RuleIds.ID_FORMAT);
        this.converted = catalogue.get(RuleIds.ID_CONVERTED);
        this.checksum = catalogue.get(RuleIds.ID_CHECKSUM);
        this.birthDate = catalogue.get(RuleIds.ID_BIRTH_DATE);
        this.birthYearEarly = catalogue.get(RuleIds.ID_BIRTH_YEAR_EARLY);
        this.region = catalogue.get(RuleIds.ID_REGION);
        this.regionStatistical = catalogue.get(RuleIds.ID_REGION_STATISTICAL);
        this.regionRetiredBeforeBirth = catalogue.get(RuleIds.ID_REGION_RETIRED_BEFORE_BIRTH);
        this.kindNotAccepted = catalogue.get(RuleIds.ID_KIND_NOT_ACCEPTED);
        this.sexMismatch = catalogue.get(RuleIds.ID_SEX_MISMATCH);
        this.birthDateMismatch = catalogue.get(RuleIds.ID_BIRTH_DATE_MISMATCH);
        this.divisions = divisions;
    }

    @Override
    public void check(RecordCheck c) {
        if (c.idConverted) {
            c.raise(converted, PATH);
        }
        if (c.idProblem != null) {
            switch (c.idProblem) {
                case KIND -> c.raise(kindNotAccepted, PATH, c.idKind.name());
                case CHECKSUM -> c.raise(checksum, PATH);
                case BIRTH_DATE -> c.raise(birthDate, PATH);
                default -> c.raise(format, PATH);
            }
            return;
        }
        if (c.birthYear() < c.parameters.earliestBirthYear()) {
            c.raise(birthYearEarly, PATH, c.parameters.earliestBirthYear());
        }
        if (c.idKind == IdentifierKind.RESIDENT_ID) {
            checkAddressCode(c);
        }
        if (c.idKind != IdentifierKind.FOREIGN_PERMANENT_RESIDENCE) {
            checkSex(c);
        }
        if (c.recordedBirthDate != null && c.differsFromBirthDate(c.recordedBirthDate)) {
            c.raise(birthDateMismatch, "birthDate");
        }
    }

    private void checkAddressCode(RecordCheck c) {
        if (!c.on(region) && !c.on(regionStatistical) && !c.on(regionRetiredBeforeBirth)) {
            return;
        }
        // the registration place is usually where the person lives: reuse that string rather than cut one
        String regionCode = c.record.regionCode();
        String addressCode = regionCode.length() == 6 && c.idNumber.startsWith(regionCode) ? regionCode
                : c.idNumber.substring(0, 6);
        Optional<AdministrativeDivision> division = divisions.find(addressCode);
        if (division.isEmpty()) {
            if (divisions.isStatisticalOnly(addressCode)) {
                c.raise(regionStatistical, PATH, addressCode, divisions.findStatistical(addressCode).orElseThrow().nameZh());
            } else {
                c.raise(region, PATH, addressCode);
            }
            return;
        }
        Optional<Integer> last = division.get().lastEdition();
        if (last.isPresent() && c.birthYear() > last.get() + c.parameters.addressCodeGraceYears()) {
            c.raise(regionRetiredBeforeBirth, PATH, addressCode, last.get(), c.parameters.addressCodeGraceYears());
        }
    }

    /** GB 11643-1999 clause 5.4: the sequence code (position 17) is odd for men, even for women. */
    private void checkSex(RecordCheck c) {
        Sex recorded = c.record.sex().orElse(null);
        if (recorded != null) {
            Sex encoded = (c.idNumber.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
            if (recorded != encoded) {
                c.raise(sexMismatch, "sex", recorded, encoded);
            }
        }
    }
}
