package org.disabilitystandards.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.disabilitystandards.core.code.CareDependencyLevel;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A long-term-care dependency assessment (长期护理失能等级评估).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCareAssessment.class)
@JsonDeserialize(as = ImmutableCareAssessment.class)
public abstract class CareAssessment {

    /**
     * For the generated implementation {@code ImmutableCareAssessment} only; create instances with
     * {@link #builder()}.
     */
    public CareAssessment() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static ImmutableCareAssessment.Builder builder() {
        return ImmutableCareAssessment.builder();
    }

    /**
     * Returns the dependency level (0-5).
     *
     * @return the level
     */
    public abstract CareDependencyLevel level();

    /**
     * Returns the date of the assessment.
     *
     * @return the date, if recorded
     */
    public abstract Optional<LocalDate> assessedOn();
}
