package org.disabilitystandards.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.disabilitystandards.spark.internal.DuplicateFindings;
import org.disabilitystandards.spark.internal.Findings;
import org.disabilitystandards.spark.internal.IndicatorPartition;
import org.disabilitystandards.spark.internal.Schemas;
import org.disabilitystandards.spark.internal.ValidateLines;
import org.disabilitystandards.spark.internal.ValidationSpec;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.batch.LineValidator;
import org.disabilitystandards.validation.indicator.Breakdown;
import org.disabilitystandards.validation.indicator.IndicatorAccumulator;
import org.disabilitystandards.validation.indicator.IndicatorReport;
import org.disabilitystandards.validation.indicator.IndicatorTallies;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.Severity;

/**
 * One validation of one input on Spark, started by {@link SparkExchangeValidator}. The lines are validated
 * once, on the executors, into per-line outcomes kept with {@code MEMORY_AND_DISK} until {@link #close()};
 * {@link #issues()}, {@link #summary()} and {@link #indicators()} are computed from them lazily.
 *
 * <p>Duplicates (exchange format version 1: one record id, one person per file) are found across all
 * partitions by a shuffle on the duplicate key: for each key, every occurrence after the first in input
 * order gets {@code FORMAT.DUPLICATE_RECORD_ID} or {@code FORMAT.DUPLICATE_PERSON} with the first one's line,
 * which is what the single-machine validator reports.
 *
 * <p>Not thread-safe; use it from the driver thread that started it.
 */
public final class ValidationRun implements AutoCloseable {

    private static final String DUPLICATE_FIRST = "first";

    private final SparkSession spark;
    private final Broadcast<ValidationSpec> spec;
    private final Dataset<Row> lines;
    private final Long headerLine;
    private final long started = System.nanoTime();
    private final String description;
    private final Dataset<Row> outcomes;
    private Dataset<Row> duplicates;
    private BatchSummary summary;

