package org.disabilitystandards.validation.batch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.disabilitystandards.core.code.CodedConcept;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.Residence;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.json.RecordIdFormat;
import org.disabilitystandards.core.json.ReadProblem.Kind;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.ImmutableCertificate;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.PersonRecord;

/**
 * Turns the cells of one table row into a {@link PersonRecord} (exchange format version 1, flat fields of the
 * CSV flavour): the one place where CSV rows, workbook rows and database rows become records, with the same
 * problem kinds and paths as the JSON Lines reader.
 *
 * <ul>
 *   <li>An empty cell is an absent field; a required field absent is {@code MISSING_FIELD}. Without a record
 *       id column (workbooks, tables) the record id is {@code R} and the row number.</li>
 *   <li>Codes may be written as the enum name ({@code VISUAL}), the code ({@code 1}) or the Chinese name
 *       ({@code 视力残疾}, {@code 男}, {@code 城镇}); grades as {@code 1}-{@code 4} or {@code 一级}-{@code 四级}.
 *       Anything else is {@code UNKNOWN_CODE} (a grade outside 1-4 too).</li>
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

    /** Longest record id, name, ID number and region code kept (exchange format version 1). */
    static final int MAX_TEXT_LENGTH = 64;

    /** The detail of an identifier that a spreadsheet turned into a number. */
    static final String NUMERIC_IDENTIFIER = "stored as a number, so digits are lost (Excel shows it like "
            + "6.30102E+17): store ID and certificate numbers as text";

    private static final String[] GRADE_NAMES = {"一级", "二级", "三级", "四级"};

    private final ColumnLayout layout;
    private IntFunction<Cell> cells;
    private List<ReadProblem> problems;

    RowMapper(ColumnLayout layout) {
        this.layout = layout;
    }

    /**
     * Maps one row into {@code out}.
     *
     * @param rowCells  the row's cells by column index (null for empty ones)
     * @param rowNumber the row's number, for the record id of a table without a record id column
     * @param out       receives the outcome
     */
    void map(IntFunction<Cell> rowCells, long rowNumber, ParsedLine out) {
        cells = rowCells;
        problems = new ArrayList<>(2);
        String recordId = layout.rowIsRecordId() ? "R" + rowNumber : text(ExchangeColumn.RECORD_ID);
        if (recordId != null && !RecordIdFormat.hasOnlyAllowedCharacters(recordId)) {
            problems.add(new ReadProblem(Kind.WRONG_TYPE, ExchangeColumn.RECORD_ID.path(), "not [A-Za-z0-9._-]"));
            recordId = null;
        }
        String idNumber = identifier(ExchangeColumn.ID_NUMBER);
        String name = text(ExchangeColumn.NAME);
        String regionCode = text(ExchangeColumn.REGION_CODE);
        boolean complete = required(recordId, ExchangeColumn.RECORD_ID) & required(idNumber, ExchangeColumn.ID_NUMBER)
                & required(name, ExchangeColumn.NAME) & required(regionCode, ExchangeColumn.REGION_CODE);
        Sex sex = code(Sex.values(), ExchangeColumn.SEX);
        LocalDate birthDate = date(ExchangeColumn.BIRTH_DATE);
        Residence residence = code(Residence.values(), ExchangeColumn.RESIDENCE);
        Certificate certificate = certificate();
        PersonRecord record = null;
        if (complete) {
            ImmutablePersonRecord.Builder builder = PersonRecord.builder()
                    .recordId(recordId).idNumber(idNumber).name(name).regionCode(regionCode);
            if (sex != null) {
                builder.sex(sex);
            }
            if (birthDate != null) {
                builder.birthDate(birthDate);
            }
            if (residence != null) {
                builder.residence(residence);
            }
            if (certificate != null) {
                builder.certificate(certificate);
            }
            record = builder.build();
        }
        out.set(record, problems, recordId, idNumber);
        cells = null;
    }

    private Certificate certificate() {
        String number = identifier(ExchangeColumn.CERTIFICATE_NUMBER);
        boolean numberPresent = cell(ExchangeColumn.CERTIFICATE_NUMBER) != null;
        Cell categoryCell = cell(ExchangeColumn.CERTIFICATE_CATEGORY);
        Cell gradeCell = cell(ExchangeColumn.CERTIFICATE_GRADE);
        Cell issuedCell = cell(ExchangeColumn.CERTIFICATE_ISSUED_ON);
        if (!numberPresent && categoryCell == null && gradeCell == null && issuedCell == null
                && cell(ExchangeColumn.CERTIFICATE_VALID_UNTIL) == null) {
            return null;
        }
        DisabilityCategory category = code(DisabilityCategory.values(), ExchangeColumn.CERTIFICATE_CATEGORY);
        DisabilityGrade grade = grade(gradeCell);
        LocalDate issuedOn = date(ExchangeColumn.CERTIFICATE_ISSUED_ON);
        LocalDate validUntil = date(ExchangeColumn.CERTIFICATE_VALID_UNTIL);
        boolean complete = requiredCertificate(numberPresent, ExchangeColumn.CERTIFICATE_NUMBER)
                & requiredCertificate(categoryCell != null, ExchangeColumn.CERTIFICATE_CATEGORY)
                & requiredCertificate(gradeCell != null, ExchangeColumn.CERTIFICATE_GRADE)
                & requiredCertificate(issuedCell != null, ExchangeColumn.CERTIFICATE_ISSUED_ON);
        if (!complete || number == null || category == null || grade == null || issuedOn == null) {
            return null;
        }
        ImmutableCertificate.Builder builder = Certificate.builder()
                .number(number).category(category).grade(grade).issuedOn(issuedOn);
        if (validUntil != null) {
            builder.validUntil(validUntil);
        }
        return builder.build();
    }

    private DisabilityGrade grade(Cell cell) {
        if (cell == null) {
            return null;
        }
        String path = ExchangeColumn.CERTIFICATE_GRADE.path();
        String text = cell.type() == Cell.Type.DATE ? null : cell.asText().strip();
        if (text == null || text.isEmpty()) {
            problems.add(new ReadProblem(Kind.WRONG_TYPE, path, "not an integer 1-4"));
            return null;
        }
        for (int i = 0; i < GRADE_NAMES.length; i++) {
            if (GRADE_NAMES[i].equals(text)) {
                return DisabilityGrade.of(i + 1);
            }
        }
        for (DisabilityGrade grade : DisabilityGrade.values()) {
            if (grade.name().equals(text)) {
                return grade;
            }
        }
        if (text.length() != 1 || text.charAt(0) < '0' || text.charAt(0) > '9') {
            problems.add(new ReadProblem(Kind.WRONG_TYPE, path, "not an integer 1-4"));
            return null;
        }
        DisabilityGrade grade = DisabilityGrade.find(text.charAt(0) - '0').orElse(null);
        if (grade == null) {
            problems.add(new ReadProblem(Kind.UNKNOWN_CODE, path, "grade outside 1-4"));
        }
        return grade;
    }

    private boolean required(String value, ExchangeColumn column) {
        if (value != null) {
            return true;
        }
        if (!reported(column.path())) {
            problems.add(new ReadProblem(Kind.MISSING_FIELD, column.path(),
                    layout.indexOf(column) < 0 ? "required column absent" : "empty cell"));
        }
        return false;
    }

    private boolean requiredCertificate(boolean present, ExchangeColumn column) {
        if (!present) {
            problems.add(new ReadProblem(Kind.MISSING_FIELD, column.path(), "empty cell"));
        }
        return present;
    }

    private boolean reported(String path) {
        for (ReadProblem problem : problems) {
            if (problem.path().equals(path)) {
                return true;
            }
        }
        return false;
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

    /** Returns a text cell within the length limit, reporting a longer one. */
    private String text(ExchangeColumn column) {
        Cell value = cell(column);
        if (value == null) {
            return null;
        }
        String text = value.asText();
        if (text.length() > MAX_TEXT_LENGTH) {
            problems.add(new ReadProblem(Kind.TOO_LONG, column.path(), "longer than " + MAX_TEXT_LENGTH + " characters"));
            return null;
        }
        return text;
    }

    /** Returns an identifier's text, reporting one that a spreadsheet turned into a number. */
    private String identifier(ExchangeColumn column) {
        Cell value = cell(column);
        if (value != null && (value.type() == Cell.Type.NUMBER
                || value.type() == Cell.Type.TEXT && isScientificNotation(value.text()))) {
            problems.add(new ReadProblem(Kind.WRONG_TYPE, column.path(), NUMERIC_IDENTIFIER));
            return null;
        }
        return text(column);
    }

    private <T extends Enum<T> & CodedConcept> T code(T[] values, ExchangeColumn column) {
        Cell value = cell(column);
        if (value == null) {
            return null;
        }
        String text = value.type() == Cell.Type.DATE ? "" : value.asText().strip();
        for (T candidate : values) {
            if (candidate.name().equals(text) || candidate.nameZh().equals(text) || candidate.code().equals(text)) {
                return candidate;
            }
        }
        problems.add(new ReadProblem(Kind.UNKNOWN_CODE, column.path(),
                "not a code of " + values[0].codeSystem().id() + " (" + values[0].codeSystem().edition() + ")"));
        return null;
    }

    private LocalDate date(ExchangeColumn column) {
        Cell value = cell(column);
        if (value == null) {
            return null;
        }
        LocalDate date = value.type() == Cell.Type.DATE ? value.date() : textDate(value.asText().strip());
        if (date == null) {
            problems.add(new ReadProblem(Kind.WRONG_TYPE, column.path(),
                    "not a date (yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日 or yyyyMMdd)"));
        }
        return date;
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
