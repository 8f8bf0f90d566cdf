package org.disabilitystandards.validation.rule;

import java.util.Optional;
import org.disabilitystandards.core.code.AdministrativeDivision;
import org.disabilitystandards.core.code.AdministrativeDivisions;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.id.ForeignPermanentResidenceIdNumber;
import org.disabilitystandards.core.id.IdentifierKind;
import org.disabilitystandards.core.id.InvalidIdentifierException;
import org.disabilitystandards.core.id.ResidencePermitNumber;
import org.disabilitystandards.core.id.ResidentIdNumber;

/**
 * Identity rules (GB 11643-1999): ID.FORMAT, ID.CONVERTED, ID.CHECKSUM, ID.BIRTH_DATE, ID.BIRTH_YEAR_EARLY,
 * ID.REGION, ID.REGION_STATISTICAL, ID.REGION_RETIRED_BEFORE_BIRTH, ID.KIND_NOT_ACCEPTED, ID.SEX_MISMATCH,
 * ID.BIRTH_DATE_MISMATCH. Establishes the effective ID number and birth date for the other domains: from a
 * valid ID number, else the recorded birth date. No argument holds the birth date or year, which masked numbers
 * hide.
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
        this.format = catalogue.get("ID.FORMAT");
        this.converted = catalogue.get("ID.CONVERTED");
        this.checksum = catalogue.get("ID.CHECKSUM");
        this.birthDate = catalogue.get("ID.BIRTH_DATE");
        this.birthYearEarly = catalogue.get("ID.BIRTH_YEAR_EARLY");
        this.region = catalogue.get("ID.REGION");
        this.regionStatistical = catalogue.get("ID.REGION_STATISTICAL");
        this.regionRetiredBeforeBirth = catalogue.get("ID.REGION_RETIRED_BEFORE_BIRTH");
        this.kindNotAccepted = catalogue.get("ID.KIND_NOT_ACCEPTED");
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
        IdentifierKind kind = IdentifierKind.of(id);
        if (kind != IdentifierKind.RESIDENT_ID) {
            checkOtherKind(c, id, kind);
            return;
        }
        Optional<InvalidIdentifierException.Reason> problem = ResidentIdNumber.check(id, c.asOf);
        if (problem.isPresent()) {
            invalid(c, problem.get());
            return;
        }
        ResidentIdNumber parsed = ResidentIdNumber.parse(id, c.asOf);
        c.idNumber = id;
        c.birthDate = parsed.birthDate();
        checkBirthYear(c);
        checkAddressCode(c, parsed.addressCode());
        checkSex(c, parsed.sex());
        checkBirthDate(c);
    }

    private void checkOtherKind(RecordCheck c, String id, IdentifierKind kind) {
        if (!c.parameters.acceptedIdKinds().contains(kind)) {
            c.raise(kindNotAccepted, PATH, kind.name());
            c.birthDate = c.record.birthDate().orElse(null);
            return;
        }
        Optional<InvalidIdentifierException.Reason> problem = kind == IdentifierKind.HMT_RESIDENCE_PERMIT
                ? ResidencePermitNumber.check(id, c.asOf) : ForeignPermanentResidenceIdNumber.check(id, c.asOf);
        if (problem.isPresent()) {
            invalid(c, problem.get());
            return;
        }
        c.idNumber = id;
        if (kind == IdentifierKind.HMT_RESIDENCE_PERMIT) {
            ResidencePermitNumber permit = ResidencePermitNumber.parse(id, c.asOf);
            c.birthDate = permit.birthDate();
            checkBirthYear(c);
            checkSex(c, permit.sex());
        } else {
            c.birthDate = ForeignPermanentResidenceIdNumber.parse(id, c.asOf).birthDate();
            checkBirthYear(c);
        }
        checkBirthDate(c);
    }

    private void invalid(RecordCheck c, InvalidIdentifierException.Reason reason) {
        switch (reason) {
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
    }

    private void checkBirthYear(RecordCheck c) {
        if (c.birthDate.getYear() < c.parameters.earliestBirthYear()) {
            c.raise(birthYearEarly, PATH, c.parameters.earliestBirthYear());
        }
    }

    private void checkAddressCode(RecordCheck c, String addressCode) {
        if (!c.on(region) && !c.on(regionStatistical) && !c.on(regionRetiredBeforeBirth)) {
            return;
        }
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
        if (last.isPresent() && c.birthDate.getYear() > last.get() + c.parameters.addressCodeGraceYears()) {
            c.raise(regionRetiredBeforeBirth, PATH, addressCode, last.get(), c.parameters.addressCodeGraceYears());
        }
    }

    private void checkSex(RecordCheck c, Sex encoded) {
        if (c.record.sex().isPresent() && c.record.sex().get() != encoded) {
            c.raise(sexMismatch, "sex", c.record.sex().get(), encoded);
        }
    }

    private void checkBirthDate(RecordCheck c) {
        if (c.record.birthDate().isPresent() && !c.record.birthDate().get().equals(c.birthDate)) {
            c.raise(birthDateMismatch, "birthDate");
        }
    }
}
