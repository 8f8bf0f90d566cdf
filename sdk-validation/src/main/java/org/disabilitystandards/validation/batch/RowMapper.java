package org.disabilitystandards.validation.batch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.disabilitystandards.core.code.CodedConcept;
import org.disabilitystandards.core.internal.format.Field;
import org.disabilitystandards.core.internal.format.FormatV1;
import org.disabilitystandards.core.internal.format.Shape;
import org.disabilitystandards.core.json.FormatReason;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.json.ReadProblem.Kind;
import org.disabilitystandards.core.internal.RecordIdFormat;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.PersonRecord;

/**
 * Turns the cells of one table row into a {@link PersonRecord} (exchange format version 1, flat fields of the
 * CSV flavour): the one place where CSV rows, workbook rows and database rows become records, with the same
 * problem kinds, reasons and paths as the JSON Lines reader. Driven by the format's field table: each
 * {@link ExchangeColumn} is a row of it, read by the lenient reader of its kind and stored by the row's
 * setter, so a row added to the table with a CSV header is read here without further code.
 *
 * <ul>
 *   <li>An empty cell is an absent field; a required field absent is {@code MISSING_FIELD}. Without a record
 *       id column (workbooks, tables) the record id is {@code R} and the row number.</li>
 *   <li>Codes may be written as the enum name ({@code VISUAL}), the code ({@code 1}) or the Chinese name
 *       ({@code 视力残疾}, {@code 男}, {@code 城镇}); grades as {@code 1}-{@code 4} or {@code 一级}-{@code 四级}.
 *       An unknown code, or an integer outside the scale, is {@code UNKNOWN_CODE}; other text where a grade is
 *       expected is {@code WRONG_TYPE}.</li>
 *   <li>Dates may be date cells or text {@code yyyy-MM-dd}, {@code yyyy/M/d}, {@code yyyy.M.d},
 *       {@code yyyy年M月d日} or {@code yyyyMMdd}; anything else is {@code WRONG_TYPE}.</li>
 *   <li>An ID number or certificate number stored as a number, or as text in Excel's scientific notation
 *       ({@code 6.30102E+17}), has lost digits: {@code WRONG_TYPE} saying exactly that.</li>
 *   <li>A record id outside {@code [A-Za-z0-9._-]} is {@code WRONG_TYPE}; a text beyond 64 characters is
 *       {@code TOO_LONG}.</li>
 *   <li>A certificate lacking a required cell is dropped and the record kept.</li>
 * </ul>
 *
 * <p>Not thread-safe: one instance per worker and batch. Problem details never hold a cell's value.
 */
final class RowMapper {

    /** Chinese numerals of the scale names {@code 一级} to {@code 十级}. */
    private static final String NUMERALS = "一二三四五六七八九十";

    private static final ExchangeColumn[] COLUMNS = ExchangeColumn.values();

    private final ColumnLayout layout;
    private IntFunction<Cell> cells;
    private List<ReadProblem> problems;

    RowMapper(ColumnLayout layout) {
        this.layout = layout;
    }

