package org.disabilitystandards.core.grading;

import java.util.List;
import java.util.Objects;

/**
 * An issue found while grading one assessment under GB/T 26341-2010, in the SDK's one message-argument
 * convention (a key plus positional arguments, as YAVI's {@code ViolationMessage}): the rule id of the rule
 * catalogue, the path of the offending value relative to the assessment, and the arguments in the order of
 * that rule's argument names (numbers, codes and measurement names, never personal data). The validator turns
 * a finding into an issue without re-mapping; the argument order of each id is listed at its constant.
 *
 * @param ruleId    one of the {@code ASSESS.*} constants of this type
 * @param path      path relative to the assessment, for example {@code measurements.averageLossDbHl} or
 *                  {@code category}
 * @param arguments the message arguments in the rule's order, immutable
 */
public record GradingFinding(String ruleId, String path, List<Object> arguments) {

    /**
     * A measurement outside its physical range (acuity 3.0, 200 dB, WHO-DAS 20); the value is not used.
     * Arguments: measurement (its name, for example {@code averageLossDbHl}), value, min, max.
     */
    public static final String MEASUREMENT_RANGE = "ASSESS.MEASUREMENT_RANGE";
    /**
     * A measurement that does not belong to the category (an IQ on a HEARING assessment); not used.
     * Arguments: measurement, category.
     */
    public static final String WRONG_MEASUREMENT = "ASSESS.WRONG_MEASUREMENT";
    /** The measurements give no disability (for example 40 dB HL). Arguments: category. */
    public static final String BELOW_THRESHOLD = "ASSESS.BELOW_THRESHOLD";
    /**
     * The standard does not grade this case at this age (speech under 3, hearing grade 4 under 3). Arguments:
     * category, age.
     */
    public static final String AGE_NOT_GRADABLE = "ASSESS.AGE_NOT_GRADABLE";
    /**
     * The wrong instrument for the age (IQ under 7, DQ at 7 or over, WHO-DAS II under 18). Arguments:
     * measurement, age.
     */
    public static final String AGE_METHOD = "ASSESS.AGE_METHOD";

    /**
     * Creates a finding; the arguments are copied.
     *
     * @param ruleId    one of the {@code ASSESS.*} constants of this type
     * @param path      path relative to the assessment, for example {@code measurements.averageLossDbHl}
     * @param arguments the message arguments in the rule's order
     * @throws NullPointerException if any component or argument is null
     */
    public GradingFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(path, "path");
        arguments = List.copyOf(arguments);
    }

    /**
     * Creates a finding from positional arguments.
     *
     * @param ruleId    one of the {@code ASSESS.*} constants of this type
     * @param path      path relative to the assessment
     * @param arguments the message arguments in the rule's order
     * @return the finding
     * @throws NullPointerException if any argument is null
     */
    public static GradingFinding of(String ruleId, String path, Object... arguments) {
        return new GradingFinding(ruleId, path, List.of(arguments));
    }
}
