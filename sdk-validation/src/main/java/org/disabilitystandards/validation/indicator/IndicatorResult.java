package org.disabilitystandards.validation.indicator;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The value of one indicator as of a date, for the whole province or one region.
 *
 * @param definition  the indicator (target, comparison, binding or expected)
 * @param value       a fraction 0-1 for rates, a number for counts; empty when not measured or when a
 *                    rate's denominator is empty
 * @param numerator   the people, households or units counted; empty when not measured
 * @param denominator the population of a rate; empty for counts and when not measured
 * @param met         whether the value meets the target; empty when there is no value, and for counts of
 *                    a region (the target is the province's)
 * @param byRegion    the same indicator per region key ({@link Breakdown}), sorted by key; empty when no
 *                    breakdown was asked for, and for the regional results themselves
 */
public record IndicatorResult(IndicatorDefinition definition, OptionalDouble value, OptionalLong numerator,
        OptionalLong denominator, Optional<Boolean> met, Map<String, IndicatorResult> byRegion) {

    /**
     * Checks and copies the components.
     *
     * @param definition see the record component
     * @param value see the record component
     * @param numerator see the record component
     * @param denominator see the record component
     * @param met see the record component
     * @param byRegion see the record component
     */
    public IndicatorResult {
        Objects.requireNonNull(definition);
        Objects.requireNonNull(value);
        Objects.requireNonNull(numerator);
        Objects.requireNonNull(denominator);
        Objects.requireNonNull(met);
        byRegion = Collections.unmodifiableMap(new TreeMap<>(byRegion));
    }

    /**
     * Returns the indicator's id.
     *
     * @return the id
     */
    public IndicatorId id() {
        return definition.id();
    }
}
