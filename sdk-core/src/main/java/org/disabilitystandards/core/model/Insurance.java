package org.disabilitystandards.core.model;


import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Enrolment in basic pension and basic medical insurance.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInsurance.class)
@JsonDeserialize(as = ImmutableInsurance.class)
public abstract class Insurance {

    /**
     * For the generated implementation {@code ImmutableInsurance} only; create instances with
     * {@link #builder()}.
     */
    public Insurance() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static ImmutableInsurance.Builder builder() {
        return ImmutableInsurance.builder();
    }

    /**
     * Returns whether the person is enrolled in basic pension insurance.
     *
     * @return true if enrolled
     */
    @Value.Default
    public boolean pension() {
        return false;
    }

    /**
     * Returns whether the person is enrolled in basic medical insurance.
     *
     * @return true if enrolled
     */
    @Value.Default
    public boolean medical() {
        return false;
    }
}
