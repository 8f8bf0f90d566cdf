package org.disabilitystandards.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.disabilitystandards.core.code.ItemCodeSystem;
import org.disabilitystandards.core.code.ItemKind;
import org.immutables.value.Value;

/**
 * A coded service item (exchange format 1.1): the code, the code system it belongs to and the edition of that
 * system, like a FHIR coding. The code is kept as exchanged; its syntax is checked per system by the validator.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceItem.class)
@JsonDeserialize(as = ImmutableServiceItem.class)
public abstract class ServiceItem {

    /**
     * For the generated implementation {@code ImmutableServiceItem} only; create instances with
     * {@link #builder()}.
     */
    public ServiceItem() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static ImmutableServiceItem.Builder builder() {
        return ImmutableServiceItem.builder();
    }

    /**
     * Returns the item code as exchanged, for example {@code 12 22 03} in GB/T 16432.
     *
     * @return the code text
     */
    public abstract String code();

    /**
     * Returns the code system.
     *
     * @return the system
     */
    public abstract ItemCodeSystem system();

    /**
     * Returns the edition of the code system, for example {@code 2016} for GB/T 16432-2016.
     *
     * @return the edition, if recorded
     */
    public abstract Optional<String> edition();

    /**
     * Returns what the item is, from its code system.
     *
     * @return the item kind
     */
    public ItemKind kind() {
        return system().kind();
    }
}
