package org.disabilitystandards.spark;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disabilitystandards.core.id.PersonalDataPolicy;
import org.disabilitystandards.core.json.ReadLimits;
import org.disabilitystandards.spark.internal.Inputs;
import org.disabilitystandards.spark.internal.ValidationSpec;

/**
 * Validates exchange records (exchange format version 1) held in Spark Datasets, with the same results as
 * the single-machine {@code ExchangeFileValidator}: the same issues (FORMAT issues for lines or rows that
 * cannot be read, rule findings, duplicate record ids and persons), the same summary, and the plan's
 * indicators as the single-machine {@code IndicatorAccumulator} computes them.
 *
 * <p>Inputs: JSON Lines ({@link #validateJsonLines}), the CSV flavour as text lines, header first
 * ({@link #validateCsvLines}), tables whose columns are the exchange format's fields with nested structs, such
 * as Parquet, ORC, Hive or Spark-read JSON ({@link #validateRows}), and flat tables with the CSV flavour's
 * columns, such as CSV files, JDBC sources or Hive tables ({@link #validateCsvRows}).
 * {@link Builder#column} maps differently named table columns.
 *
 * <p>Input order decides which of two duplicates is reported (the later one, as in a file) and the
 * {@code line} of every issue. Text lines and rows are numbered 1, 2, ... in the Dataset's own order
 * (partition by partition), captured once when the run starts; for one text file that is its line numbering.
 * A table without a meaningful order should name an ordering column ({@link Builder#orderBy}), whose values
 * are then the positions.
 *
 * <p>Immutable; usable from Java, Scala and (through the JVM gateway) PySpark. Each {@code validate...} call
 * starts an independent {@link ValidationRun}.
 */
public final class SparkExchangeValidator {

    private final ProfileSource profile;
    private final LocalDate asOf;
    private final ReadLimits limits;
    private final PersonalDataPolicy policy;
    private final IndicatorSource indicators;
    private final Map<String, String> columns;
    private final String orderBy;
    private final long firstLine;
    private final String source;

    private SparkExchangeValidator(Builder builder) {
        this.profile = builder.profile;
        this.asOf = builder.asOf;
        this.limits = builder.limits;
        this.policy = builder.policy;
        this.indicators = builder.indicators;
        this.columns = Map.copyOf(builder.columns);
        this.orderBy = builder.orderBy;
        this.firstLine = builder.firstLine;
        this.source = builder.source;
    }

    /**
     * Starts a builder.
     *
     * @param profile the validation profile's source, for example {@code ProfileSource.named("qinghai")}
     * @param asOf    the date whose rules apply and against which dates and ages are judged (explicit: never
     *                the executors' clock)
     * @return a builder with masked ID numbers, {@link ReadLimits#defaults()}, no indicators, no column mapping
     */
    public static Builder builder(ProfileSource profile, LocalDate asOf) {
        return new Builder(profile, asOf);
    }

    /**
     * Validates JSON Lines, one line per element (blank lines are skipped but keep their number).
     *
     * @param lines the lines, for example {@code spark.read().textFile("roll.jsonl")}
     * @return the run
     */
    public ValidationRun validateJsonLines(Dataset<String> lines) {
        return start(lines.sparkSession(), spec(null), Inputs.textLines(lines, firstLine), null);
    }

    /**
     * Validates the CSV flavour read as text lines: the first non-blank line is the header row, the others
     * are data rows, exactly as in a CSV file.
     *
     * @param lines the lines, for example {@code spark.read().textFile("roll.csv")}
     * @return the run
     */
    public ValidationRun validateCsvLines(Dataset<String> lines) {
        Dataset<Row> positioned = Inputs.textLines(lines, firstLine);
        Row header = Inputs.firstNonBlank(positioned);
        if (header == null) {
            return start(lines.sparkSession(), spec(null), positioned.limit(0), null);
        }
        long headerLine = header.getLong(0);
        byte[] headerBytes = (byte[]) header.get(1);
        return start(lines.sparkSession(), spec(headerBytes),
                positioned.where(positioned.col("position").gt(headerLine)), headerLine);
    }

    /**
     * Validates a table whose columns are the exchange format's fields, nested objects as structs, such as
     * Parquet or JSON read by Spark. Each row is turned into one JSON object (null fields left out) and read
     * like a JSON line; a row that Spark's JSON reader could not parse (its {@code _corrupt_record} column)
     * is read from its raw text, so it yields the FORMAT issues of the file validator.
     *
     * @param rows the table
     * @return the run
     * @throws IllegalArgumentException if a mapped column is missing
     */
    public ValidationRun validateRows(Dataset<Row> rows) {
        Dataset<Row> renamed = Inputs.rename(rows, columns);
        return start(rows.sparkSession(), spec(null), Inputs.structuredRows(renamed, orderBy, firstLine), null);
    }

