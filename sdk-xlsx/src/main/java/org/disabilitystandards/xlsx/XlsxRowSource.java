package org.disabilitystandards.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.disabilitystandards.validation.batch.Cell;
import org.disabilitystandards.validation.batch.RowSource;
import org.disabilitystandards.validation.batch.SourceRow;

/**
 * Reads one sheet of an {@code .xlsx} workbook (Office Open XML, ECMA-376) as a stream of rows, for
 * {@link org.disabilitystandards.validation.batch.ExchangeFileValidator#validate(RowSource,
 * org.disabilitystandards.validation.batch.ColumnMapping, org.disabilitystandards.validation.batch.BatchListener)}.
 * The first non-empty row is the header; empty rows are skipped.
 *
 * <p>Memory stays bounded whatever the row count: the package is opened read-only with Apache POI's
 * {@link OPCPackage} (whose {@code ZipSecureFile} refuses zip bombs by inflation ratio and entry size), the
 * sheet XML is pulled one element at a time with a StAX reader from POI's hardened factory (no DTDs, no
 * external entities), and only the styles and the shared-strings table are held, the latter limited by
 * {@link XlsxOptions#maxSharedStringsBytes()}. External links, formulas (only their cached values are read),
 * comments and drawings are never opened.
 *
 * <p>Cells keep their type: string cells are text, numeric cells numbers (exactly as written in the file),
 * numeric cells with a date format dates, booleans the text {@code TRUE}/{@code FALSE}, error cells their
 * error text. Positions are A1 references with the sheet, {@code Sheet1!D17}; the whole row is
 * {@code Sheet1!17:17}. A legacy {@code .xls} or a password-protected workbook is refused with a
 * {@link WorkbookException} of its own reason. Not thread-safe except {@link #position}; close it after use.
 */
public final class XlsxRowSource implements RowSource {

    private final OPCPackage pkg;
    private final InputStream sheetStream;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final String sheetName;
    private final String prefix;
    private final List<String> header;
    private long headerLine;
    private long rows;
    private Cell[] cells = new Cell[16];
    private int width;

    private XlsxRowSource(OPCPackage pkg, XlsxOptions options) throws IOException {
        this.pkg = pkg;
        try {
            XSSFReader reader = new XSSFReader(pkg);
            this.date1904 = isDate1904(reader);
            this.styles = reader.getStylesTable();
            this.strings = sharedStrings(pkg, options.maxSharedStringsBytes());
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            InputStream chosen = null;
            String name = null;
            int index = 0;
            while (sheets.hasNext()) {
                InputStream stream = sheets.next();
                boolean match = options.sheetName() != null ? options.sheetName().equals(sheets.getSheetName())
                        : index == options.sheetIndex();
                if (match && chosen == null) {
                    chosen = stream;
                    name = sheets.getSheetName();
                } else {
                    stream.close();
                }
                index++;
            }
            if (chosen == null) {
                throw new WorkbookException(WorkbookException.Reason.SHEET_NOT_FOUND,
                        "the workbook has no sheet " + (options.sheetName() != null ? "named " + options.sheetName()
                                : "at index " + options.sheetIndex()) + " (it has " + index + " sheets)", null);
            }
            this.sheetStream = chosen;
            this.sheetName = name;
            this.prefix = CellReferences.sheetPrefix(name);
            XMLInputFactory factory = XMLHelper.newXMLInputFactory();
            this.xml = factory.createXMLStreamReader(chosen);
            List<String> names = new ArrayList<>();
            if (readRow()) {
                for (int i = 0; i < width; i++) {
                    names.add(cells[i] == null ? "" : cells[i].asText());
                }
            }
            this.header = Collections.unmodifiableList(names);
        } catch (OpenXML4JException | XMLStreamException | org.apache.poi.ooxml.POIXMLException e) {
            throw new WorkbookException(WorkbookException.Reason.MALFORMED, "the workbook's XML cannot be read ("
                    + e.getClass().getSimpleName() + ")", e);
        } catch (org.xml.sax.SAXException e) {
            throw new WorkbookException(WorkbookException.Reason.MALFORMED, "the workbook's shared strings cannot be"
                    + " read", e);
        }
    }

