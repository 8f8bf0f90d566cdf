package org.disabilitystandards.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.json.ExchangeJson;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;

/**
 * Guide section "Validate a whole file": writes a small synthetic exchange file (JSON Lines) and validates
 * it with an {@link ExchangeFileValidator}, streaming the issues to a {@link BatchListener}.
 */
public final class ValidateFileExample {

    private ValidateFileExample() {
    }

    /**
     * Runs the example in a temporary directory and prints what {@link #run(Path)} returns.
     *
     * @param args ignored
     * @throws IOException if the temporary file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        Path directory = Files.createTempDirectory("dsds-example");
        System.out.print(run(directory.resolve("exchange.jsonl")));
    }

    /**
     * Writes the synthetic file: two valid records, a third that reuses the first record id, and a line that
     * is not JSON.
     *
     * @param file where to write
     * @throws IOException if the file cannot be written
     */
    static void writeSample(Path file) throws IOException {
        ObjectMapper json = ExchangeJson.newObjectMapper();
        LocalDate issued = LocalDate.of(2021, 4, 1);
        List<PersonRecord> records = List.of(
                SyntheticPeople.holder("F-1", "63010219700101001", DisabilityCategory.PHYSICAL,
                        DisabilityGrade.of(4), issued).build(),
                SyntheticPeople.holder("F-2", "63010219850615002", DisabilityCategory.VISUAL,
                        DisabilityGrade.of(3), issued).build(),
                SyntheticPeople.holder("F-1", "63010219920220003", DisabilityCategory.SPEECH,
                        DisabilityGrade.of(4), issued).build());
        StringBuilder lines = new StringBuilder();
        for (PersonRecord record : records) {
            lines.append(toJson(json, record)).append('\n');
        }
        lines.append("{\"recordId\": \"F-4\", oops\n");
        Files.writeString(file, lines, StandardCharsets.UTF_8);
    }

    private static String toJson(ObjectMapper json, PersonRecord record) {
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the synthetic file and validates it.
     *
     * @param file where to write the file
     * @return the printed lines
     * @throws IOException if the file cannot be written or read
     */
    public static String run(Path file) throws IOException {
        writeSample(file);
        StringJoiner out = new StringJoiner("\n", "", "\n");
        // [validate-file]
        RecordValidator validator = RecordValidator.forProfile(Profile.qinghai());      // shared
        ExchangeFileValidator files = ExchangeFileValidator.builder(validator, LocalDate.of(2025, 6, 30))
                .threads(2)
                .build();                                                                // shared too
        BatchListener listener = new BatchListener() {
            @Override
            public void onIssue(Issue issue) {                 // in file order, on the calling thread
                out.add("line " + issue.line().getAsLong() + " " + issue.recordId().orElse("-") + " "
                        + issue.severity() + " " + issue.ruleId() + (issue.path().isEmpty() ? "" : " at " + issue.path()));
            }
        };
        BatchSummary summary = files.validate(file, listener);
        out.add("records " + summary.records() + ", valid " + summary.validRecords() + ", invalid "
                + summary.invalidRecords() + ", errors " + summary.count(Severity.ERROR));
        for (Map.Entry<String, Long> rule : summary.rules().entrySet()) {
            out.add("  " + rule.getKey() + " x" + rule.getValue());
        }
        // [/validate-file]
        return out.toString();
    }
}
