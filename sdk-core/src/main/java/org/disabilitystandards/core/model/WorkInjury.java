package org.disabilitystandards.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.disabilitystandards.core.code.WorkInjuryGrade;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A work-injury disability grade of GB/T 16180-2014.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkInjury.class)
@JsonDeserialize(as = ImmutableWorkInjury.class)
public abstract class WorkInjury {

    /**
     * For the generated implementation {@code ImmutableWorkInjury} only; create instances with
     * {@link #builder()}.
     */
    public WorkInjury() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static ImmutableWorkInjury.Builder builder() {
        return ImmutableWorkInjury.builder();
    }

    /**
     * Returns the grade (1 most severe).
     *
     * @return the grade
     */
    public abstract WorkInjuryGrade grade();

    /**
     * Returns the date of the assessment (劳动能力鉴定).
     *
     * @return the date, if recorded
     */
    public abstract Optional<LocalDate> assessedOn();
}
