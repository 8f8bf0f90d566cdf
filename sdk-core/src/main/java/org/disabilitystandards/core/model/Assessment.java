package org.disabilitystandards.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One assessment of a disability category under GB/T 26341-2010: the category, the date, the grade the assessor recorded and the measurements behind it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssessment.class)
@JsonDeserialize(as = ImmutableAssessment.class)
public abstract class Assessment {

    /**
     * For the generated implementation {@code ImmutableAssessment} only; create instances with
     * {@link #builder()}.
     */
    public Assessment() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static ImmutableAssessment.Builder builder() {
        return ImmutableAssessment.builder();
    }

    /**
     * Returns the assessed category (never {@code MULTIPLE}: multiple disability is made of single-category
     * assessments).
     *
     * @return the category
     */
    public abstract DisabilityCategory category();

    /**
     * Returns the date of the assessment.
     *
     * @return the date
     */
    public abstract LocalDate assessedOn();

    /**
     * Returns the grade the assessor recorded.
     *
     * @return the grade, if recorded
     */
    public abstract Optional<DisabilityGrade> grade();

    /**
     * Returns the measurements.
     *
     * @return the measurements, if any
     */
    public abstract Optional<Measurements> measurements();
}
