package org.disabilitystandards.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.disabilitystandards.validation.batch.Cell;
import org.disabilitystandards.validation.batch.SourceRow;
import org.disabilitystandards.validation.report.Severity;

/**
 * Writes the annotated copy of a validated sheet for its sender (the county clerk fixes and resends it):
 * the sheet's values at the same cells (so {@code Sheet1!D17} in the report is D17 in the copy), the
 * problem cells filled red (ERROR) or yellow (WARNING, INFO), a last column 问题说明 listing each row's
 * problems in Chinese, and a second sheet 问题清单 with one row per issue (位置, 记录编号, 规则, 级别, 说明).
 * Cell values stay as the sender wrote them (an ID number too: it is their own file); messages never hold
 * an ID number or a name.
 *
 * <p>Written with POI's streaming {@link SXSSFWorkbook} (a window of 100 rows in memory, the rest flushed to
 * a temporary file that is deleted afterwards), so memory does not grow with the sheet. Only the validated
 * sheet's values are copied, not its formatting, formulas or other sheets. The copy is written to a
 * temporary file next to the target, owner-only (0600 where POSIX permissions exist), and moved into place
 * when complete: a failed run never leaves half a file, and the target may not be the source.
 */
public final class XlsxAnnotator {

    /** Header of the messages column. */
    static final String MESSAGES_HEADER = "问题说明";
    /** Name of the sheet listing every issue. */
    static final String ISSUES_SHEET = "问题清单";

    private static final int WINDOW_ROWS = 100;

    private XlsxAnnotator() {
    }

    /**
     * Writes the annotated copy.
     *
     * @param source      the validated workbook
     * @param options     the sheet that was validated
     * @param annotations the issues of the run
     * @param target      the copy to write (replaced if it exists)
     * @throws IOException if the source cannot be read again or the copy cannot be written, or the target is
     *                     the source
     */
    public static void write(Path source, XlsxOptions options, WorkbookAnnotations annotations, Path target)
            throws IOException {
        if (Files.exists(target) && Files.isSameFile(source, target)) {
            throw new IOException("the annotated copy must not overwrite the workbook it annotates");
        }
        Path directory = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(directory, ".dsds-annotated-", ".xlsx.tmp");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        }
        try {
            try (XlsxRowSource rows = XlsxRowSource.open(source, options);
                    OutputStream out = Files.newOutputStream(temporary)) {
                writeWorkbook(rows, annotations, out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void writeWorkbook(XlsxRowSource rows, WorkbookAnnotations annotations, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS);
        try {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(rows.sheetName());
            int messagesColumn = rows.header().size();
            Row header = sheet.createRow((int) rows.headerLine() - 1);
            for (int i = 0; i < rows.header().size(); i++) {
                header.createCell(i).setCellValue(rows.header().get(i));
            }
            org.apache.poi.ss.usermodel.Cell title = header.createCell(messagesColumn);
            title.setCellValue(MESSAGES_HEADER);
            title.setCellStyle(styles.bold);
            markCells(header, annotations.notes(rows.headerLine()), styles, null);
            SourceRow row;
            while ((row = rows.next()) != null) {
                Row copy = sheet.createRow((int) row.number() - 1);
                for (int i = 0; i < row.width(); i++) {
                    copyCell(row.cell(i), copy, i, styles);
                }
                annotateRow(copy, annotations.notes(row.number()), messagesColumn, styles, row);
            }
            writeIssueSheet(workbook.createSheet(ISSUES_SHEET), annotations, styles);
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static void copyCell(Cell value, Row copy, int column, Styles styles) {
        if (value == null) {
            return;
        }
        org.apache.poi.ss.usermodel.Cell cell = copy.createCell(column);
        switch (value.type()) {
            case NUMBER:
                cell.setCellValue(value.number().doubleValue());
                break;
            case DATE:
                cell.setCellValue(value.date());
                cell.setCellStyle(styles.date);
                break;
            default:
                cell.setCellValue(value.text());
        }
    }

    private static void annotateRow(Row row, List<WorkbookAnnotations.Note> notes, int messagesColumn, Styles styles,
            SourceRow source) {
        if (notes.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (WorkbookAnnotations.Note note : notes) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(note.position.substring(note.position.lastIndexOf('!') + 1)).append(' ')
                    .append(note.ruleId).append(": ").append(note.message);
        }
        markCells(row, notes, styles, source);
        org.apache.poi.ss.usermodel.Cell messages = row.createCell(messagesColumn);
        messages.setCellValue(text.toString());
        messages.setCellStyle(styles.wrap);
    }

    /** Fills the cells that issues name; an ERROR's red wins over a warning's yellow. */
    private static void markCells(Row row, List<WorkbookAnnotations.Note> notes, Styles styles, SourceRow source) {
        for (WorkbookAnnotations.Note note : notes) {
            if (note.column >= 0) {
                org.apache.poi.ss.usermodel.Cell cell = row.getCell(note.column);
                if (cell == null) {
                    cell = row.createCell(note.column);
                }
                boolean date = source != null && source.cell(note.column) != null
                        && source.cell(note.column).type() == Cell.Type.DATE;
                CellStyle current = cell.getCellStyle();
                boolean alreadyError = current == styles.error || current == styles.errorDate;
                if (!alreadyError) {
                    cell.setCellStyle(note.severity == Severity.ERROR ? (date ? styles.errorDate : styles.error)
                            : (date ? styles.warningDate : styles.warning));
                }
            }
        }
    }

    private static void writeIssueSheet(Sheet sheet, WorkbookAnnotations annotations, Styles styles) {
        String[] titles = {"位置", "记录编号", "规则", "级别", "说明"};
        Row header = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            org.apache.poi.ss.usermodel.Cell cell = header.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(styles.bold);
        }
        int next = 1;
        for (Map.Entry<Long, List<WorkbookAnnotations.Note>> entry : annotations.all().entrySet()) {
            for (WorkbookAnnotations.Note note : entry.getValue()) {
                Row row = sheet.createRow(next++);
                row.createCell(0).setCellValue(note.position);
                row.createCell(1).setCellValue(note.recordId);
                row.createCell(2).setCellValue(note.ruleId);
                row.createCell(3).setCellValue(severityName(note.severity));
                row.createCell(4).setCellValue(note.message);
            }
        }
    }

    /** Returns the Chinese name of a severity, as the issue sheet shows it. */
    static String severityName(Severity severity) {
        switch (severity) {
            case ERROR:
                return "错误";
            case WARNING:
                return "警告";
            default:
                return "提示";
        }
    }

    /** The few cell styles of the copy, created once per workbook. */
    private static final class Styles {
        final CellStyle error;
        final CellStyle errorDate;
        final CellStyle warning;
        final CellStyle warningDate;
        final CellStyle date;
        final CellStyle wrap;
        final CellStyle bold;

        Styles(SXSSFWorkbook workbook) {
            short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
            date = workbook.createCellStyle();
            date.setDataFormat(dateFormat);
            error = filled(workbook, IndexedColors.RED, (short) 0);
            errorDate = filled(workbook, IndexedColors.RED, dateFormat);
            warning = filled(workbook, IndexedColors.YELLOW, (short) 0);
            warningDate = filled(workbook, IndexedColors.YELLOW, dateFormat);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
        }

        private static CellStyle filled(SXSSFWorkbook workbook, IndexedColors color, short dataFormat) {
            CellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(color.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setDataFormat(dataFormat);
            return style;
        }
    }
}
