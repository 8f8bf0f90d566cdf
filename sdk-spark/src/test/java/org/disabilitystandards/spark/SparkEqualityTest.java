package org.disabilitystandards.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.disabilitystandards.examples.generate.RecordGenerator;
import org.disabilitystandards.report.IndicatorReportJson;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.indicator.Breakdown;
import org.disabilitystandards.validation.indicator.IndicatorAccumulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof of issue 16: on generated files with injected defects, spread over several partitions, Spark
 * gives the same set of issues, the same summary and the same indicators as the single-machine
 * {@code ExchangeFileValidator} and {@code IndicatorAccumulator} on the same file.
 */
class SparkEqualityTest {

    private static final LocalDate AS_OF = RecordGenerator.DEFAULT_AS_OF;
    private static final String PROFILE = "qinghai";
    private static final int GENERATED = 1200;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Path jsonl;
    private static Path clean;
    private static Path csv;
    private static Path cleanCsv;
    private static SingleMachine.Result reference;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSessions.local();
        List<String> lines = generate(RecordGenerator.builder().seed(16).defectRate(0.2).build());
        // duplicates far apart, so that they fall into different partitions: an exact copy of line 3 (same record
        // id and person), and line 40 under another record id (same person)
        lines.add(lines.get(2));
        lines.add(lines.get(39).replace("\"recordId\":\"QH-", "\"recordId\":\"QX-"));
        lines.add("");
        lines.add("{\"recordId\": \"QH-BROKEN\", ");
        lines.add("[1, 2, 3]");
        jsonl = write("roll.jsonl", lines);
        clean = write("clean.jsonl", generate(RecordGenerator.builder().seed(17).defectRate(0.2)
                .formatDefects(false).build()));
        csv = write("roll.csv", csvOf(lines));
        cleanCsv = write("clean.csv", csvOf(generate(RecordGenerator.builder().seed(18).defectRate(0.2)
                .formatDefects(false).build())));
        reference = SingleMachine.validate(jsonl, PROFILE, AS_OF, "roll.jsonl", null);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static List<String> generate(RecordGenerator generator) throws IOException {
        StringWriter out = new StringWriter();
        generator.write(GENERATED, out, null);
        return new ArrayList<>(List.of(out.toString().split("\n")));
    }

    private static Path write(String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
        return file;
    }

