package org.disabilitystandards.validation.batch;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.core.code.CodedConcept;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.Residence;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.json.ReadProblem.Kind;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.ImmutableCertificate;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.batch.CsvLayout.Column;

/**
 * Reads the data rows of the CSV flavour of the exchange format (version 1) into {@link PersonRecord}s,
 * with the same problem kinds and paths as the JSON Lines reader: an empty cell is an absent field; a
 * required field absent is {@code MISSING_FIELD}; an unknown code or a grade outside 1-4 is
 * {@code UNKNOWN_CODE}; a bad date or a record id outside {@code [A-Za-z0-9._-]} is {@code WRONG_TYPE}; a
 * text beyond 64 characters is {@code TOO_LONG}; invalid UTF-8, a broken quote or a wrong number of cells
 * is {@code MALFORMED_CSV} (rule FORMAT.MALFORMED_CSV). A certificate lacking a required
 * cell is dropped and the record kept. Not thread-safe: one instance per worker and batch.
 */
final class CsvRecordParser {

    /** Longest record id, name, ID number and region code kept (exchange format version 1). */
    static final int MAX_TEXT_LENGTH = 64;

    private static final String CERTIFICATE = "certificate.";

    private final CsvLayout layout;
    private final Utf8Text utf8 = new Utf8Text();
    private final List<String> cells = new ArrayList<>();
    private List<ReadProblem> problems;

    CsvRecordParser(CsvLayout layout) {
        this.layout = layout;
    }

    /**
     * Reads one data row into {@code out}.
     *
     * @param data   the bytes of the batch
     * @param offset where the row starts
     * @param length the row's length in bytes
     * @param out    receives the outcome
     */
    void read(byte[] data, int offset, int length, ParsedLine out) {
        problems = new ArrayList<>(2);
        cells.clear();
        String row = utf8.decode(data, offset, length);
        if (row == null) {
            malformed("row is not valid UTF-8", out);
            return;
        }
        String broken = CsvFields.split(row, cells);
        if (broken != null) {
            malformed(broken, out);
            return;
        }
        if (cells.size() != layout.width()) {
            malformed("row has " + cells.size() + " CSV fields, the header " + layout.width(), out);
            return;
        }
        String recordId = text(Column.RECORD_ID);
        if (recordId != null && !isRecordIdText(recordId)) {
            problems.add(new ReadProblem(Kind.WRONG_TYPE, Column.RECORD_ID.header, "not [A-Za-z0-9._-]"));
            recordId = null;
        }
        String idNumber = text(Column.ID_NUMBER);
        String name = text(Column.NAME);
        String regionCode = text(Column.REGION_CODE);
        boolean complete = required(recordId, Column.RECORD_ID) & required(idNumber, Column.ID_NUMBER)
                & required(name, Column.NAME) & required(regionCode, Column.REGION_CODE);
        Sex sex = code(Sex.values(), Column.SEX, Column.SEX.header);
        LocalDate birthDate = date(Column.BIRTH_DATE, Column.BIRTH_DATE.header);
        Residence residence = code(Residence.values(), Column.RESIDENCE, Column.RESIDENCE.header);
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
    }

    private void malformed(String detail, ParsedLine out) {
        problems.add(new ReadProblem(Kind.MALFORMED_CSV, "", detail));
        out.set(null, problems, null, null);
    }

