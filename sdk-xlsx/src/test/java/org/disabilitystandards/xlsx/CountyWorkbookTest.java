package org.disabilitystandards.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.testkit.tables.CountyTemplateRecords;
import org.disabilitystandards.testkit.tables.TableFindings;
import org.disabilitystandards.testkit.tables.TemplateRow;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.batch.ColumnMapping;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.validation.batch.InputFormat;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's "done when": a workbook built like a county template (Chinese headers, names for codes, one ID
 * typed as a number, one date as text, a few thousand rows) gives the same findings as the same records in
 * JSON Lines, with {@code Sheet!Cell} positions.
 */
class CountyWorkbookTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final int ROWS = 3000;

    @TempDir
    static Path dir;
    static List<TemplateRow> rows;
    static Path workbook;

    @BeforeAll
    static void writeWorkbook() throws IOException {
        rows = CountyTemplateRecords.generate(ROWS);
        workbook = Workbooks.write(dir.resolve("county.xlsx"), "残疾人名册", CountyTemplateRecords.HEADERS, rows);
    }

    static ExchangeFileValidator validator(int threads) {
        return ExchangeFileValidator.builder(RecordValidator.forProfile(Profile.national()), AS_OF).threads(threads)
                .batchLines(97).build();
    }

    record Run(BatchSummary summary, List<Issue> issues) {
    }

    static Run workbookRun(int threads) throws IOException {
        List<Issue> issues = new ArrayList<>();
        try (XlsxRowSource source = XlsxRowSource.open(workbook, XlsxOptions.defaults())) {
            BatchSummary summary = validator(threads).validate(source, ColumnMapping.standard(), collect(issues));
            return new Run(summary, issues);
        }
    }

    static Run jsonRun() throws IOException {
        List<Issue> issues = new ArrayList<>();
        BatchSummary summary = validator(2).validate(new ByteArrayInputStream(TableFindings.jsonLines(rows)),
                InputFormat.JSON_LINES, collect(issues));
        return new Run(summary, issues);
    }

    static BatchListener collect(List<Issue> issues) {
        return new BatchListener() {
            @Override
            public void onIssue(Issue issue) {
                issues.add(issue);
            }
        };
    }

    @Test
    void sameFindingsAsJsonLines() throws IOException {
        Run xlsx = workbookRun(3);
        Run json = jsonRun();
        assertThat(xlsx.issues()).isNotEmpty();
        // the same multiset; within one record, the readers report format problems in their own field order
        assertThat(TableFindings.findings(xlsx.issues()))
                .containsExactlyInAnyOrderElementsOf(TableFindings.findings(json.issues()));
        assertThat(xlsx.summary().records()).isEqualTo(ROWS).isEqualTo(json.summary().records());
        assertThat(xlsx.summary().validRecords()).isEqualTo(json.summary().validRecords());
        assertThat(xlsx.summary().rules()).isEqualTo(json.summary().rules());
        assertThat(xlsx.summary().rules().keySet()).contains("ID.CHECKSUM", "REGION.UNKNOWN", "FORMAT.MISSING_FIELD",
                "FORMAT.UNKNOWN_CODE", "FORMAT.DUPLICATE_RECORD_ID", "FORMAT.DUPLICATE_PERSON", "FORMAT.WRONG_TYPE");
    }

    @Test
    void everyIssueNamesItsSheetRowAndColumn() throws IOException {
        for (Issue issue : workbookRun(2).issues()) {
            long row = issue.line().orElseThrow();
            String position = issue.position().orElseThrow();
            assertThat(position).startsWith("残疾人名册!");
            String expectedColumn = switch (issue.path()) {
                case "recordId" -> "B";
                case "name" -> "C";
                case "sex" -> "D";
                case "residence" -> "I";
                case "certificate.issuedOn" -> "M";
                case "certificate.validUntil" -> "N";
                case "birthDate" -> "F";
                case "idNumber" -> "G";
                case "regionCode" -> "H";
                case "certificate.number" -> "J";
                case "certificate.category" -> "K";
                case "certificate.grade" -> "L";
                default -> null;
            };
            assertThat(position).isEqualTo(expectedColumn == null ? "残疾人名册!" + row + ":" + row
                    : "残疾人名册!" + expectedColumn + row);
        }
    }

    @Test
    void numericIdCellIsAFormatIssueThatSaysSo() throws IOException {
        int sheetRow = CountyTemplateRecords.NUMERIC_ID_ROW + 2;
        List<Issue> atRow = workbookRun(1).issues().stream()
                .filter(issue -> issue.line().orElseThrow() == sheetRow).toList();
        assertThat(atRow).anySatisfy(issue -> {
            assertThat(issue.ruleId()).isEqualTo("FORMAT.WRONG_TYPE");
            assertThat(issue.position()).hasValue("残疾人名册!G" + sheetRow);
            assertThat(org.disabilitystandards.validation.report.MessageRenderer.standard().render(issue, java.util.Locale.ENGLISH))
                    .contains("stored as a number")
                    .contains("6.30102E+17");
        });
    }

    @Test
    void dateWrittenAsTextIsRead() throws IOException {
        int sheetRow = CountyTemplateRecords.TEXT_DATE_ROW + 2;
        assertThat(workbookRun(1).issues()).noneMatch(issue -> issue.line().orElseThrow() == sheetRow
                && issue.path().equals("birthDate"));
    }

    @Test
    void issuesAreTheSameForAnyThreadCount() throws IOException {
        assertThat(workbookRun(1).issues()).containsExactlyElementsOf(workbookRun(4).issues());
    }
}