    /** The CSV flavour of the lines that are JSON objects; other lines are copied as they are (bad rows). */
    private static List<String> csvOf(List<String> lines) {
        List<String> rows = new ArrayList<>();
        rows.add("recordId,idNumber,name,sex,birthDate,regionCode,residence,certificateNumber,certificateCategory,"
                + "certificateGrade,certificateIssuedOn,certificateValidUntil");
        for (String line : lines) {
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                rows.add(line);
                continue;
            }
            if (node == null || !node.isObject()) {
                rows.add(line);
                continue;
            }
            JsonNode certificate = node.path("certificate");
            rows.add(String.join(",", cell(node, "recordId"), cell(node, "idNumber"), cell(node, "name"),
                    cell(node, "sex"), cell(node, "birthDate"), cell(node, "regionCode"), cell(node, "residence"),
                    cell(certificate, "number"), cell(certificate, "category"), cell(certificate, "grade"),
                    cell(certificate, "issuedOn"), cell(certificate, "validUntil")));
        }
        return rows;
    }

    private static String cell(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static SparkExchangeValidator.Builder validator() {
        return SparkExchangeValidator.builder(ProfileSource.named(PROFILE), AS_OF);
    }

    private static void assertSameSummary(BatchSummary actual, BatchSummary expected) {
        assertThat(actual.records()).isEqualTo(expected.records());
        assertThat(actual.validRecords()).isEqualTo(expected.validRecords());
        assertThat(actual.severities()).isEqualTo(expected.severities());
        assertThat(actual.rules()).isEqualTo(expected.rules());
    }

    @Test
    void jsonLinesGiveTheIssuesAndSummaryOfTheFileValidator() {
        Dataset<String> lines = spark.read().textFile(jsonl.toString());
        assertThat(lines.javaRDD().getNumPartitions()).isGreaterThanOrEqualTo(4);
        try (ValidationRun run = validator().source("roll.jsonl").build().validateJsonLines(lines)) {
            List<String> issues = SingleMachine.texts(run.issues().collectAsList());
            assertThat(issues).isEqualTo(reference.issues());
            assertSameSummary(run.summary(), reference.summary());
            assertThat(reference.summary().records()).isEqualTo(GENERATED + 4);
            assertThat(reference.summary().rules()).containsKeys("FORMAT.DUPLICATE_RECORD_ID",
                    "FORMAT.DUPLICATE_PERSON", "FORMAT.MALFORMED_JSON");
            // the injected duplicates are reported on the later line, naming the first, across partitions
            List<Row> late = run.issues().where(col("line").gt(GENERATED)).where(col("rule").startsWith(
                    "FORMAT.DUPLICATE")).collectAsList();
            assertThat(late).extracting(row -> row.getAs("rule") + "@" + row.getAs("line") + "<-"
                    + row.<scala.collection.Map<String, String>>getAs("arguments").get("firstLine").get())
                    .containsExactlyInAnyOrder("FORMAT.DUPLICATE_RECORD_ID@1201<-3", "FORMAT.DUPLICATE_PERSON@1201<-3",
                            "FORMAT.DUPLICATE_PERSON@1202<-40");
        }
    }

    @Test
    void csvTextGivesTheIssuesOfTheFileValidator() throws IOException {
        SingleMachine.Result expected = SingleMachine.validate(csv, PROFILE, AS_OF, "roll.csv", null);
        assertThat(expected.summary().rules()).containsKey("FORMAT.MALFORMED_CSV");
        try (ValidationRun run = validator().source("roll.csv").build()
                .validateCsvLines(spark.read().textFile(csv.toString()))) {
            assertThat(SingleMachine.texts(run.issues().collectAsList())).isEqualTo(expected.issues());
            assertSameSummary(run.summary(), expected.summary());
        }
    }

    @Test
    void csvRowsReadBySparkGiveTheIssuesOfTheFileValidator() throws IOException {
        SingleMachine.Result expected = SingleMachine.validate(cleanCsv, PROFILE, AS_OF, "clean.csv", null);
        assertThat(expected.summary().invalidRecords()).isPositive();
        Dataset<Row> table = spark.read().option("header", "true").csv(cleanCsv.toString());
        try (ValidationRun run = validator().source("clean.csv").firstLine(2).build().validateCsvRows(table)) {
            assertThat(SingleMachine.texts(run.issues().collectAsList())).isEqualTo(expected.issues());
            assertSameSummary(run.summary(), expected.summary());
        }
    }

    @Test
    void shuffledParquetRowsWithAnOrderingColumnAndRenamedColumnsGiveTheIssuesOfTheFileValidator()
            throws IOException {
        SingleMachine.Result expected = SingleMachine.validate(clean, PROFILE, AS_OF, "clean", null);
        assertThat(expected.summary().invalidRecords()).isPositive();
        StructType schema = spark.read().json(clean.toString()).schema();
        Dataset<Row> numbered = spark.createDataFrame(spark.read().textFile(clean.toString()).javaRDD().zipWithIndex()
                .map(pair -> RowFactory.create(pair._2() + 1, pair._1())),
                new StructType().add("seq", "long").add("value", "string"));
        Path parquet = dir.resolve("clean.parquet");
        numbered.select(col("seq"), from_json(col("value"), schema).as("r")).select("seq", "r.*")
                .withColumnRenamed("recordId", "rid").write().parquet(parquet.toString());
        Dataset<Row> table = spark.read().parquet(parquet.toString()).repartition(3);
        try (ValidationRun run = validator().source("clean").column("recordId", "rid").orderBy("seq").build()
                .validateRows(table)) {
            assertThat(SingleMachine.texts(run.issues().collectAsList())).isEqualTo(expected.issues());
            assertSameSummary(run.summary(), expected.summary());
        }
    }

    @Test
    void rowsSparkCouldNotParseBecomeFormatIssuesAndCountAsRecords() {
        Dataset<Row> table = spark.read().json(jsonl.toString());
        assertThat(table.columns()).contains("_corrupt_record");
        try (ValidationRun run = validator().build().validateRows(table)) {
            BatchSummary summary = run.summary();
            assertThat(summary.records()).isEqualTo(table.count());
            assertThat(summary.rules()).containsKey("FORMAT.MALFORMED_JSON");
            assertThat(summary.validRecords() + summary.invalidRecords()).isEqualTo(summary.records());
        }
    }

    @Test
    void indicatorsEqualTheSingleMachinePass() throws IOException {
        SparkExchangeValidator validator = validator().indicators(IndicatorSource.named("qinghai")).build();
        IndicatorAccumulator whole = SingleMachine.indicatorPass(AS_OF);
        SingleMachine.validate(jsonl, PROFILE, AS_OF, null, whole);
        try (ValidationRun run = validator.validateJsonLines(spark.read().textFile(jsonl.toString()))) {
            assertThat(IndicatorReportJson.toJson(run.indicators()))
                    .isEqualTo(IndicatorReportJson.toJson(whole.report()));
            assertThat(run.indicators().records()).isEqualTo(whole.report().records());
            for (Breakdown breakdown : Breakdown.values()) {
                IndicatorAccumulator regional = SingleMachine.indicatorPass(AS_OF, breakdown);
                SingleMachine.validate(jsonl, PROFILE, AS_OF, null, regional);
                assertThat(IndicatorReportJson.toJson(run.indicators(breakdown)))
                        .isEqualTo(IndicatorReportJson.toJson(regional.report()));
            }
        }
    }
}