    /**
     * Validates a flat table with the CSV flavour's columns ({@code recordId, idNumber, name, sex, birthDate,
     * regionCode, residence, certificateNumber, certificateCategory, certificateGrade, certificateIssuedOn,
     * certificateValidUntil}), such as a CSV file read by Spark, a JDBC source or a Hive table. Each row is
     * read as one CSV data row under a header made of the (mapped) column names, so unknown or missing columns
     * give the header issues of a CSV file, on line {@code firstLine - 1}. Values are taken as text; a null is
     * an empty cell.
     *
     * @param rows the table
     * @return the run
     * @throws IllegalArgumentException if a mapped column is missing
     */
    public ValidationRun validateCsvRows(Dataset<Row> rows) {
        Dataset<Row> renamed = Inputs.rename(rows, columns);
        Map.Entry<byte[], Dataset<Row>> csv = Inputs.csvRows(renamed, orderBy, firstLine);
        return start(rows.sparkSession(), spec(csv.getKey()), csv.getValue(), firstLine - 1);
    }

    private ValidationSpec spec(byte[] csvHeader) {
        return new ValidationSpec(profile, asOf, limits, policy, csvHeader, indicators, source);
    }

    private ValidationRun start(SparkSession spark, ValidationSpec spec, Dataset<Row> lines, Long headerLine) {
        Broadcast<ValidationSpec> broadcast = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(spec);
        return new ValidationRun(spark, broadcast, lines, headerLine);
    }

    @Override
    public String toString() {
        return "SparkExchangeValidator{profile=" + profile.describe() + ", asOf=" + asOf + ", policy=" + policy
                + ", columns=" + columns + ", orderBy=" + orderBy + "}";
    }

    /** Builds a {@link SparkExchangeValidator}. */
    public static final class Builder {

        private final ProfileSource profile;
        private final LocalDate asOf;
        private ReadLimits limits = ReadLimits.defaults();
        private PersonalDataPolicy policy = PersonalDataPolicy.MASKED;
        private IndicatorSource indicators;
        private final Map<String, String> columns = new LinkedHashMap<>();
        private String orderBy;
        private long firstLine = 1;
        private String source;

        private Builder(ProfileSource profile, LocalDate asOf) {
            this.profile = Objects.requireNonNull(profile, "profile");
            this.asOf = Objects.requireNonNull(asOf, "asOf");
        }

        /**
         * Sets the limits for hostile input (line length, nesting, string and array length).
         *
         * @param readLimits the limits (default {@link ReadLimits#defaults()})
         * @return this builder
         */
        public Builder limits(ReadLimits readLimits) {
            this.limits = Objects.requireNonNull(readLimits, "limits");
            return this;
        }

        /**
         * Writes full ID numbers into the issues' {@code idNumber} column: the explicit opt-in of the command
         * line's {@code --unmasked}. Off by default (masked). The issues then hold personal data.
         *
         * @return this builder
         */
        public Builder unmasked() {
            this.policy = PersonalDataPolicy.UNMASKED;
            return this;
        }

        /**
         * Sets the indicator profile, needed for {@link ValidationRun#indicators()}.
         *
         * @param source for example {@code IndicatorSource.named("qinghai")}
         * @return this builder
         */
        public Builder indicators(IndicatorSource source) {
            this.indicators = Objects.requireNonNull(source, "indicators");
            return this;
        }

        /**
         * Maps a table column to an exchange format field (top-level names: {@code recordId},
         * {@code idNumber}, {@code certificate}, ... or the CSV flavour's flat columns).
         *
         * @param field  the exchange format's field name
         * @param column the table's column name
         * @return this builder
         */
        public Builder column(String field, String column) {
            columns.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(column, "column"));
            return this;
        }

        /**
         * Names a column of the table whose values are the rows' positions (non-null, unique, integral; for
         * example a sequence number or a source line number). Without it the position is the Dataset order.
         * It is not part of the record.
         *
         * @param column the ordering column
         * @return this builder
         */
        public Builder orderBy(String column) {
            this.orderBy = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * Sets the position of the first line or row when there is no ordering column: 1 (the default) for
         * text lines; 2 for rows read from a CSV file with a header row, so that positions are its line
         * numbers.
         *
         * @param line at least 1
         * @return this builder
         * @throws IllegalArgumentException if the line is below 1
         */
        public Builder firstLine(long line) {
            if (line < 1) {
                throw new IllegalArgumentException("firstLine must be at least 1");
            }
            this.firstLine = line;
            return this;
        }

        /**
         * Sets the label of the input in the issues' {@code file} column, as the command line writes the
         * file name there.
         *
         * @param label for example the input's path (default: null)
         * @return this builder
         */
        public Builder source(String label) {
            this.source = Objects.requireNonNull(label, "label");
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the validator
         */
        public SparkExchangeValidator build() {
            return new SparkExchangeValidator(this);
        }
    }
}
