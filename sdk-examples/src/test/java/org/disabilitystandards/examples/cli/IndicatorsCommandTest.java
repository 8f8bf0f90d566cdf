package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorsCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> SAMPLE_LINES = new ArrayList<>();
    /** Names, ID numbers and certificate numbers of the sample: none may appear in any output. */
    private static final List<String> PERSONAL = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void readSample() throws IOException {
        try (InputStream in = IndicatorsCommand.class.getResourceAsStream(ExchangeInputs.SAMPLE_RESOURCE)) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(SAMPLE_LINES::add);
        }
        for (String line : SAMPLE_LINES) {
            JsonNode record = MAPPER.readTree(line);
            for (String field : List.of("name", "idNumber")) {
                if (record.hasNonNull(field) && record.get(field).asText().length() >= 2) {
                    PERSONAL.add(record.get(field).asText());
                }
            }
            if (record.at("/certificate/number").isTextual()) {
                PERSONAL.add(record.at("/certificate/number").asText());
            }
        }
        assertThat(PERSONAL).hasSizeGreaterThan(300);
    }

    private static void assertNoPersonalData(String output) {
        for (String value : PERSONAL) {
            assertThat(output).as("personal data in output").doesNotContain(value);
        }
    }

    @Test
    void sampleAsJsonWithValidationSummary() throws IOException {
        CliRunner run = CliRunner.run("indicators", "--sample", "--as-of", "2025-12-31", "--format", "json");
        assertThat(run.exitCode).isZero();
        assertThat(run.err).isEmpty();
        JsonNode json = MAPPER.readTree(run.out);
        assertThat(json.get("profile").asText()).isEqualTo("qinghai");
        assertThat(json.get("asOf").asText()).isEqualTo("2025-12-31");
        assertThat(json.get("records").asLong()).isEqualTo(SAMPLE_LINES.size());
        assertThat(json.get("files").get(0).asText()).isEqualTo("sample.jsonl");
        assertThat(json.get("indicators")).hasSize(12);
        assertThat(json.at("/indicators/0/id").asText()).isEqualTo("HOUSEHOLD_INCOME_GROWTH");
        assertThat(json.at("/indicators/0/value").isNull()).isTrue();
        assertThat(json.at("/indicators/0/byRegion").isMissingNode()).isTrue();
        JsonNode validation = json.get("validation");
        assertThat(validation.get("lines").asLong()).isEqualTo(SAMPLE_LINES.size());
        long byRule = 0;
        for (JsonNode count : validation.get("rules")) {
            byRule += count.asLong();
        }
        assertThat(validation.get("issues").asLong()).isEqualTo(byRule).isPositive();
        long bySeverity = validation.at("/severities/ERROR").asLong() + validation.at("/severities/WARNING").asLong()
                + validation.at("/severities/INFO").asLong();
        assertThat(bySeverity).isEqualTo(byRule);
        assertThat(validation.get("invalidRecords").asLong()).isBetween(1L, (long) SAMPLE_LINES.size());
        assertNoPersonalData(run.out);
    }

    @Test
    void prefectureBreakdownKeysByCurrentPrefecture() throws IOException {
        CliRunner run = CliRunner.run("indicators", "--sample", "--as-of", "2025-12-31", "--format", "json",
                "--by", "prefecture");
        JsonNode json = MAPPER.readTree(run.out);
        assertThat(json.get("breakdown").asText()).isEqualTo("prefecture");
        JsonNode regions = json.at("/indicators/3/byRegion");
        assertThat(regions.has("6301")).isTrue();
        assertThat(regions.has("6302")).isTrue();
        assertThat(regions.has("6321")).isFalse();
        CliRunner county = CliRunner.run("indicators", "--sample", "--as-of", "2025-12-31", "--format", "json",
                "--by", "region");
        assertThat(MAPPER.readTree(county.out).get("breakdown").asText()).isEqualTo("county");
    }

    @Test
    void textCountsRecordsAndMalformedLinesOfGivenFiles() throws IOException {
        Path a = dir.resolve("a.jsonl");
        Files.writeString(a, SAMPLE_LINES.get(0) + "\n\n{not json\n", StandardCharsets.UTF_8);
        Path b = dir.resolve("b.jsonl");
        Files.writeString(b, SAMPLE_LINES.get(1) + "\n" + SAMPLE_LINES.get(2) + "\n", StandardCharsets.UTF_8);
        CliRunner run = CliRunner.run("indicators", a.toString(), b.toString(), "--as-of", "2025-12-31",
                "--threads", "2");
        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("a.jsonl").contains("records 3,").contains("validation: 4 lines")
                .contains("FORMAT.MALFORMED_JSON 1").contains("LIVING_ALLOWANCE_COVERAGE")
                .contains("MENTAL_COMMUNITY_REHABILITATION_COUNTIES");
        assertNoPersonalData(run.out);
    }

    @Test
    void htmlReportIsWrittenToTheOutputFile() throws IOException {
        Path html = dir.resolve("report.html");
        CliRunner run = CliRunner.run("indicators", "--sample", "--as-of", "2025-12-31", "--format", "html",
                "--by", "prefecture", "--output", html.toString());
        assertThat(run.exitCode).isZero();
        assertThat(run.out).isEmpty();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg").contains("</html>")
                .contains("CERT.GRADE_MISMATCH").doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("href=\"http");
        assertNoPersonalData(page);
    }

    @Test
    void jsonToAnOutputFile() throws IOException {
        Path out = dir.resolve("indicators.json");
        CliRunner run = CliRunner.run("indicators", "--sample", "--as-of", "2025-12-31", "--format", "json",
                "--output", out.toString());
        assertThat(run.exitCode).isZero();
        assertThat(MAPPER.readTree(out.toFile()).get("records").asLong()).isEqualTo(SAMPLE_LINES.size());
    }

    @Test
    void errorsAreOneLineAndExitTwo() throws IOException {
        assertOneLineError(CliRunner.run("indicators"), "no input");
        assertOneLineError(CliRunner.run("indicators", dir.resolve("missing.jsonl").toString()), "no such file");
        assertOneLineError(CliRunner.run("indicators", "--sample", "--threads", "0"), "--threads");
        assertOneLineError(CliRunner.run("indicators", "--sample", "--profile", "national"),
                "unknown indicator profile national");
        assertOneLineError(CliRunner.run("indicators", "--sample", "--by", "village"), "--by");
        assertOneLineError(CliRunner.run("indicators", "--sample", "--output",
                dir.resolve("no/such/dir/x.html").toString()), "cannot write");
    }

    private static void assertOneLineError(CliRunner run, String fragment) {
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains(fragment).doesNotContain("\tat ");
        assertThat(run.err.strip().lines()).hasSize(1);
    }
}