    /**
     * Maps one row into {@code out}: first the record's required columns, then its optional ones, then each
     * nested object (the certificate) whose columns hold any cell.
     *
     * @param rowCells  the row's cells by column index (null for empty ones)
     * @param rowNumber the row's number, for the record id of a table without a record id column
     * @param out       receives the outcome
     */
    void map(IntFunction<Cell> rowCells, long rowNumber, ParsedLine out) {
        cells = rowCells;
        problems = new ArrayList<>(2);
        ImmutablePersonRecord.Builder person = FormatV1.PERSON.newBuilder();
        String recordId = null;
        String idNumber = null;
        long set = 0;
        for (ExchangeColumn column : COLUMNS) {
            if (column.required()) {
                Object value = column == ExchangeColumn.RECORD_ID && layout.rowIsRecordId() ? "R" + rowNumber
                        : value(column);
                if (column == ExchangeColumn.RECORD_ID) {
                    recordId = (String) value;
                } else if (column == ExchangeColumn.ID_NUMBER) {
                    idNumber = (String) value;
                }
                set |= store(column, person, value) ? 1L << column.ordinal() : 0;
            }
        }
        boolean complete = true;
        for (ExchangeColumn column : COLUMNS) {
            if (column.required() && (set & (1L << column.ordinal())) == 0) {
                complete = false;
                if (!reported(column.path())) {
                    problems.add(new ReadProblem(Kind.MISSING_FIELD, column.path(),
                            layout.indexOf(column) < 0 ? FormatReason.COLUMN_ABSENT : FormatReason.EMPTY_CELL));
                }
            }
        }
        for (ExchangeColumn column : COLUMNS) {
            if (!column.required() && column.parent() == null) {
                store(column, person, value(column));
            }
        }
        Field<?> nested = null;
        for (ExchangeColumn column : COLUMNS) {
            if (column.parent() != null && column.parent() != nested) {
                nested = column.parent();
                nested(nested, person);
            }
        }
        out.set(complete ? person.build() : null, problems, recordId, idNumber);
        cells = null;
    }

    /**
     * Reads the columns of one nested object (the certificate) when any of its cells is filled; a required
     * cell left empty drops the object, not the record.
     */
    @SuppressWarnings("unchecked")
    private <B> void nested(Field<?> parent, ImmutablePersonRecord.Builder person) {
        boolean any = false;
        for (ExchangeColumn column : COLUMNS) {
            any |= column.parent() == parent && cell(column) != null;
        }
        if (!any) {
            return;
        }
        Shape<B, ?> shape = (Shape<B, ?>) parent.shape();
        B builder = shape.newBuilder();
        boolean complete = true;
        List<ExchangeColumn> empty = new ArrayList<>(1);
        for (ExchangeColumn column : COLUMNS) {
            if (column.parent() == parent) {
                boolean present = cell(column) != null;
                boolean stored = store(column, builder, value(column));
                if (!stored && column.field().required()) {
                    complete = false;
                    if (!present) {
                        empty.add(column);
                    }
                }
            }
        }
        for (ExchangeColumn column : empty) {
            problems.add(new ReadProblem(Kind.MISSING_FIELD, column.path(), FormatReason.EMPTY_CELL));
        }
        boolean rows = complete;
        for (int i = 0; rows && i < shape.size(); i++) {
            // a required field without a column of its own cannot be given in a table
            rows = !shape.field(i).required() || ExchangeColumn.forPath(parent.name() + '.' + shape.field(i).name()) != null;
        }
        if (rows) {
            ((Field<ImmutablePersonRecord.Builder>) parent).set(person, shape.build(builder));
        }
    }

    /** Stores a value read from a column with the setter of its row; false when there is none. */
    @SuppressWarnings("unchecked")
    private static <B> boolean store(ExchangeColumn column, B builder, Object value) {
        if (value == null) {
            return false;
        }
        Field<B> field = (Field<B>) column.field();
        switch (field.kind()) {
            case INTEGER:
                field.setInt(builder, (Integer) value);
                break;
            case DECIMAL:
                field.setDouble(builder, (Double) value);
                break;
            case AMOUNT:
                field.setLong(builder, (Long) value);
                break;
            default:
                field.set(builder, value);
                break;
        }
        return true;
    }

    private boolean reported(String path) {
        for (ReadProblem problem : problems) {
            if (problem.path().equals(path)) {
                return true;
            }
        }
        return false;
    }

    private void problem(Kind kind, ExchangeColumn column, FormatReason reason, Object... arguments) {
        problems.add(new ReadProblem(kind, column.path(), reason, arguments));
    }

