package org.disabilitystandards.validation.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.json.ReadProblem.Kind;

/**
 * The columns of a CSV exchange file, read from its header row (exchange format version 1, CSV flavour:
 * {@code recordId,idNumber,name,sex,birthDate,regionCode,residence,certificateNumber,certificateCategory,
 * certificateGrade,certificateIssuedOn,certificateValidUntil}, in any order). Unknown columns are reported
 * ({@code FORMAT.UNKNOWN_FIELD}) and ignored; a missing required column ({@code recordId}, {@code idNumber},
 * {@code name}, {@code regionCode}) is reported ({@code FORMAT.MISSING_FIELD}) once, on the header line.
 * Immutable once built; shared by the workers.
 */
final class CsvLayout {

    /** The columns of the CSV flavour, in the order of the format. */
    enum Column {
        RECORD_ID("recordId", true),
        ID_NUMBER("idNumber", true),
        NAME("name", true),
        SEX("sex", false),
        BIRTH_DATE("birthDate", false),
        REGION_CODE("regionCode", true),
        RESIDENCE("residence", false),
        CERTIFICATE_NUMBER("certificateNumber", false),
        CERTIFICATE_CATEGORY("certificateCategory", false),
        CERTIFICATE_GRADE("certificateGrade", false),
        CERTIFICATE_ISSUED_ON("certificateIssuedOn", false),
        CERTIFICATE_VALID_UNTIL("certificateValidUntil", false);

        final String header;
        final boolean required;

        Column(String header, boolean required) {
            this.header = header;
            this.required = required;
        }
    }

    private static final Column[] COLUMNS = Column.values();

    /** The layout of a CSV input without any row: nothing to report on a header, no columns. */
    static final CsvLayout NO_ROWS = new CsvLayout(new int[COLUMNS.length], 0, List.of(), false);

    private final int[] indexOf;
    private final int width;
    private final List<ReadProblem> problems;

    private final boolean headerless;

    private CsvLayout(int[] indexOf, int width, List<ReadProblem> problems, boolean headerless) {
        this.indexOf = indexOf;
        this.width = width;
        this.problems = problems;
        this.headerless = headerless;
    }

    /**
     * Reads the header row.
     *
     * @param header the decoded header line, or null if it is not valid UTF-8
     * @return the layout with the header's problems
     */
    static CsvLayout fromHeader(String header) {
        int[] indexOf = new int[COLUMNS.length];
        Arrays.fill(indexOf, -1);
        List<ReadProblem> problems = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String malformed = header == null ? "header row is not valid UTF-8" : CsvFields.split(header, names);
        if (malformed != null) {
            problems.add(new ReadProblem(Kind.MALFORMED_CSV, "", malformed));
            names.clear();
        }
        for (int position = 0; position < names.size(); position++) {
            String name = names.get(position).strip();
            Column column = find(name);
            if (column == null) {
                problems.add(new ReadProblem(Kind.UNKNOWN_FIELD, "", "unknown CSV column " + (position + 1)));
            } else if (indexOf[column.ordinal()] >= 0) {
                problems.add(new ReadProblem(Kind.WRONG_TYPE, column.header, "duplicate CSV column"));
            } else {
                indexOf[column.ordinal()] = position;
            }
        }
        for (Column column : COLUMNS) {
            if (column.required && indexOf[column.ordinal()] < 0) {
                problems.add(new ReadProblem(Kind.MISSING_FIELD, column.header, "required CSV column absent"));
            }
        }
        if (malformed == null && !names.isEmpty() && Arrays.stream(indexOf).allMatch(i -> i < 0)) {
            // a first row naming no column of the format is data: the header row is missing
            return new CsvLayout(indexOf, 0, List.of(new ReadProblem(Kind.MALFORMED_CSV, "",
                    "the first row names no column of the exchange format: the header row is missing (rows not read)")),
                    true);
        }
        return new CsvLayout(indexOf, names.size(), Collections.unmodifiableList(problems), false);
    }

    private static Column find(String name) {
        for (Column column : COLUMNS) {
            if (column.header.equals(name)) {
                return column;
            }
        }
        return null;
    }

    /**
     * Returns whether the first row is not a header row (it names no column of the format), so that the
     * file's rows cannot be read as records.
     *
     * @return true if the header row is missing
     */
    boolean isHeaderless() {
        return headerless;
    }

    /**
     * Returns the problems of the header row, to be reported on its line.
     *
     * @return the problems, possibly empty
     */
    List<ReadProblem> problems() {
        return problems;
    }

    /**
     * Returns the number of fields of the header row; every data row must have as many.
     *
     * @return the width
     */
    int width() {
        return width;
    }

    /**
     * Returns the position of a column in a row.
     *
     * @param column the column
     * @return the 0-based position, or -1 if the header has no such column
     */
    int indexOf(Column column) {
        return indexOf[column.ordinal()];
    }
}
