package org.disabilitystandards.core.json;

import java.util.List;

/**
 * Why a line or a field of an exchange file could not be read (exchange format version 1,
 * docs/exchange-format.md): the program-readable reason of a {@link ReadProblem}, with the names of the
 * arguments it carries, in the manner of iban4j's {@code IbanFormatViolation}. The wording lives in the
 * message bundles of sdk-validation (keys {@code FORMAT.detail.<REASON>}, English and zh-CN), so that the
 * JSON Lines reader and the table readers (CSV, workbooks, databases) word the same fault the same way and
 * a Chinese message holds no English fragment.
 *
 * <p>Arguments are limits, counts, positions and code-system names: never a value from the input.
 */
public enum FormatReason {

    // ---------------------------------------------------------------- whole line or file
    /** An empty line (JSON Lines). */
    EMPTY_LINE,
    /** The line is JSON but not an object. */
    NOT_AN_OBJECT,
    /** Not well-formed JSON (truncated, garbage, invalid UTF-8, control characters). */
    NOT_WELL_FORMED("byte"),
    /** The line could not be read at all. */
    UNREADABLE_LINE,
    /** Content after the JSON object. */
    CONTENT_AFTER_OBJECT,
    /** The line is longer than the line limit. */
    LINE_TOO_LONG("limit"),
    /** Nesting, a string or a number beyond the parser's limits. */
    BEYOND_PARSER_LIMIT("byte"),
    /** The input is in a refused encoding (UTF-16 or UTF-32). */
    REFUSED_ENCODING("encoding"),
    /** The input holds no record at all (empty, blank lines, or a header without rows). */
    NO_RECORD,
    /** A line or row that is not valid text in the input encoding. */
    NOT_TEXT,

    // ---------------------------------------------------------------- table shape (CSV, workbook, database)
    /** The first row names no column of the format: the header row is missing, rows are not read. */
    NO_HEADER_ROW,
    /** A quoted CSV field that does not end on its line. */
    UNTERMINATED_QUOTE("field"),
    /** Text after the closing quote of a CSV field. */
    TEXT_AFTER_QUOTE("field"),
    /** A quote inside an unquoted CSV field. */
    QUOTE_IN_UNQUOTED_FIELD("field"),
    /** A row with another number of fields than the header. */
    FIELD_COUNT("fields", "expected"),
    /** A header that names no column of the format (by 1-based position). */
    UNKNOWN_COLUMN("column"),
    /** A header naming a column a second time. */
    DUPLICATE_COLUMN,
    /** A required column absent from the header. */
    COLUMN_ABSENT,
    /** A required cell left empty. */
    EMPTY_CELL,
    /** An identifier a spreadsheet stored as a number, so that digits are lost. */
    NUMERIC_IDENTIFIER,

    // ---------------------------------------------------------------- structure
    /** A field the format does not define (reported and ignored). */
    FIELD_NOT_DEFINED,
    /** A key that occurs twice in one object (the first value is kept). */
    DUPLICATE_KEY,
    /** A required field absent. */
    FIELD_ABSENT,
    /** A required field given as {@code null}. */
    FIELD_NULL,
    /** A string field given as the empty string. */
    EMPTY_STRING,
    /** An object expected. */
    EXPECTED_OBJECT,
    /** An array expected. */
    EXPECTED_ARRAY,
    /** A {@code null} element of an array. */
    NULL_ELEMENT,
    /** An array longer than its limit. */
    ARRAY_TOO_LONG("limit"),

    // ---------------------------------------------------------------- values
    /** A string expected. */
    EXPECTED_STRING,
    /** A string longer than its limit. */
    STRING_TOO_LONG("limit"),
    /** A record id with a character outside {@code A-Z a-z 0-9 . _ -}. */
    RECORD_ID_CHARACTERS("limit"),
    /** A code (a string) expected. */
    EXPECTED_CODE,
    /** A code its code system does not define. */
    UNKNOWN_CODE("codeSystem", "edition"),
    /** A code of the code system that this field does not allow. */
    CODE_NOT_ALLOWED("code"),
    /** An integer expected. */
    EXPECTED_INTEGER,
    /** An integer outside its numbered scale. */
    NOT_ON_SCALE("min", "max"),
    /** A finite number expected. */
    EXPECTED_NUMBER,
    /** An integer amount in fen expected. */
    EXPECTED_AMOUNT,
    /** A negative amount where the format requires zero or more. */
    NEGATIVE_AMOUNT,
    /** {@code true} or {@code false} expected. */
    EXPECTED_BOOLEAN,
    /** A date {@code yyyy-MM-dd} expected. */
    EXPECTED_DATE,
    /** A month {@code yyyy-MM} expected. */
    EXPECTED_MONTH,
    /** A period that ends before it starts. */
    PERIOD_REVERSED;

    private final List<String> argumentNames;

    FormatReason(String... argumentNames) {
        this.argumentNames = List.of(argumentNames);
    }

    /**
     * Returns the names of the arguments this reason carries, in order; they name the placeholders of its
     * message templates.
     *
     * @return the names, possibly empty
     */
    public List<String> argumentNames() {
        return argumentNames;
    }
}
