package org.disabilitystandards.core.model;

import org.disabilitystandards.core.code.EmploymentStatus;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Employment status of a person.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEmployment.class)
@JsonDeserialize(as = ImmutableEmployment.class)
public abstract class Employment {

    /**
     * For the generated implementation {@code ImmutableEmployment} only; create instances with
     * {@link #builder()}.
     */
    public Employment() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static ImmutableEmployment.Builder builder() {
        return ImmutableEmployment.builder();
    }

    /**
     * Returns the employment status.
     *
     * @return the status
     */
    public abstract EmploymentStatus status();
}