    ValidationRun(SparkSession spark, Broadcast<ValidationSpec> spec, Dataset<Row> lines, Long headerLine) {
        this.spark = spark;
        this.spec = spec;
        this.lines = lines;
        this.headerLine = headerLine;
        this.description = spec.value().toString();
        this.outcomes = lines.mapPartitions(new ValidateLines(spec), Encoders.row(Schemas.OUTCOMES))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /**
     * Returns every issue, one row each, with the columns of the command line's {@code --issues} JSON Lines
     * (docs/cli.md): {@code file} (the builder's source label), {@code line} (position in input order),
     * {@code recordId}, {@code idNumber} (masked unless {@link SparkExchangeValidator.Builder#unmasked()}; only
     * for lines that held a readable record), {@code rule}, {@code severity}, {@code path}, {@code message}
     * (English), and {@code arguments} (the message arguments as text). Order is not defined; sort by
     * {@code line} for file order.
     *
     * @return the issues (lazy: nothing runs until an action)
     */
    public Dataset<Row> issues() {
        Column file = lit(spec.value().source()).cast("string").as("file");
        Dataset<Row> own = outcomes.select(col("position").as("line"), col("recordId"), col("idNumber"),
                explode(col("findings")).as("finding"));
        Dataset<Row> all = own.unionByName(duplicates());
        List<Issue> header = headerLine == null ? List.of() : spec.value().lines().headerIssues(headerLine);
        if (!header.isEmpty()) {
            List<Row> rows = new ArrayList<>();
            for (Issue issue : header) {
                rows.add(RowFactory.create(headerLine, null, null, findingOf(issue)));
            }
            all = all.unionByName(spark.createDataFrame(rows, Schemas.PLACED_FINDINGS));
        }
        return all.select(file, col("line"), col("recordId"), col("idNumber"), col("finding.rule").as("rule"),
                col("finding.severity").as("severity"), col("finding.path").as("path"),
                col("finding.message").as("message"), col("finding.arguments").as("arguments"));
    }

    private Row findingOf(Issue issue) {
        return Findings.of(issue, spec.value().messages());
    }

    /**
     * Returns the duplicate findings, shuffling the outcomes on each duplicate key once.
     */
    private Dataset<Row> duplicates() {
        if (duplicates == null) {
            Dataset<Row> ids = laterOccurrences("recordKey", LineValidator.Duplicate.RECORD_ID);
            Dataset<Row> persons = laterOccurrences("personKey", LineValidator.Duplicate.PERSON);
            duplicates = ids.unionByName(persons).persist(StorageLevel.MEMORY_AND_DISK());
        }
        return duplicates;
    }

    private Dataset<Row> laterOccurrences(String key, LineValidator.Duplicate kind) {
        Dataset<Row> keyed = outcomes.where(col(key).isNotNull())
                .select(col("position"), col("recordId"), col("idNumber"),
                        min(col("position")).over(Window.partitionBy(col(key))).as(DUPLICATE_FIRST));
        return keyed.where(col("position").gt(col(DUPLICATE_FIRST)))
                .mapPartitions(new DuplicateFindings(spec, kind), Encoders.row(Schemas.PLACED_FINDINGS));
    }

    /**
     * Returns the totals, as the single-machine validator counts them: records (every non-blank line or
     * row, malformed ones included), valid and invalid records (invalid: at least one ERROR, own or
     * duplicate), and issue counts by severity and by rule. The elapsed time runs from the start of the run
     * to the end of this first computation. Computed once (three Spark jobs), then kept.
     *
     * @return the summary
     */
    public BatchSummary summary() {
        if (summary == null) {
            long records = outcomes.count();
            Map<Severity, Long> severities = new EnumMap<>(Severity.class);
            Map<String, Long> rules = new TreeMap<>();
            for (Row row : issues().groupBy(col("rule"), col("severity")).count().collectAsList()) {
                long count = row.getLong(2);
                rules.merge(row.getString(0), count, Long::sum);
                severities.merge(Severity.valueOf(row.getString(1)), count, Long::sum);
            }
            long invalid = outcomes.where(col("error")).select(col("position").as("line"))
                    .union(duplicates().where(col("finding.severity").equalTo(Severity.ERROR.name()))
                            .select(col("line")))
                    .distinct().count();
            summary = BatchSummary.of(records, records - invalid, severities, rules,
                    Duration.ofNanos(System.nanoTime() - started));
        }
        return summary;
    }

    /**
     * Computes the plan's indicators for the whole province, as a Spark aggregation: each partition counts
     * its readable records into {@link IndicatorTallies}, which are then added up; equal to the single-machine
     * {@link IndicatorAccumulator} over the same records.
     *
     * @return the report (without issue counts)
     * @throws IllegalStateException if no indicator profile was given to the builder
     */
    public IndicatorReport indicators() {
        return indicators(Optional.empty());
    }

    /**
     * Computes the plan's indicators with a regional breakdown (prefecture or county).
     *
     * @param breakdown the breakdown
     * @return the report (without issue counts)
     * @throws IllegalStateException if no indicator profile was given to the builder
     */
    public IndicatorReport indicators(Breakdown breakdown) {
        return indicators(Optional.of(breakdown));
    }

    private IndicatorReport indicators(Optional<Breakdown> breakdown) {
        ValidationSpec recipe = spec.value();
        if (!recipe.hasIndicators()) {
            throw new IllegalStateException("no indicator profile: set one with Builder.indicators");
        }
        IndicatorAccumulator total = IndicatorPartition.start(recipe, breakdown);
        Dataset<IndicatorTallies> parts = lines.mapPartitions(new IndicatorPartition(spec, breakdown.orElse(null)),
                Encoders.javaSerialization(IndicatorTallies.class));
        if (lines.javaRDD().getNumPartitions() > 0) {
            total.merge(parts.reduce((ReduceFunction<IndicatorTallies>) IndicatorTallies::plus));
        }
        return total.report();
    }

    /** Releases the cached outcomes and the broadcast recipe. */
    @Override
    public void close() {
        outcomes.unpersist();
        if (duplicates != null) {
            duplicates.unpersist();
        }
        spec.destroy();
    }

    @Override
    public String toString() {
        return "ValidationRun{" + description + "}";
    }
}
