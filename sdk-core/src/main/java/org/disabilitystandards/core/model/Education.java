package org.disabilitystandards.core.model;

import java.util.Optional;
import org.disabilitystandards.core.code.EducationStage;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * School enrolment of a person.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEducation.class)
@JsonDeserialize(as = ImmutableEducation.class)
public abstract class Education {

    /**
     * For the generated implementation {@code ImmutableEducation} only; create instances with
     * {@link #builder()}.
     */
    public Education() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static ImmutableEducation.Builder builder() {
        return ImmutableEducation.builder();
    }

    /**
     * Returns whether the person is enrolled in education.
     *
     * @return true if enrolled
     */
    @Value.Default
    public boolean enrolled() {
        return false;
    }

    /**
     * Returns the education stage.
     *
     * @return the stage, if recorded
     */
    public abstract Optional<EducationStage> stage();
}
