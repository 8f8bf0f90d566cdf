package org.disabilitystandards.spark.example;

import java.time.LocalDate;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.disabilitystandards.spark.ProfileSource;
import org.disabilitystandards.spark.SparkExchangeValidator;
import org.disabilitystandards.spark.ValidationRun;
import org.disabilitystandards.validation.batch.BatchSummary;

/**
 * The local-mode measurement of docs/spark.md: validates one JSON Lines file with {@code local[CORES]} and
 * prints the wall-clock time of the whole run (validation, duplicate shuffles, summary), the records per
 * second and the summary. Not a test: run by hand, see docs/spark.md for the command.
 */
public final class LocalThroughput {

    private LocalThroughput() {
    }

    /**
     * Runs the measurement.
     *
     * @param args {@code FILE CORES PROFILE AS_OF}
     */
    public static void main(String[] args) {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: LocalThroughput FILE CORES PROFILE AS_OF");
        }
        int cores = Integer.parseInt(args[1]);
        SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("dsds-throughput")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", String.valueOf(cores * 4))
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        long start = System.nanoTime();
        BatchSummary summary;
        try (ValidationRun run = SparkExchangeValidator.builder(ProfileSource.named(args[2]), LocalDate.parse(args[3]))
                .build().validateJsonLines(spark.read().textFile(args[0]))) {
            summary = run.summary();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "local[%d]: %d records in %.1f s = %.0f records/s; %s%n", cores,
                summary.records(), seconds, summary.records() / seconds, summary);
        spark.stop();
    }
}
