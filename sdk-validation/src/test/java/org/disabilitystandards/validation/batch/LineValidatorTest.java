package org.disabilitystandards.validation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.disabilitystandards.core.json.ReadLimits;
import org.disabilitystandards.validation.batch.LineValidator.NumberedLine;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.Severity;
import org.junit.jupiter.api.Test;

/** {@link LineValidator} gives, line by line, what {@link ExchangeFileValidator} gives for the same file. */
class LineValidatorTest {

    private static final LineValidator JSON = LineValidator.jsonLines(TestRecords.NATIONAL, TestRecords.AS_OF,
            ReadLimits.defaults());

    private static List<NumberedLine> numbered(String text) {
        List<NumberedLine> lines = new ArrayList<>();
        String[] split = text.split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            lines.add(new NumberedLine(i + 1, split[i].getBytes(StandardCharsets.UTF_8)));
        }
        return lines;
    }

    /** The file validator's issues minus duplicates, which depend on other lines. */
    private static List<Issue> fileIssues(String text, InputFormat format) throws IOException {
        List<Issue> issues = new ArrayList<>(TestRecords.run(text.getBytes(StandardCharsets.UTF_8), format, 1, 3)
                .issues());
        issues.removeIf(issue -> issue.ruleId().startsWith("FORMAT.DUPLICATE"));
        return issues;
    }

    private static List<Issue> lineIssues(LineValidator validator, String text) {
        List<Issue> issues = new ArrayList<>();
        Iterator<ValidatedLine> results = validator.validate(numbered(text).iterator());
        results.forEachRemaining(line -> issues.addAll(line.issues()));
        return issues;
    }

    @Test
    void jsonLinesGiveTheFileValidatorsIssuesSkippingBlankLines() throws IOException {
        String text = "\uFEFF" + TestRecords.json(1) + "\r\n\n  \t\n{\"recordId\": 5}\nnot json\n"
                + TestRecords.json("R-2", "630102199901011234") + "\n" + TestRecords.json(1) + "\n";
        assertThat(lineIssues(JSON, text)).isEqualTo(fileIssues(text, InputFormat.JSON_LINES)).isNotEmpty();
        List<ValidatedLine> lines = new ArrayList<>();
        JSON.validate(numbered(text).iterator()).forEachRemaining(lines::add);
        assertThat(lines).extracting(ValidatedLine::line).containsExactly(1L, 4L, 5L, 6L, 7L);
        assertThat(lines.get(0).hasError()).isFalse();
        assertThat(lines.get(0).record()).isPresent();
        assertThat(lines.get(2).record()).isEmpty();
        assertThat(lines.get(2).hasError()).isTrue();
        assertThat(lines.get(0).recordIdKey()).isEqualTo(lines.get(4).recordIdKey()).isPresent();
        assertThat(lines.get(0).personKey()).isEqualTo(lines.get(4).personKey()).isPresent();
        assertThat(lines.get(0).personKey()).isNotEqualTo(lines.get(3).personKey());
        assertThat(JSON.validate(new NumberedLine(9, " \r".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void aLineJustOverTheLimitIsTooLongAndOneAtTheLimitIsRead() {
        LineValidator small = LineValidator.jsonLines(TestRecords.NATIONAL, TestRecords.AS_OF,
                new ReadLimits(40, 32, 4096, 1000));
        String atLimit = "{\"recordId\":\"" + "x".repeat(40 - 15) + "\"}";
        assertThat(atLimit).hasSize(40);
        assertThat(small.validate(new NumberedLine(1, atLimit.getBytes(StandardCharsets.UTF_8))).orElseThrow()
                .issues()).extracting(Issue::ruleId).doesNotContain("FORMAT.TOO_LONG");
        String over = atLimit.replace("{", "{ ");
        assertThat(small.validate(new NumberedLine(1, over.getBytes(StandardCharsets.UTF_8))).orElseThrow()
                .issues()).extracting(Issue::ruleId).containsExactly("FORMAT.TOO_LONG");
    }

    @Test
    void csvRowsAndHeaderGiveTheFileValidatorsIssues() throws IOException {
        String header = "recordId,idNumber,name,regionCode,shoeSize";
        String text = header + "\n" + "R-1," + TestRecords.idNumber(1) + ",样例,630102,\n" + "R-2,\"broken\n"
                + "R-3,123,样例,630102,\n";
        LineValidator csv = LineValidator.csv(TestRecords.NATIONAL, TestRecords.AS_OF, ReadLimits.defaults(),
                header.getBytes(StandardCharsets.UTF_8));
        List<Issue> issues = new ArrayList<>(csv.headerIssues(1));
        List<NumberedLine> rows = numbered(text).subList(1, 5);
        csv.validate(rows.iterator()).forEachRemaining(line -> issues.addAll(line.issues()));
        assertThat(issues).isEqualTo(fileIssues(text, InputFormat.CSV));
        assertThat(issues).extracting(Issue::ruleId).contains("FORMAT.UNKNOWN_FIELD", "FORMAT.MALFORMED_CSV");
        assertThat(JSON.headerIssues(1)).isEmpty();
    }

    @Test
    void duplicateIssuesAreTheFileValidatorsAndFollowTheProfile() throws IOException {
        String text = TestRecords.json(1) + "\n" + TestRecords.json(2) + "\n" + TestRecords.json(1) + "\n";
        List<Issue> duplicates = TestRecords.run(text.getBytes(StandardCharsets.UTF_8), InputFormat.JSON_LINES, 1, 2)
                .issues();
        assertThat(duplicates).containsExactly(
                JSON.duplicateIssue(LineValidator.Duplicate.RECORD_ID, 3, "R-1", 1).orElseThrow(),
                JSON.duplicateIssue(LineValidator.Duplicate.PERSON, 3, "R-1", 1).orElseThrow());
        assertThat(duplicates.get(0).arguments()).isEqualTo(Map.of("firstLine", 1L));
    }

    @Test
    void summariesFromElsewhereMustAddUp() {
        BatchSummary summary = BatchSummary.of(3, 2, Map.of(Severity.ERROR, 1L), Map.of("ID.CHECKSUM", 1L),
                Duration.ofMillis(5));
        assertThat(summary.invalidRecords()).isEqualTo(1);
        assertThat(summary.count(Severity.WARNING)).isZero();
        assertThat(BatchSummary.of(3, 3, Map.of(), Map.of(), Duration.ZERO).validRecords()).isEqualTo(3);
        assertThatThrownBy(() -> BatchSummary.of(3, 4, Map.of(), Map.of(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BatchSummary.of(-1, 0, Map.of(), Map.of(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BatchSummary.of(1, 1, Map.of(Severity.ERROR, -1L), Map.of(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
