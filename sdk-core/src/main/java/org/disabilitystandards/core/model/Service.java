package org.disabilitystandards.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.disabilitystandards.core.code.ServiceType;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A service a person received on a date.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableService.class)
@JsonDeserialize(as = ImmutableService.class)
public abstract class Service {

    /**
     * For the generated implementation {@code ImmutableService} only; create instances with
     * {@link #builder()}.
     */
    public Service() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static ImmutableService.Builder builder() {
        return ImmutableService.builder();
    }

    /**
     * Returns the service type.
     *
     * @return the type
     */
    public abstract ServiceType type();

    /**
     * Returns the date of the service.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * Returns the provider id.
     *
     * @return the provider, if recorded
     */
    public abstract Optional<String> providerId();
}