    private Certificate certificate() {
        String number = text(Column.CERTIFICATE_NUMBER);
        String categoryText = cell(Column.CERTIFICATE_CATEGORY);
        String gradeText = cell(Column.CERTIFICATE_GRADE);
        String issuedText = cell(Column.CERTIFICATE_ISSUED_ON);
        String validText = cell(Column.CERTIFICATE_VALID_UNTIL);
        if (number == null && categoryText == null && gradeText == null && issuedText == null && validText == null) {
            return null;
        }
        DisabilityCategory category = code(DisabilityCategory.values(), Column.CERTIFICATE_CATEGORY,
                CERTIFICATE + "category");
        DisabilityGrade grade = grade();
        LocalDate issuedOn = date(Column.CERTIFICATE_ISSUED_ON, CERTIFICATE + "issuedOn");
        LocalDate validUntil = date(Column.CERTIFICATE_VALID_UNTIL, CERTIFICATE + "validUntil");
        boolean complete = requiredCertificate(number, Column.CERTIFICATE_NUMBER, "number")
                & requiredCertificate(categoryText, Column.CERTIFICATE_CATEGORY, "category")
                & requiredCertificate(gradeText, Column.CERTIFICATE_GRADE, "grade")
                & requiredCertificate(issuedText, Column.CERTIFICATE_ISSUED_ON, "issuedOn");
        if (!complete || category == null || grade == null || issuedOn == null) {
            return null;
        }
        ImmutableCertificate.Builder builder = Certificate.builder()
                .number(number).category(category).grade(grade).issuedOn(issuedOn);
        if (validUntil != null) {
            builder.validUntil(validUntil);
        }
        return builder.build();
    }

    private DisabilityGrade grade() {
        String text = cell(Column.CERTIFICATE_GRADE);
        if (text == null) {
            return null;
        }
        if (text.length() != 1 || text.charAt(0) < '0' || text.charAt(0) > '9') {
            problems.add(new ReadProblem(Kind.WRONG_TYPE, CERTIFICATE + "grade", "not an integer 1-4"));
            return null;
        }
        DisabilityGrade grade = DisabilityGrade.find(text.charAt(0) - '0').orElse(null);
        if (grade == null) {
            problems.add(new ReadProblem(Kind.UNKNOWN_CODE, CERTIFICATE + "grade", "grade outside 1-4"));
        }
        return grade;
    }

    private boolean required(String value, Column column) {
        if (value != null) {
            return true;
        }
        if (!reported(column.header)) {
            problems.add(new ReadProblem(Kind.MISSING_FIELD, column.header,
                    layout.indexOf(column) < 0 ? "required CSV column absent" : "empty cell"));
        }
        return false;
    }

    private boolean requiredCertificate(String value, Column column, String field) {
        if (value != null) {
            return true;
        }
        problems.add(new ReadProblem(Kind.MISSING_FIELD, CERTIFICATE + field, "empty cell"));
        return false;
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
    private String cell(Column column) {
        int index = layout.indexOf(column);
        if (index < 0) {
            return null;
        }
        String value = cells.get(index);
        return value.isEmpty() ? null : value;
    }

    /** Returns a text cell within the length limit, reporting a longer one. */
    private String text(Column column) {
        String value = cell(column);
        if (value != null && value.length() > MAX_TEXT_LENGTH) {
            problems.add(new ReadProblem(Kind.TOO_LONG, column.header,
                    "longer than " + MAX_TEXT_LENGTH + " characters"));
            return null;
        }
        return value;
    }

    private <T extends Enum<T> & CodedConcept> T code(T[] values, Column column, String path) {
        String text = cell(column);
        if (text == null) {
            return null;
        }
        T value = null;
        for (T candidate : values) {
            if (candidate.name().equals(text)) {
                value = candidate;
                break;
            }
        }
        if (value == null) {
            problems.add(new ReadProblem(Kind.UNKNOWN_CODE, path,
                    "not a code of " + values[0].codeSystem().id() + " (" + values[0].codeSystem().edition() + ")"));
        }
        return value;
    }

    private LocalDate date(Column column, String path) {
        String text = cell(column);
        if (text == null) {
            return null;
        }
        LocalDate date = isoDate(text);
        if (date == null) {
            problems.add(new ReadProblem(Kind.WRONG_TYPE, path, "not a date yyyy-MM-dd"));
        }
        return date;
    }

    /** Parses {@code yyyy-MM-dd} without exceptions; null if it is not a real date. */
    static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
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

    private static boolean isRecordIdText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
