package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.core.json.PersonRecordReader;
import org.disabilitystandards.core.json.RecordReadResult;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.validation.batch.InputFormat;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.disabilitystandards.validation.report.ValidationReport;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives every command and every public report type with records full of recognisable ID numbers,
 * certificate numbers and names, and fails if any output, error line, written file, message or
 * {@code toString} contains one of them.
 */
class PrivacyAcrossCommandsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final List<String> LINES = new ArrayList<>();
    private static final List<String> PERSONAL = new ArrayList<>();

    @TempDir
    static Path dir;

    private static Path file;

    @BeforeAll
    static void recognisableRecords() throws IOException {
        try (InputStream in = PrivacyAcrossCommandsTest.class.getResourceAsStream(ExchangeInputs.SAMPLE_RESOURCE)) {
            List<String> sample = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < sample.size(); i++) {
                ObjectNode record = (ObjectNode) MAPPER.readTree(sample.get(i));
                String name = "隐私标记者" + i;
                record.put("name", name);
                PERSONAL.add(name);
                PERSONAL.add(record.get("idNumber").asText());
                if (record.at("/certificate/number").isTextual()) {
                    PERSONAL.add(record.at("/certificate/number").asText());
                }
                LINES.add(MAPPER.writeValueAsString(record));
            }
        }
        file = dir.resolve("people.jsonl");
        Files.write(file, LINES, StandardCharsets.UTF_8);
    }

    private static void assertClean(String where, String text) {
        for (String value : PERSONAL) {
            assertThat(text).as("personal data in %s", where).doesNotContain(value);
        }
    }

    private static void assertCommandClean(String... args) {
        CliRunner run = CliRunner.run(args);
        assertThat(run.exitCode).as(String.join(" ", args)).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
        assertThat(run.out).isNotBlank();
        assertClean(String.join(" ", args) + " (stdout)", run.out);
        assertClean(String.join(" ", args) + " (stderr)", run.err);
    }

    @Test
    void validateInEveryFormat() throws IOException {
        Path issues = dir.resolve("issues.jsonl");
        assertCommandClean("validate", file.toString(), "--as-of", "2025-12-31", "--profile", "qinghai");
        assertCommandClean("validate", file.toString(), "--as-of", "2025-12-31", "--format", "json",
                "--issues", issues.toString());
        String written = Files.readString(issues, StandardCharsets.UTF_8);
        assertThat(written.lines().count()).isGreaterThan(10);
        assertClean("--issues file", written);
    }

    @Test
    void indicatorsInEveryFormat() throws IOException {
        Path page = dir.resolve("report.html");
        assertCommandClean("indicators", file.toString(), "--as-of", "2025-12-31");
        assertCommandClean("indicators", file.toString(), "--as-of", "2025-12-31", "--format", "json",
                "--by", "prefecture");
        CliRunner.run("indicators", file.toString(), "--as-of", "2025-12-31", "--format", "html", "--output",
                page.toString());
        assertClean("html report", Files.readString(page, StandardCharsets.UTF_8));
    }

    @Test
    void identifierCommandsNeverEchoTheFullNumber() {
        for (String value : PERSONAL.subList(0, 30)) {
            if (!value.startsWith("隐私")) {
                assertCommandClean("id", value, "--format", "json");
                assertCommandClean("id", value);
            }
        }
        assertCommandClean("id", PERSONAL.get(1) + "99", "--format", "json");
    }

    @Test
    void gradeConvertAndQuotaCarryNoPersonalData() throws IOException {
        assertCommandClean("grade", "--assessment", "{\"category\":\"HEARING\",\"assessedOn\":\"2024-03-01\","
                + "\"measurements\":{\"averageLossDbHl\":85}}", "--age-years", "40", "--format", "json");
        assertCommandClean("convert", "--from", "military", "--grade", "3", "--nature", "COMBAT", "--format", "json");
        Path employer = dir.resolve("employer.json");
        Files.writeString(employer, "{\"type\":\"ENTERPRISE\",\"staff\":200}", StandardCharsets.UTF_8);
        assertCommandClean("quota", employer.toString(), "--as-of", "2025-06-30");
    }

    @Test
    void reportTypesAndMessagesCarryNoPersonalData() throws IOException {
        RecordValidator validator = RecordValidator.forProfile(Profile.qinghai());
        PersonRecordReader reader = PersonRecordReader.standard();
        MessageRenderer renderer = MessageRenderer.standard();
        for (String line : LINES) {
            RecordReadResult read = reader.read(line);
            assertClean("RecordReadResult.toString", read.toString());
            PersonRecord record = read.record().orElseThrow();
            assertClean("PersonRecord.toString", record.toString());
            ValidationReport report = validator.validate(record, AS_OF);
            assertClean("ValidationReport.toString", report.toString());
            for (Issue issue : report.issues()) {
                assertClean("Issue.toString", issue.toString());
                assertClean("message en", renderer.render(issue, java.util.Locale.ENGLISH));
                assertClean("message zh", renderer.render(issue, java.util.Locale.SIMPLIFIED_CHINESE));
            }
        }
        StringBuilder streamed = new StringBuilder();
        BatchSummary summary = ExchangeFileValidator.builder(validator, AS_OF).threads(2).build()
                .validate(Files.newInputStream(file), InputFormat.JSON_LINES, new BatchListener() {
                    @Override
                    public void onIssue(Issue issue) {
                        streamed.append(issue).append('\n');
                    }
                });
        assertThat(summary.records()).isEqualTo(LINES.size());
        assertClean("streamed issues", streamed.toString());
        assertClean("BatchSummary.toString", summary.toString());
    }

    /**
     * Malformed input full of personal data (issue 18, item 7): an ID number in {@code regionCode}, names,
     * formula text and terminal escapes as {@code recordId}, ID numbers and names as unknown field names, an
     * ID number followed by a name, a shifted ID number. None of it may reach the default (masked) outputs.
     */
    @Test
    void malformedInputLeaksIntoNoDefaultOutput() throws IOException {
        String id = "632803199001010638";
        String name = "隐私标记者乙";
        List<String> secrets = List.of(id, name, "19900101", "=HYPERLINK", "\u001b[31m", "0101063");
        List<String> lines = List.of(
                "{\"recordId\":\"M-1\",\"idNumber\":\"" + id + "\",\"name\":\"x\",\"regionCode\":\"" + id + "\"}",
                "{\"recordId\":\"" + name + "\",\"idNumber\":\"" + id + "\",\"name\":\"x\",\"regionCode\":\"630102\"}",
                "{\"recordId\":\"=HYPERLINK(1)\",\"idNumber\":\"x\",\"name\":\"x\",\"regionCode\":\"630102\"}",
                "{\"recordId\":\"\\u001b[31mred\",\"idNumber\":\"x\",\"name\":\"x\",\"regionCode\":\"630102\"}",
                "{\"recordId\":\"M-5\",\"idNumber\":\"x\",\"name\":\"x\",\"regionCode\":\"630102\",\"" + id
                        + "\":1,\"" + name + "\":2}",
                "{\"recordId\":\"M-6\",\"idNumber\":\"" + id + name + "\",\"name\":\"x\",\"regionCode\":\"630102\"}",
                "{\"recordId\":\"M-7\",\"idNumber\":\"1" + id + "\",\"name\":\"x\",\"regionCode\":\"630102\"}",
                "{\"recordId\":\"M-8\",\"idNumber\":\"" + id.substring(1) + "\",\"name\":\"x\",\"regionCode\":\"630102\"}");
        Path malformed = Files.write(dir.resolve("malformed.jsonl"), lines, StandardCharsets.UTF_8);
        Path issues = dir.resolve("malformed-issues.jsonl");
        for (String format : new String[] {"text", "json"}) {
            CliRunner run = CliRunner.run("validate", malformed.toString(), "--as-of", "2025-12-31", "--format", format,
                    "--issues", issues.toString(), "--profile", "qinghai");
            assertThat(run.exitCode).isEqualTo(ExitCodes.FINDINGS);
            String written = Files.readString(issues, StandardCharsets.UTF_8);
            assertThat(written.lines().count()).isGreaterThanOrEqualTo(lines.size());
            for (String secret : secrets) {
                assertThat(run.out + run.err).as("stdout/stderr %s", format).doesNotContain(secret);
                assertThat(written).as("--issues file").doesNotContain(secret).doesNotContain("\u001b");
            }
            // the valid record ids are still there to find the records by
            assertThat(written).contains("\"recordId\":\"M-1\"").contains("\"recordId\":\"M-6\"");
        }
        // the quota file's unknown keys and grade's values are not echoed either
        Path employer = Files.writeString(dir.resolve("hostile-employer.json"), "{\"type\":\"ENTERPRISE\",\"staff\":10,"
                + "\"" + id + "\\u001b[2J\":1}", StandardCharsets.UTF_8);
        CliRunner quota = CliRunner.run("quota", employer.toString());
        assertThat(quota.err).doesNotContain(id).doesNotContain("\u001b");
        CliRunner grade = CliRunner.run("grade", "--assessment", "{\"category\":\"HEARING\",\"assessedOn\":\""
                + id + "\"}", "--age-years", "40");
        assertThat(grade.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(grade.err).doesNotContain(id);
        CliRunner unmatched = CliRunner.run("id", id, id + "1");
        assertThat(unmatched.err).doesNotContain(id);
    }
}
