package org.disabilitystandards.spark.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.disabilitystandards.validation.batch.ValidatedLine;
import org.disabilitystandards.validation.indicator.Breakdown;
import org.disabilitystandards.validation.indicator.IndicatorAccumulator;
import org.disabilitystandards.validation.indicator.IndicatorTallies;

/**
 * The map side of the indicator aggregation: one {@link IndicatorAccumulator} per partition counts every
 * record that could be read (as the single-machine pass counts every record the file validator hands on,
 * with or without issues), and the partition yields its {@link IndicatorTallies}, exactly one, which the
 * driver adds up.
 */
public final class IndicatorPartition implements MapPartitionsFunction<Row, IndicatorTallies> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<ValidationSpec> spec;
    private final Breakdown breakdown;

    /**
     * Creates the function.
     *
     * @param spec      the run's broadcast recipe
     * @param breakdown the regional breakdown, or null for the whole province only
     */
    public IndicatorPartition(Broadcast<ValidationSpec> spec, Breakdown breakdown) {
        this.spec = spec;
        this.breakdown = breakdown;
    }

    /**
     * Starts a pass on the driver or an executor.
     *
     * @param recipe    the recipe
     * @param breakdown the breakdown, or empty
     * @return an empty accumulator
     */
    public static IndicatorAccumulator start(ValidationSpec recipe, Optional<Breakdown> breakdown) {
        return breakdown.isPresent() ? recipe.calculator().start(recipe.asOf(), breakdown.get())
                : recipe.calculator().start(recipe.asOf());
    }

    @Override
    public Iterator<IndicatorTallies> call(Iterator<Row> rows) {
        ValidationSpec recipe = spec.value();
        IndicatorAccumulator accumulator = start(recipe, Optional.ofNullable(breakdown));
        Iterator<ValidatedLine> lines = recipe.lines().validate(ValidateLines.numbered(rows));
        while (lines.hasNext()) {
            lines.next().record().ifPresent(accumulator::accept);
        }
        return List.of(accumulator.tallies()).iterator();
    }
}
