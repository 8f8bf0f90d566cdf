package org.disabilitystandards.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.disabilitystandards.testkit.tables.TemplateRow;

/** Writes test workbooks with POI the way Excel holds a county template. */
final class Workbooks {

    private Workbooks() {
    }

    /** Writes a header and rows into sheet {@code sheetName}, row 1 the header. */
    static Path write(Path file, String sheetName, List<String> headers, List<TemplateRow> rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r).values();
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof String) {
                        row.createCell(c).setCellValue((String) value);
                    } else if (value instanceof LocalDate) {
                        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                        cell.setCellValue((LocalDate) value);
                        cell.setCellStyle(date);
                    } else if (value instanceof BigDecimal) {
                        row.createCell(c).setCellValue(((BigDecimal) value).doubleValue());
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        return file;
    }
}
