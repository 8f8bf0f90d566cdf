package org.disabilitystandards.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disabilitystandards.validation.batch.Cell;
import org.disabilitystandards.validation.batch.SourceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared-strings limit on both sides of its edge, sheet choice, cell types and positions. */
class WorkbookLimitsTest {

    @TempDir
    Path dir;

    private Path sharedStringsWorkbook() throws Exception {
        Path file = dir.resolve("sst.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("First").createRow(0).createCell(0).setCellValue("姓名");
            XSSFRow header = book.createSheet("名 册").createRow(2);
            header.createCell(1).setCellValue("姓名");
            header.createCell(2).setCellValue("残疾等级");
            XSSFRow row = book.getSheet("名 册").createRow(4);
            row.createCell(1).setCellValue("测试");
            row.createCell(2).setCellValue(2);
            row.createCell(3).setCellValue(true);
            book.write(out);
        }
        return file;
    }

    private static long sharedStringsSize(Path file) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return pkg.getPartsByContentType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml").get(0).getSize();
        }
    }

    @Test
    void sharedStringsAtTheLimitAreReadAndOneByteAboveAreRefused() throws Exception {
        Path file = sharedStringsWorkbook();
        long size = sharedStringsSize(file);
        try (XlsxRowSource source = XlsxRowSource.open(file, XlsxOptions.defaults().maxSharedStringsBytes(size))) {
            assertThat(source.header()).containsExactly("姓名");
        }
        assertThatThrownBy(() -> XlsxRowSource.open(file, XlsxOptions.defaults().maxSharedStringsBytes(size - 1)))
                .isInstanceOfSatisfying(WorkbookException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkbookException.Reason.TOO_LARGE));
    }

    @Test
    void sheetsByNameAndIndexWithTypedCellsAndQuotedPositions() throws Exception {
        Path file = sharedStringsWorkbook();
        try (XlsxRowSource source = XlsxRowSource.open(file, XlsxOptions.defaults().sheet(1))) {
            assertThat(source.sheetName()).isEqualTo("名 册");
            assertThat(source.header()).containsExactly("", "姓名", "残疾等级");
            assertThat(source.headerLine()).isEqualTo(3);
            SourceRow row = source.next();
            assertThat(row.number()).isEqualTo(5);
            assertThat(row.cell(1)).isEqualTo(Cell.text("测试"));
            assertThat(row.cell(2).type()).isEqualTo(Cell.Type.NUMBER);
            assertThat(row.cell(3)).isEqualTo(Cell.text("TRUE"));
            assertThat(source.position(row, 2)).isEqualTo("'名 册'!C5");
            assertThat(source.position(row, -1)).isEqualTo("'名 册'!5:5");
            assertThat(source.position(null, 1)).isEqualTo("'名 册'!B3");
            assertThat(source.next()).isNull();
        }
        try (XlsxRowSource source = XlsxRowSource.open(file, XlsxOptions.defaults().sheet("First"))) {
            assertThat(source.next()).isNull();
        }
        assertThatThrownBy(() -> XlsxRowSource.open(file, XlsxOptions.defaults().sheet(2)))
                .isInstanceOfSatisfying(WorkbookException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkbookException.Reason.SHEET_NOT_FOUND));
    }

    @Test
    void columnLettersRoundTrip() {
        for (int column : new int[] {0, 25, 26, 701, 702, CellReferences.MAX_COLUMNS - 1}) {
            assertThat(CellReferences.column(CellReferences.columnLetters(column) + "1")).isEqualTo(column);
        }
        assertThat(CellReferences.columnLetters(CellReferences.MAX_COLUMNS - 1)).isEqualTo("XFD");
        assertThat(CellReferences.column("17")).isEqualTo(-1);
    }
}