    /**
     * Opens a workbook and reads the header row of the chosen sheet.
     *
     * @param file    the {@code .xlsx} file
     * @param options which sheet, and limits
     * @return the source, to be closed
     * @throws WorkbookException if the file is a legacy or encrypted workbook, not a workbook, lacks the sheet,
     *                           exceeds a limit or holds broken XML
     * @throws IOException       if the file cannot be read
     */
    public static XlsxRowSource open(Path file, XlsxOptions options) throws IOException {
        refuseNonOoxml(file);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | UnsupportedFileFormatException | EmptyFileException e) {
            throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK,
                    "this is not an .xlsx workbook (" + e.getClass().getSimpleName() + ")", e);
        } catch (IllegalStateException | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new WorkbookException(WorkbookException.Reason.TOO_LARGE,
                    "the workbook exceeds the zip safety limits (possible zip bomb)", e);
        }
        try {
            return new XlsxRowSource(pkg, options);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            if (e instanceof IOException) {
                throw (IOException) e;
            }
            throw limits((RuntimeException) e);
        }
    }

    private static WorkbookException limits(RuntimeException e) {
        return new WorkbookException(WorkbookException.Reason.TOO_LARGE,
                "the workbook cannot be read within the safety limits (" + e.getClass().getSimpleName() + ")", e);
    }

    /** Refuses OLE2 files (legacy .xls, encrypted workbooks) and anything that is not a zip package. */
    private static void refuseNonOoxml(Path file) throws IOException {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OLE2) {
            boolean encrypted;
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                encrypted = fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
            } catch (IOException | RuntimeException e) {
                encrypted = false;
            }
            if (encrypted) {
                throw new WorkbookException(WorkbookException.Reason.ENCRYPTED,
                        "the workbook is password-protected: remove the password in Excel and save it again", null);
            }
            throw new WorkbookException(WorkbookException.Reason.LEGACY_XLS,
                    "this is a legacy Excel 97-2003 .xls workbook: open it in Excel or WPS and save it as .xlsx", null);
        }
        if (magic != FileMagic.OOXML) {
            throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK,
                    "this is not an .xlsx workbook (it does not start like a zip package)", null);
        }
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg, long maxBytes)
            throws IOException, org.xml.sax.SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelationTypes.SHARED_STRINGS);
        for (PackagePart part : parts) {
            if (part.getSize() > maxBytes) {
                throw new WorkbookException(WorkbookException.Reason.TOO_LARGE, "the shared-strings table has "
                        + part.getSize() + " bytes, above the limit of " + maxBytes, null);
            }
        }
        return new ReadOnlySharedStringsTable(pkg, false);
    }

    private static boolean isDate1904(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(workbook);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(xml.getLocalName())) {
                        String value = xml.getAttributeValue(null, "date1904");
                        return "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                    if (xml.getEventType() == XMLStreamConstants.START_ELEMENT && "sheets".equals(xml.getLocalName())) {
                        return false;
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        }
    }

    /**
     * Returns the name of the sheet read.
     *
     * @return the sheet's name
     */
    public String sheetName() {
        return sheetName;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerLine() {
        return Math.max(1, headerLine);
    }

    @Override
    public SourceRow next() throws IOException {
        try {
            if (!readRow()) {
                return null;
            }
        } catch (XMLStreamException e) {
            throw new WorkbookException(WorkbookException.Reason.MALFORMED,
                    "the sheet's XML cannot be read after row " + rows, e);
        }
        return new SourceRow(rows, null, Arrays.copyOf(cells, width));
    }

    @Override
    public String position(SourceRow row, int column) {
        long number = row == null ? headerLine() : row.number();
        return column < 0 ? prefix + number + ":" + number : prefix + CellReferences.columnLetters(column) + number;
    }

    @Override
    public long progress() {
        return rows;
    }

    /**
     * Pulls the next non-empty row into {@link #cells}; sets {@link #rows} to its number and, for the first,
     * {@link #headerLine}.
     */
    private boolean readRow() throws XMLStreamException, WorkbookException {
        long rowNumber = rows;
        int column = -1;
        String type = null;
        int style = -1;
        StringBuilder value = new StringBuilder();
        boolean inValue = false;
        boolean inRow = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("row".equals(name)) {
                    inRow = true;
                    Arrays.fill(cells, 0, width, null);
                    width = 0;
                    String r = xml.getAttributeValue(null, "r");
                    rowNumber = r == null ? rowNumber + 1 : parseRowNumber(r);
                    column = -1;
                } else if ("c".equals(name) && inRow) {
                    String r = xml.getAttributeValue(null, "r");
                    column = r == null ? column + 1 : CellReferences.column(r);
                    if (column < 0 || column >= CellReferences.MAX_COLUMNS) {
                        throw new WorkbookException(WorkbookException.Reason.MALFORMED,
                                "a cell reference in row " + rowNumber + " is not a column of A..XFD", null);
                    }
                    type = xml.getAttributeValue(null, "t");
                    String s = xml.getAttributeValue(null, "s");
                    style = s == null ? -1 : parseInt(s);
                    value.setLength(0);
                } else if ("v".equals(name) || "t".equals(name)) {
                    inValue = true;
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (inValue) {
                    value.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ("v".equals(name) || "t".equals(name)) {
                    inValue = false;
                } else if ("c".equals(name) && inRow) {
                    put(column, cell(type, style, value));
                } else if ("row".equals(name)) {
                    inRow = false;
                    if (width > 0) {
                        rows = rowNumber;
                        if (headerLine == 0) {
                            headerLine = rowNumber;
                        }
                        return true;
                    }
                    rows = rowNumber;
                }
            }
        }
        return false;
    }

    private void put(int column, Cell cell) {
        if (cell == null) {
            return;
        }
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
        }
        cells[column] = cell;
        width = Math.max(width, column + 1);
    }

    private Cell cell(String type, int style, StringBuilder value) {
        if (value.length() == 0) {
            return null;
        }
        String text = value.toString();
        if (type == null || "n".equals(type)) {
            return number(text, style);
        }
        switch (type) {
            case "s":
                int index = parseInt(text);
                return index < 0 || index >= strings.getCount() ? Cell.text("")
                        : Cell.text(strings.getItemAt(index).getString());
            case "b":
                return Cell.text("1".equals(text) ? "TRUE" : "FALSE");
            default:
                return Cell.text(text);
        }
    }

    private Cell number(String text, int style) {
        BigDecimal number;
        try {
            number = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return Cell.text(text);
        }
        if (style >= 0 && style < styles.getNumCellStyles()) {
            XSSFCellStyle cellStyle = styles.getStyleAt(style);
            double serial = number.doubleValue();
            if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                    && DateUtil.isValidExcelDate(serial)) {
                return Cell.date(DateUtil.getLocalDateTime(serial, date1904).toLocalDate());
            }
        }
        return Cell.number(number);
    }

    private static long parseRowNumber(String text) throws WorkbookException {
        int n = parseInt(text);
        if (n < 1) {
            throw new WorkbookException(WorkbookException.Reason.MALFORMED, "a row number is not a positive integer",
                    null);
        }
        return n;
    }

    private static int parseInt(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream below is closed next either way
        } finally {
            try {
                sheetStream.close();
            } finally {
                pkg.revert();
            }
        }
    }

    @Override
    public String toString() {
        return "XlsxRowSource{sheet=" + sheetName + ", rows read=" + rows + "}";
    }

    /** Content types of the parts read. */
    private static final class XSSFRelationTypes {
        static final String SHARED_STRINGS =
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    }
}
