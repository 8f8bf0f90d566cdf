package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static String idNumber(int sequence) {
        String first17 = String.format("63010219850715%03d", sequence);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static String record(String recordId, String idNumber) {
        return "{\"recordId\":\"" + recordId + "\",\"idNumber\":\"" + idNumber
                + "\",\"name\":\"张三\",\"sex\":\"MALE\",\"regionCode\":\"630102\"}\n";
    }

    private static JsonNode json(CliRunner result) throws IOException {
        return MAPPER.readTree(result.out);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void sampleSummaryHasTheShapeOfTheDesign() throws IOException {
        CliRunner result = CliRunner.run("validate", "--sample", "--profile", "qinghai", "--as-of", "2025-12-31",
                "--format", "json");
        JsonNode summary = json(result);
        assertThat(names(summary)).containsExactly("profile", "asOf", "files", "records", "validRecords",
                "invalidRecords", "severities", "rules", "elapsedMillis");
        assertThat(summary.get("profile").asText()).isEqualTo("qinghai");
        assertThat(summary.get("asOf").asText()).isEqualTo("2025-12-31");
        assertThat(summary.get("files").get(0).asText()).isEqualTo("sample.jsonl");
        assertThat(summary.get("records").asLong()).isEqualTo(300);
        assertThat(summary.get("validRecords").asLong() + summary.get("invalidRecords").asLong()).isEqualTo(300);
        assertThat(names(summary.get("severities"))).containsExactly("ERROR", "WARNING", "INFO");
        assertThat(summary.get("severities").get("ERROR").asLong()).isPositive();
        assertThat(result.exitCode).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void exitCodesFollowFailOn(@TempDir Path dir) throws IOException {
        Path clean = Files.writeString(dir.resolve("clean.jsonl"), record("A-1", idNumber(1)));
        Path warning = Files.writeString(dir.resolve("warning.jsonl"),
                record("A-1", idNumber(1)) + record("A-2", idNumber(1)));
        Path error = Files.writeString(dir.resolve("error.jsonl"), "{not json\n");
        assertThat(CliRunner.run("validate", clean.toString(), "--as-of", "2025-12-31").exitCode).isZero();
        assertThat(CliRunner.run("validate", warning.toString(), "--as-of", "2025-12-31").exitCode).isZero();
        assertThat(CliRunner.run("validate", warning.toString(), "--fail-on", "warning", "--as-of", "2025-12-31")
                .exitCode).isEqualTo(ExitCodes.FINDINGS);
        assertThat(CliRunner.run("validate", error.toString()).exitCode).isEqualTo(ExitCodes.FINDINGS);
        assertThat(CliRunner.run("validate", error.toString(), "--fail-on", "never").exitCode).isZero();
    }

    @Test
    void inputErrorsAreOneLineAndExitTwo(@TempDir Path dir) {
        for (String[] args : new String[][] {
            {"validate"},
            {"validate", dir.resolve("missing.jsonl").toString()},
            {"validate", "--sample", "--threads", "0"},
            {"validate", "--sample", "--profile", "mars"},
            {"validate", "--sample", "--fail-on", "sometimes"},
            {"validate", "--sample", "--format", "html"},
            {"validate", "--sample", "--issues", dir.resolve("no/such/dir/issues.jsonl").toString()},
        }) {
            CliRunner result = CliRunner.run(args);
            assertThat(result.exitCode).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err.lines().count()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(result.err).doesNotContain("\tat ");
        }
    }

    @Test
    void issuesFileHasOneJsonObjectPerIssueWithoutPersonalData(@TempDir Path dir) throws IOException {
        String id = idNumber(1);
        String badChecksum = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        Path input = Files.writeString(dir.resolve("a.jsonl"), record("A-1", id) + "\n" + record("A-2", badChecksum)
                + record("A-1", idNumber(3)), StandardCharsets.UTF_8);
        Path issues = dir.resolve("issues.jsonl");
        CliRunner result = CliRunner.run("validate", input.toString(), "--issues", issues.toString(), "--as-of",
                "2025-12-31", "--threads", "2");
        assertThat(result.exitCode).isEqualTo(ExitCodes.FINDINGS);
        List<String> lines = Files.readAllLines(issues, StandardCharsets.UTF_8);
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode issue = MAPPER.readTree(line);
            assertThat(names(issue)).containsExactly("file", "line", "recordId", "idNumber", "rule", "severity", "path",
                    "message");
            assertThat(issue.get("idNumber").asText()).matches("630102\\*{8}\\d{3}[0-9X]");
            assertThat(issue.get("file").asText()).isEqualTo(input.toString());
            assertThat(line).doesNotContain(id).doesNotContain(badChecksum).doesNotContain("张三");
        }
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"line\":3").contains("ID.CHECKSUM"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"line\":4")
                .contains("FORMAT.DUPLICATE_RECORD_ID").contains("\"recordId\":\"A-1\""));
    }

    @Test
    void unmaskedIsAnExplicitOptIn(@TempDir Path dir) throws IOException {
        String id = idNumber(1);
        String badChecksum = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        Path input = Files.writeString(dir.resolve("a.jsonl"), record("A-1", badChecksum) + "{broken\n",
                StandardCharsets.UTF_8);
        Path masked = dir.resolve("masked.jsonl");
        Path unmasked = dir.resolve("unmasked.jsonl");
        CliRunner.run("validate", input.toString(), "--issues", masked.toString(), "--as-of", "2025-12-31");
        CliRunner.run("validate", input.toString(), "--issues", unmasked.toString(), "--as-of", "2025-12-31",
                "--unmasked");
        String maskedText = Files.readString(masked, StandardCharsets.UTF_8);
        String unmaskedText = Files.readString(unmasked, StandardCharsets.UTF_8);
        assertThat(maskedText).doesNotContain(badChecksum).contains("630102********");
        assertThat(unmaskedText).contains("\"idNumber\":\"" + badChecksum + "\"").doesNotContain("张三");
        assertThat(unmaskedText.lines()).hasSize((int) maskedText.lines().count())
                .anySatisfy(line -> assertThat(line).contains("FORMAT.MALFORMED_JSON").doesNotContain("idNumber"));
    }

    @Test
    void csvAndSeveralFilesAddUp(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("a.csv"),
                "recordId,idNumber,name,regionCode\nC-1," + idNumber(5) + ",Name,630102\nC-2,,Name,630102\n");
        Path jsonl = Files.writeString(dir.resolve("b.jsonl"), record("B-1", idNumber(7)));
        JsonNode summary = json(CliRunner.run("validate", csv.toString(), jsonl.toString(), "--format", "json",
                "--as-of", "2025-12-31"));
        assertThat(summary.get("records").asLong()).isEqualTo(3);
        assertThat(summary.get("invalidRecords").asLong()).isEqualTo(1);
        assertThat(summary.get("rules").get("FORMAT.MISSING_FIELD").asLong()).isEqualTo(1);
        assertThat(summary.get("files")).hasSize(2);
    }

    @Test
    void lenientAcceptsFifteenDigitIdsWithAWarning(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("old.jsonl"), record("O-1", "630102850715001"));
        JsonNode strict = json(CliRunner.run("validate", input.toString(), "--format", "json", "--as-of", "2025-12-31"));
        assertThat(strict.get("rules").has("ID.FORMAT")).isTrue();
        JsonNode lenient = json(CliRunner.run("validate", input.toString(), "--lenient", "--format", "json",
                "--as-of", "2025-12-31"));
        assertThat(lenient.get("rules").has("ID.FORMAT")).isFalse();
        assertThat(lenient.get("rules").get("ID.CONVERTED").asLong()).isEqualTo(1);
    }

    @Test
    void textSummaryIsReadable() {
        CliRunner result = CliRunner.run("validate", "--sample", "--as-of", "2025-12-31");
        assertThat(result.out).contains("records: 300").contains("valid").contains("elapsed:");
        assertThat(result.out).doesNotContain("QH-");
    }
}