    /** Returns the cell of a column, or null when the column is absent or the cell empty. */
    private Cell cell(ExchangeColumn column) {
        int index = layout.indexOf(column);
        if (index < 0) {
            return null;
        }
        Cell value = cells.apply(index);
        return value == null || (value.type() == Cell.Type.TEXT && value.text().isEmpty()) ? null : value;
    }

    /**
     * Reads the cell of a column by its row's kind, leniently as tables write values; null when the cell is
     * empty or its value invalid (the problem is recorded).
     */
    private Object value(ExchangeColumn column) {
        Cell cell = cell(column);
        if (cell == null) {
            return null;
        }
        Field<?> field = column.field();
        switch (field.kind()) {
            case TEXT:
            case RECORD_ID:
                return text(column, field, cell);
            case CODE:
                return code(column, field, cell);
            case SCALE:
                return scale(column, field, cell);
            case DATE: {
                LocalDate date = cell.type() == Cell.Type.DATE ? cell.date() : textDate(cell.asText().strip());
                return date != null ? date : invalid(column, FormatReason.EXPECTED_DATE);
            }
            case MONTH: {
                YearMonth month = textMonth(cell.type() == Cell.Type.DATE ? "" : cell.asText().strip());
                return month != null ? month : invalid(column, FormatReason.EXPECTED_MONTH);
            }
            case FLAG:
                return flag(column, cell);
            default:
                return number(column, field, cell);
        }
    }

    private Object invalid(ExchangeColumn column, FormatReason reason) {
        problem(Kind.WRONG_TYPE, column, reason);
        return null;
    }

    /** Returns a text cell within the length limit; an identifier a spreadsheet turned into a number is reported. */
    private String text(ExchangeColumn column, Field<?> field, Cell cell) {
        if (field.isIdentifier() && (cell.type() == Cell.Type.NUMBER
                || cell.type() == Cell.Type.TEXT && isScientificNotation(cell.text()))) {
            problem(Kind.WRONG_TYPE, column, FormatReason.NUMERIC_IDENTIFIER);
            return null;
        }
        String text = cell.asText();
        if (text.length() > field.maxLength()) {
            problem(Kind.TOO_LONG, column, FormatReason.STRING_TOO_LONG, field.maxLength());
            return null;
        }
        if (column.field().kind() == org.disabilitystandards.core.internal.format.FieldKind.RECORD_ID
                && !RecordIdFormat.hasOnlyAllowedCharacters(text)) {
            problem(Kind.WRONG_TYPE, column, FormatReason.RECORD_ID_CHARACTERS, field.maxLength());
            return null;
        }
        return text;
    }

    private CodedConcept code(ExchangeColumn column, Field<?> field, Cell cell) {
        String text = cell.type() == Cell.Type.DATE ? "" : cell.asText().strip();
        CodedConcept value = field.codes().findLenient(text);
        if (value == null) {
            problem(Kind.UNKNOWN_CODE, column, FormatReason.UNKNOWN_CODE, field.codes().codeSystem().id(),
                    field.codes().codeSystem().edition());
        } else if (value == field.excluded()) {
            problem(Kind.UNKNOWN_CODE, column, FormatReason.CODE_NOT_ALLOWED, value);
            return null;
        }
        return value;
    }

    /** Reads a scale value: its number, its constant's name, or the Chinese {@code 一级}..{@code 十级}. */
    private Object scale(ExchangeColumn column, Field<?> field, Cell cell) {
        String text = cell.type() == Cell.Type.DATE ? "" : cell.asText().strip();
        if (text.length() == 2 && text.charAt(1) == '级' && NUMERALS.indexOf(text.charAt(0)) >= 0) {
            text = Integer.toString(NUMERALS.indexOf(text.charAt(0)) + 1);
        }
        for (Object constant : field.scaleValues()) {
            if (((Enum<?>) constant).name().equals(text)) {
                return constant;
            }
        }
        long number = digits(text, 0, Math.min(text.length(), 9));
        if (text.isEmpty() || text.length() > 9 || number < 0) {
            problem(Kind.WRONG_TYPE, column, FormatReason.EXPECTED_INTEGER);
            return null;
        }
        Object value = field.scaleValue(number);
        if (value == null) {
            problem(Kind.UNKNOWN_CODE, column, FormatReason.NOT_ON_SCALE, field.minimum().intValue(),
                    field.maximum().intValue());
        }
        return value;
    }

