package org.disabilitystandards.validation.indicator;

/**
 * The indicators the SDK knows how to compute, one per row of the plan's 专栏1 plus the county share of
 * 专栏6 item 3. Names, targets and comparisons are profile data ({@link IndicatorProfile}); this enum only
 * names the computation. The names are the stable ids of the JSON output.
 */
public enum IndicatorId {
    /** 1. Growth of household income per head in step with provincial GDP: not measurable from records. */
    HOUSEHOLD_INCOME_GROWTH,
    /** 2. People with a vocational training service in the plan period (a count). */
    VOCATIONAL_TRAINING,
    /** 3. Eligible people (低保 households or single application) with the minimum living guarantee. */
    MINIMUM_LIVING_GUARANTEE_INCLUSION,
    /** 4. Holders in 低保 households with the living allowance. */
    LIVING_ALLOWANCE_COVERAGE,
    /** 5. Holders the profile covers (grades 1-2) with the care allowance. */
    CARE_ALLOWANCE_COVERAGE,
    /** 6. Holders of pension age not in education who are enrolled in basic pension insurance. */
    PENSION_INSURANCE,
    /** 7. Holders enrolled in basic medical insurance. */
    MEDICAL_INSURANCE,
    /** 8. Holders of compulsory-school age enrolled in education. */
    COMPULSORY_EDUCATION,
    /** 9. Holders needing rehabilitation who received it in the year. */
    REHABILITATION_COVERAGE,
    /** 10. Holders needing an assistive device who were fitted in the year. */
    ASSISTIVE_DEVICE_FITTING,
    /** 11. Distinct households given an accessibility retrofit in the plan period (a count). */
    ACCESSIBILITY_RETROFIT_HOUSEHOLDS,
    /** 专栏6: county-level units with community rehabilitation for mental disorders in the year. */
    MENTAL_COMMUNITY_REHABILITATION_COUNTIES
}
