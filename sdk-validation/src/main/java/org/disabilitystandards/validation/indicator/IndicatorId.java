package org.disabilitystandards.validation.indicator;

import java.util.Optional;

/**
 * The indicators the SDK knows how to compute, one per row of the plan's 专栏1 plus the county share of
 * 专栏6 item 3. Names, targets and comparisons are profile data ({@link IndicatorProfile}); this enum only
 * names the computation and the inputs it reads (its kind and whether a definition needs a benefit, needs or
 * services). The names are the stable ids of the JSON output.
 */
public enum IndicatorId {
    /** 1. Growth of household income per head in step with provincial GDP: not measurable from records. */
    HOUSEHOLD_INCOME_GROWTH(IndicatorKind.NOT_MEASURED, Inputs.NONE),
    /** 2. People with a vocational training service in the plan period (a count). */
    VOCATIONAL_TRAINING(IndicatorKind.COUNT, Inputs.SERVICES),
    /** 3. Eligible people (低保 households or single application) with the minimum living guarantee. */
    MINIMUM_LIVING_GUARANTEE_INCLUSION(IndicatorKind.RATE, Inputs.BENEFIT),
    /** 4. Holders in 低保 households with the living allowance. */
    LIVING_ALLOWANCE_COVERAGE(IndicatorKind.RATE, Inputs.BENEFIT),
    /** 5. Holders the profile covers (grades 1-2) with the care allowance. */
    CARE_ALLOWANCE_COVERAGE(IndicatorKind.RATE, Inputs.BENEFIT),
    /** 6. Holders of pension age not in education who are enrolled in basic pension insurance. */
    PENSION_INSURANCE(IndicatorKind.RATE, Inputs.NONE),
    /** 7. Holders enrolled in basic medical insurance. */
    MEDICAL_INSURANCE(IndicatorKind.RATE, Inputs.NONE),
    /** 8. Holders of compulsory-school age enrolled in education. */
    COMPULSORY_EDUCATION(IndicatorKind.RATE, Inputs.NONE),
    /** 9. Holders needing rehabilitation who received it in the year. */
    REHABILITATION_COVERAGE(IndicatorKind.RATE, Inputs.NEEDS_AND_SERVICES),
    /** 10. Holders needing an assistive device who were fitted in the year. */
    ASSISTIVE_DEVICE_FITTING(IndicatorKind.RATE, Inputs.NEEDS_AND_SERVICES),
    /** 11. Distinct households given an accessibility retrofit in the plan period (a count). */
    ACCESSIBILITY_RETROFIT_HOUSEHOLDS(IndicatorKind.COUNT, Inputs.SERVICES),
    /** 专栏6: county-level units with community rehabilitation for mental disorders in the year. */
    MENTAL_COMMUNITY_REHABILITATION_COUNTIES(IndicatorKind.RATE, Inputs.SERVICES);

    /** The inputs of a definition an indicator's computation ({@link IndicatorCalculator}) reads. */
    enum Inputs {
        /** Only the records. */
        NONE(false, false, false),
        /** A benefit type. */
        BENEFIT(true, false, false),
        /** Service types and a time window. */
        SERVICES(false, false, true),
        /** Needs, service types and a time window. */
        NEEDS_AND_SERVICES(false, true, true);

        private final boolean benefit;
        private final boolean needs;
        private final boolean services;

        Inputs(boolean benefit, boolean needs, boolean services) {
            this.benefit = benefit;
            this.needs = needs;
            this.services = services;
        }
    }

    private final IndicatorKind kind;
    private final Inputs inputs;

    IndicatorId(IndicatorKind kind, Inputs inputs) {
        this.kind = kind;
        this.inputs = inputs;
    }

    /**
     * Returns the kind every definition of this indicator must have (its computation gives a rate, a count, or
     * nothing measurable from records).
     *
     * @return the kind
     */
    public IndicatorKind kind() {
        return kind;
    }

    /**
     * Describes what a definition of this indicator lacks for its computation, if anything.
     *
     * @param definedKind          the kind the definition declares
     * @param hasBenefit           whether it names a benefit
     * @param hasNeeds             whether it lists needs
     * @param hasServicesAndWindow whether it lists services and a time window
     * @return the missing input, or empty when the definition is complete
     */
    Optional<String> missingInput(IndicatorKind definedKind, boolean hasBenefit, boolean hasNeeds,
            boolean hasServicesAndWindow) {
        if (definedKind != kind) {
            return Optional.of("kind must be " + kind);
        }
        if (inputs.benefit && !hasBenefit) {
            return Optional.of("needs a benefit");
        }
        if (inputs.needs && !hasNeeds) {
            return Optional.of("needs a non-empty needs list");
        }
        if (inputs.services && !hasServicesAndWindow) {
            return Optional.of("needs a non-empty services list and a window");
        }
        return Optional.empty();
    }
}