    private Boolean flag(ExchangeColumn column, Cell cell) {
        String text = cell.asText().strip();
        if (text.equalsIgnoreCase("true") || text.equals("是")) {
            return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false") || text.equals("否")) {
            return Boolean.FALSE;
        }
        problem(Kind.WRONG_TYPE, column, FormatReason.EXPECTED_BOOLEAN);
        return null;
    }

    /** Reads an integer, a decimal or an amount in fen. */
    private Object number(ExchangeColumn column, Field<?> field, Cell cell) {
        BigDecimal number = cell.type() == Cell.Type.NUMBER ? cell.number() : decimal(cell);
        switch (field.kind()) {
            case INTEGER:
                if (number != null && number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(INT_LIMIT) < 0) {
                    return number.intValue();
                }
                return invalid(column, FormatReason.EXPECTED_INTEGER);
            case DECIMAL:
                return number != null ? (Object) number.doubleValue() : invalid(column, FormatReason.EXPECTED_NUMBER);
            default:
                if (number == null || number.stripTrailingZeros().scale() > 0 || number.abs().compareTo(LONG_LIMIT) >= 0) {
                    return invalid(column, FormatReason.EXPECTED_AMOUNT);
                }
                if (field.minimum() != null && number.longValue() < field.minimum()) {
                    return invalid(column, FormatReason.NEGATIVE_AMOUNT);
                }
                return number.longValue();
        }
    }

    private static final BigDecimal INT_LIMIT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_LIMIT = BigDecimal.valueOf(Long.MAX_VALUE);

    private static BigDecimal decimal(Cell cell) {
        if (cell.type() != Cell.Type.TEXT) {
            return null;
        }
        String text = cell.text().strip();
        if (text.isEmpty() || text.length() > 40 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Parses a month {@code yyyy-MM}; null if it is not one. */
    static YearMonth textMonth(String text) {
        if (text.length() != 7 || text.charAt(4) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        return year >= 1 && month >= 1 && month <= 12 ? YearMonth.of(year, month) : null;
    }

    /** Parses the accepted text forms of a date without exceptions; null if it is not a real date. */
    static LocalDate textDate(String text) {
        int length = text.length();
        if (length == 8 && digits(text, 0, 8) >= 0) {
            return date(digits(text, 0, 4), digits(text, 4, 2), digits(text, 6, 2));
        }
        if (length < 8 || length > 11) {
            return null;
        }
        char separator = text.charAt(4);
        if (separator != '-' && separator != '/' && separator != '.' && separator != '年') {
            return null;
        }
        char second = separator == '年' ? '月' : separator;
        int secondAt = text.indexOf(second, 5);
        if (secondAt < 6 || secondAt > 7) {
            return null;
        }
        int end = separator == '年' ? length - 1 : length;
        if (separator == '年' && text.charAt(length - 1) != '日' || end - secondAt - 1 < 1 || end - secondAt - 1 > 2) {
            return null;
        }
        if (separator == '-' && (secondAt != 7 || end - secondAt - 1 != 2)) {
            return null;
        }
        return date(digits(text, 0, 4), digits(text, 5, secondAt - 5), digits(text, secondAt + 1, end - secondAt - 1));
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        if (day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** True for text like {@code 6.30102E+17}: what a spreadsheet writes for a long number. */
    static boolean isScientificNotation(String text) {
        int e = Math.max(text.indexOf('E'), text.indexOf('e'));
        if (e < 1 || e + 2 > text.length() || text.charAt(e + 1) != '+') {
            return false;
        }
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

}
