package org.disabilitystandards.validation.rule;

import java.util.Set;

/** Rule ids whose issues come from the GB/T 26341 grading findings. */
final class GradingFindingIds {

    static final Set<String> FROM_GRADING = Set.of("ASSESS.MEASUREMENT_RANGE", "ASSESS.WRONG_MEASUREMENT",
            "ASSESS.BELOW_THRESHOLD", "ASSESS.AGE_NOT_GRADABLE", "ASSESS.AGE_METHOD");

    private GradingFindingIds() {
    }
}
