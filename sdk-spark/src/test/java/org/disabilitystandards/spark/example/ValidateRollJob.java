package org.disabilitystandards.spark.example;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.disabilitystandards.report.BatchSummaryJson;
import org.disabilitystandards.report.IndicatorReportJson;
import org.disabilitystandards.spark.IndicatorSource;
import org.disabilitystandards.spark.ProfileSource;
import org.disabilitystandards.spark.SparkExchangeValidator;
import org.disabilitystandards.spark.ValidationRun;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.indicator.Breakdown;

/**
 * An example Spark job (docs/spark.md): validates a roll held as JSON Lines or Parquet, writes the issues as
 * Parquet to {@code OUT/issues}, the summary as one JSON object to {@code OUT/summary}, and the plan's
 * indicators by county as JSON to {@code OUT/indicators}.
 *
 * <pre>
 * spark-submit --master yarn --deploy-mode cluster \
 *   --class org.disabilitystandards.spark.example.ValidateRollJob \
 *   --jars sdk-core-0.2.0.jar,sdk-validation-0.2.0.jar,sdk-spark-0.2.0.jar \
 *   sdk-spark-0.2.0-tests.jar jsonl hdfs:///rolls/qinghai-2025.jsonl qinghai 2025-12-31 hdfs:///rolls/out
 * </pre>
 *
 * <p>Arguments: {@code jsonl|parquet INPUT PROFILE AS_OF OUT}.
 */
public final class ValidateRollJob {

    private ValidateRollJob() {
    }

    /**
     * Runs the job.
     *
     * @param args {@code jsonl|parquet INPUT PROFILE AS_OF OUT}
     */
    public static void main(String[] args) {
        if (args.length != 5 || !List.of("jsonl", "parquet").contains(args[0])) {
            throw new IllegalArgumentException("usage: ValidateRollJob jsonl|parquet INPUT PROFILE AS_OF OUT");
        }
        SparkSession spark = SparkSession.builder().appName("dsds-validate-roll").getOrCreate();
        run(spark, args[0], args[1], args[2], LocalDate.parse(args[3]), args[4]);
    }

    /**
     * Runs the job in a given session.
     *
     * @param spark   the session
     * @param format  {@code jsonl} or {@code parquet}
     * @param input   the input path
     * @param profile the bundled profile name
     * @param asOf    the as-of date
     * @param out     the output directory
     * @return the summary
     */
    public static BatchSummary run(SparkSession spark, String format, String input, String profile, LocalDate asOf,
            String out) {
        SparkExchangeValidator validator = SparkExchangeValidator.builder(ProfileSource.named(profile), asOf)
                .indicators(IndicatorSource.named("qinghai"))
                .source(input)
                .build();
        try (ValidationRun run = format.equals("jsonl") ? validator.validateJsonLines(spark.read().textFile(input))
                : validator.validateRows(spark.read().parquet(input))) {
            Dataset<Row> issues = run.issues();
            issues.write().mode(SaveMode.ErrorIfExists).parquet(out + "/issues");
            BatchSummary summary = run.summary();
            writeJson(spark, BatchSummaryJson.toJson(profile, asOf, List.of(input), summary).toString(),
                    out + "/summary");
            writeJson(spark, IndicatorReportJson.toJson(run.indicators(Breakdown.COUNTY)).toString(),
                    out + "/indicators");
            return summary;
        }
    }

    private static void writeJson(SparkSession spark, String json, String path) {
        spark.createDataset(List.of(json), Encoders.STRING()).coalesce(1).write().mode(SaveMode.ErrorIfExists)
                .text(path);
    }
}
