package org.disabilitystandards.core.convert;

import java.util.Objects;

/**
 * Invalid input to a conversion, carrying the rule id of the rule catalogue: {@link #SERVICE_GRADE_RANGE},
 * {@link #MILITARY_ILLNESS_GRADE} or {@link #POLICE_ILLNESS}. The message starts with the rule id and holds
 * codes only, never personal data.
 */
public final class ConversionException extends IllegalArgumentException {

    /** Military, police or work-injury grade outside 1-10; care level outside 0-5. */
    public static final String SERVICE_GRADE_RANGE = "SERVICE_GRADE.RANGE";
    /** Nature ILLNESS with grade 7-10 (illness-caused disability is graded 1-6 only, 《军人抚恤优待条例》). */
    public static final String MILITARY_ILLNESS_GRADE = "MILITARY.ILLNESS_GRADE";
    /** Police disability with nature ILLNESS (police disability is combat- or duty-caused only). */
    public static final String POLICE_ILLNESS = "POLICE.ILLNESS";

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The rule id. */
    private final String ruleId;

    /**
     * Creates the exception.
     *
     * @param ruleId the rule id
     * @param detail what is wrong (codes only)
     */
    public ConversionException(String ruleId, String detail) {
        super(ruleId + ": " + detail);
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    }

    /**
     * Returns the rule id.
     *
     * @return the rule id
     */
    public String ruleId() {
        return ruleId;
    }
}
