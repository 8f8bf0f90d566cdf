package org.disabilitystandards.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disabilitystandards.testkit.tables.CountyTemplateRecords;
import org.disabilitystandards.testkit.tables.TemplateRow;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.batch.ColumnMapping;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.disabilitystandards.validation.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the annotated copy back and finds each mark and message where it belongs. */
class AnnotatedCopyTest {

    @TempDir
    Path dir;

    @Test
    void everyIssueIsMarkedInItsCellAndListedInChinese() throws Exception {
        List<TemplateRow> rows = CountyTemplateRecords.generate(400);
        Path source = Workbooks.write(dir.resolve("county.xlsx"), "Sheet1", CountyTemplateRecords.HEADERS, rows);
        List<Issue> issues = new ArrayList<>();
        WorkbookAnnotations annotations = new WorkbookAnnotations();
        try (XlsxRowSource rowSource = XlsxRowSource.open(source, XlsxOptions.defaults())) {
            CountyWorkbookTest.validator(2).validate(rowSource, ColumnMapping.standard(), new BatchListener() {
                @Override
                public void onIssue(Issue issue) {
                    issues.add(issue);
                    annotations.onIssue(issue);
                }
            });
        }
        Path target = dir.resolve("annotated.xlsx");
        XlsxAnnotator.write(source, XlsxOptions.defaults(), annotations, target);

        assertThat(issues).hasSizeGreaterThan(10);
        assertThat(annotations.count()).isEqualTo(issues.size());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        MessageRenderer messages = MessageRenderer.standard();
        try (XSSFWorkbook copy = new XSSFWorkbook(target.toFile())) {
            Sheet sheet = copy.getSheet("Sheet1");
            int messagesColumn = CountyTemplateRecords.HEADERS.size();
            assertThat(sheet.getRow(0).getCell(messagesColumn).getStringCellValue()).isEqualTo("问题说明");
            for (Issue issue : issues) {
                String cell = issue.position().orElseThrow().substring("Sheet1!".length());
                int rowIndex = (int) issue.line().orElseThrow() - 1;
                Row row = sheet.getRow(rowIndex);
                String zh = messages.render(issue, Locale.SIMPLIFIED_CHINESE);
                assertThat(row.getCell(messagesColumn).getStringCellValue()).contains(issue.ruleId() + ": " + zh);
                if (!cell.contains(":")) {
                    CellReference reference = new CellReference(cell);
                    org.apache.poi.ss.usermodel.Cell marked = row.getCell(reference.getCol());
                    assertThat(marked.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                    if (issue.severity() == Severity.ERROR) {
                        assertThat(marked.getCellStyle().getFillForegroundColor())
                                .isEqualTo(IndexedColors.RED.getIndex());
                    }
                }
            }
            Sheet list = copy.getSheet("问题清单");
            assertThat(list.getLastRowNum()).isEqualTo(issues.size());
            assertThat(list.getRow(1).getCell(0).getStringCellValue()).isEqualTo(issues.get(0).position().orElseThrow());
            // an unmarked cell stays unmarked, and the sender's values are kept (the numeric ID stays a number)
            int numericIdRow = CountyTemplateRecords.NUMERIC_ID_ROW + 1;
            assertThat(sheet.getRow(numericIdRow).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(rows.get(0).values().get(2));
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            // messages never hold an ID number, though the cells do
            for (Row row : list) {
                String text = row.getCell(4).getStringCellValue();
                for (TemplateRow record : rows) {
                    Object id = record.values().get(6);
                    if (id instanceof String) {
                        assertThat(text).doesNotContain((String) id);
                    }
                }
            }
        }
    }

    @Test
    void theCopyMayNotReplaceItsSource() throws IOException {
        Path source = Workbooks.write(dir.resolve("in.xlsx"), "Sheet1", CountyTemplateRecords.HEADERS,
                CountyTemplateRecords.generate(3));
        long size = Files.size(source);
        assertThatThrownBy(() -> XlsxAnnotator.write(source, XlsxOptions.defaults(), new WorkbookAnnotations(), source))
                .isInstanceOf(IOException.class).hasMessageContaining("must not overwrite");
        assertThat(Files.size(source)).isEqualTo(size);
    }
}
