package org.disabilitystandards.core.convert;

import org.disabilitystandards.core.code.CodeSystem;
import org.disabilitystandards.core.code.NamedEnumConcept;

/**
 * Benefits for which a rule states which civil (残疾人证) and which military or police certificates count,
 * standards reference section 4. Each equivalence holds only for its own benefit; see
 * {@link BenefitEquivalences}.
 */
public enum EquivalentBenefit implements NamedEnumConcept {
    /** Counts as a disabled employee for the employment quota and levy (财税〔2015〕72号). */
    EMPLOYMENT_QUOTA_COUNTS,
    /** Counts as two disabled employees for the employment quota (employment-levy rules). */
    EMPLOYMENT_QUOTA_DOUBLE,
    /** Counts for the VAT relief of employers of disabled staff (财税〔2016〕52号). */
    EMPLOYER_VAT_RELIEF,
    /** Entitled to the railway reserved-seat quota for disabled passengers (残疾人专用票额). */
    RAIL_RESERVED_SEAT,
    /**
     * Entitled to the railway preferential fare (优待票) of disabled servicemen, police and, since 2023, fire and
     * rescue personnel: 50 % of the conventional-train fare, the EMU fare with its own floor since 2025. The
     * constant keeps its 0.1.0 name.
     */
    RAIL_HALF_FARE;

    /** The code system: benefits with certificate equivalences. */
    public static final CodeSystem SYSTEM = new CodeSystem("equivalent-benefit",
            "Benefits with certificate equivalences", "SDK 1", "SDK; standards reference section 4");

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }
}
