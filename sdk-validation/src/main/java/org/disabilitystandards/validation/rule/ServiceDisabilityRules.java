package org.disabilitystandards.validation.rule;

import org.disabilitystandards.core.code.DisabilityNature;
import org.disabilitystandards.core.model.ServiceDisability;

/**
 * Military and police rules: MILITARY.ILLNESS_GRADE (《军人抚恤优待条例》: illness-caused disability is
 * graded 1-6 only) and POLICE.ILLNESS (police disability is combat- or duty-caused only). Out-of-range
 * grades and care levels (SERVICE_GRADE.RANGE) cannot reach the typed model; the reader reports them and
 * {@link RecordValidator#formatIssue} maps them.
 */
final class ServiceDisabilityRules implements DomainRules {

    /** The least severe grade illness-caused disability may have. */
    private static final int ILLNESS_LEAST_SEVERE_GRADE = 6;

    private final Rule militaryIllnessGrade;
    private final Rule policeIllness;

    ServiceDisabilityRules(RuleCatalogue catalogue) {
        this.militaryIllnessGrade = catalogue.get(RuleIds.MILITARY_ILLNESS_GRADE);
        this.policeIllness = catalogue.get(RuleIds.POLICE_ILLNESS);
    }

    @Override
    public void check(RecordCheck c) {
        if (c.record.military().isPresent()) {
            ServiceDisability military = c.record.military().get();
            if (military.nature() == DisabilityNature.ILLNESS
                    && military.grade().number() > ILLNESS_LEAST_SEVERE_GRADE) {
                c.raise(militaryIllnessGrade, "military.grade", military.grade());
            }
        }
        if (c.record.police().isPresent() && c.record.police().get().nature() == DisabilityNature.ILLNESS) {
            c.raise(policeIllness, "police.nature");
        }
    }
}
