package org.disabilitystandards.core.model;


import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Means-test status of the household a person lives in.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHousehold.class)
@JsonDeserialize(as = ImmutableHousehold.class)
public abstract class Household {

    /**
     * For the generated implementation {@code ImmutableHousehold} only; create instances with
     * {@link #builder()}.
     */
    public Household() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static ImmutableHousehold.Builder builder() {
        return ImmutableHousehold.builder();
    }

    /**
     * Returns whether the household receives the minimum living guarantee (低保).
     *
     * @return true for a 低保 household
     */
    @Value.Default
    public boolean minimumLivingGuarantee() {
        return false;
    }

    /**
     * Returns whether the household is just above the 低保 line (低保边缘).
     *
     * @return true for a near-poverty household
     */
    @Value.Default
    public boolean nearPoverty() {
        return false;
    }

    /**
     * Returns whether the person is supported as extremely poor (特困).
     *
     * @return true for extreme poverty support
     */
    @Value.Default
    public boolean extremePoverty() {
        return false;
    }
}
