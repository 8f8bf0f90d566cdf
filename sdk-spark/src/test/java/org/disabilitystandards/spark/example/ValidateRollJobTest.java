package org.disabilitystandards.spark.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disabilitystandards.examples.generate.RecordGenerator;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example job end to end in local mode: JSON Lines and Parquet in, Parquet issues and JSON summary out. */
class ValidateRollJobTest {

    private static final int RECORDS = 200;

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Path input;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("job-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").config("spark.driver.host", "127.0.0.1").getOrCreate();
        input = dir.resolve("roll.jsonl");
        try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            RecordGenerator.builder().seed(3).defectRate(0.3).formatDefects(false).build().write(RECORDS, out, null);
        }
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static JsonNode readJson(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            Path part = files.filter(file -> file.getFileName().toString().startsWith("part-")).findFirst()
                    .orElseThrow();
            return new ObjectMapper().readTree(Files.readString(part));
        }
    }

    private static void assertOutputs(Path out, BatchSummary summary) throws IOException {
        JsonNode json = readJson(out.resolve("summary"));
        assertThat(json.path("records").asLong()).isEqualTo(RECORDS);
        assertThat(json.path("files")).hasSize(1);
        assertThat(json.path("validRecords").asLong() + json.path("invalidRecords").asLong()).isEqualTo(RECORDS);
        long issues = 0;
        for (JsonNode count : json.path("severities")) {
            issues += count.asLong();
        }
        List<Row> rows = spark.read().parquet(out.resolve("issues").toString()).collectAsList();
        assertThat((long) rows.size()).isEqualTo(issues).isPositive();
        assertThat(summary.invalidRecords()).isEqualTo(json.path("invalidRecords").asLong());
        assertThat(readJson(out.resolve("indicators")).path("records").asLong()).isEqualTo(RECORDS);
    }

    @Test
    void validatesJsonLinesAndParquet() throws IOException {
        Path jsonOut = dir.resolve("out-jsonl");
        BatchSummary fromJson = ValidateRollJob.run(spark, "jsonl", input.toString(), "qinghai",
                RecordGenerator.DEFAULT_AS_OF, jsonOut.toString());
        assertOutputs(jsonOut, fromJson);

        Path parquet = dir.resolve("roll.parquet");
        spark.read().json(input.toString()).write().parquet(parquet.toString());
        Path parquetOut = dir.resolve("out-parquet");
        BatchSummary fromParquet = ValidateRollJob.run(spark, "parquet", parquet.toString(), "qinghai",
                RecordGenerator.DEFAULT_AS_OF, parquetOut.toString());
        assertOutputs(parquetOut, fromParquet);
        assertThat(fromParquet.rules()).isEqualTo(fromJson.rules());
    }

    @Test
    void refusesBadArguments() {
        assertThatThrownBy(() -> ValidateRollJob.main(new String[] {"csv", "x", "qinghai", "2025-12-31", "y"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("usage");
    }
}
