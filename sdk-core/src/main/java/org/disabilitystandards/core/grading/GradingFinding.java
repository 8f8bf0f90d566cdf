package org.disabilitystandards.core.grading;

import java.util.Map;
import java.util.Objects;

/**
 * An issue found while grading one assessment: the rule id of the rule catalogue, the path of the offending
 * value relative to the assessment, and named message arguments (numbers and codes, never personal data).
 *
 * @param ruleId    one of the {@code ASSESS.*} constants of this type
 * @param path      path relative to the assessment, for example {@code measurements.averageLossDbHl} or
 *                  {@code category}
 * @param arguments named message arguments, immutable
 */
public record GradingFinding(String ruleId, String path, Map<String, Object> arguments) {

    /** A measurement outside its physical range (acuity 3.0, 200 dB, WHO-DAS 20); the value is not used. */
    public static final String MEASUREMENT_RANGE = "ASSESS.MEASUREMENT_RANGE";
    /** A measurement that does not belong to the category (an IQ on a HEARING assessment); not used. */
    public static final String WRONG_MEASUREMENT = "ASSESS.WRONG_MEASUREMENT";
    /** The measurements give no disability (for example 40 dB HL). */
    public static final String BELOW_THRESHOLD = "ASSESS.BELOW_THRESHOLD";
    /** The standard does not grade this case at this age (speech under 3, hearing grade 4 under 3). */
    public static final String AGE_NOT_GRADABLE = "ASSESS.AGE_NOT_GRADABLE";
    /** The wrong instrument for the age (IQ under 7, DQ at 7 or over, WHO-DAS II under 18). */
    public static final String AGE_METHOD = "ASSESS.AGE_METHOD";

    /**
     * Creates a finding; the arguments are copied.
     *
     * @param ruleId one of the {@code ASSESS.*} constants of this type
     * @param path path relative to the assessment, for example {@code measurements.averageLossDbHl}
     * @param arguments named message arguments, immutable
     * @throws NullPointerException if any component is null
     */
    public GradingFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(path, "path");
        arguments = Map.copyOf(arguments);
    }
}
