package org.disabilitystandards.validation.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.disabilitystandards.core.json.FormatReason;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.json.ReadProblem.Kind;

/**
 * The columns of a table-shaped input (CSV header row, workbook header row, database column labels) read
 * with a {@link ColumnMapping}: which position holds which {@link ExchangeColumn}. Unknown headers are
 * reported ({@code FORMAT.UNKNOWN_FIELD}) and ignored, a header naming a column twice is {@code WRONG_TYPE},
 * and a missing required column ({@link ExchangeColumn#required()}; the record id only where the input has
 * no row of its own to stand for it) is {@code MISSING_FIELD}, all once, on the header. Immutable once built;
 * shared by the workers.
 */
final class ColumnLayout {

    private static final ExchangeColumn[] COLUMNS = ExchangeColumn.values();

    private final int[] indexOf;
    private final int width;
    private final boolean rowIsRecordId;
    private final List<ReadProblem> problems;
    private final int[] problemColumns;

    private ColumnLayout(int[] indexOf, int width, boolean rowIsRecordId, List<ReadProblem> problems,
            int[] problemColumns) {
        this.indexOf = indexOf;
        this.width = width;
        this.rowIsRecordId = rowIsRecordId;
        this.problems = problems;
        this.problemColumns = problemColumns;
    }

    /**
     * Reads a header.
     *
     * @param names         the header names in column order
     * @param mapping       the alias table
     * @param rowIsRecordId true where a missing record id column means "the row is the record id"
     *                      (workbooks, tables), false where the record id column is required (CSV)
     * @return the layout with the header's problems
     */
    static ColumnLayout fromHeader(List<String> names, ColumnMapping mapping, boolean rowIsRecordId) {
        int[] indexOf = new int[COLUMNS.length];
        Arrays.fill(indexOf, -1);
        List<ReadProblem> problems = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (int position = 0; position < names.size(); position++) {
            String name = names.get(position);
            ExchangeColumn column = mapping.find(name).orElse(null);
            if (column == null) {
                if (!name.isBlank() && !mapping.isIgnored(name)) {
                    problems.add(new ReadProblem(Kind.UNKNOWN_FIELD, "", FormatReason.UNKNOWN_COLUMN, position + 1));
                    columns.add(position);
                }
            } else if (indexOf[column.ordinal()] >= 0) {
                problems.add(new ReadProblem(Kind.WRONG_TYPE, column.path(), FormatReason.DUPLICATE_COLUMN));
                columns.add(position);
            } else {
                indexOf[column.ordinal()] = position;
            }
        }
        for (ExchangeColumn column : COLUMNS) {
            boolean required = column.required() && !(rowIsRecordId && column == ExchangeColumn.RECORD_ID);
            if (required && indexOf[column.ordinal()] < 0) {
                problems.add(new ReadProblem(Kind.MISSING_FIELD, column.path(), FormatReason.COLUMN_ABSENT));
                columns.add(-1);
            }
        }
        return new ColumnLayout(indexOf, names.size(), rowIsRecordId && indexOf[ExchangeColumn.RECORD_ID.ordinal()] < 0,
                Collections.unmodifiableList(problems), columns.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Returns a layout whose header could not be read at all: every row will be malformed.
     *
     * @param problem the header's problem
     * @return the layout
     */
    static ColumnLayout unreadable(ReadProblem problem) {
        int[] indexOf = new int[COLUMNS.length];
        Arrays.fill(indexOf, -1);
        List<ReadProblem> problems = new ArrayList<>();
        problems.add(problem);
        for (ExchangeColumn column : COLUMNS) {
            if (column.required()) {
                problems.add(new ReadProblem(Kind.MISSING_FIELD, column.path(), FormatReason.COLUMN_ABSENT));
            }
        }
        int[] columns = new int[problems.size()];
        Arrays.fill(columns, -1);
        return new ColumnLayout(indexOf, 0, false, Collections.unmodifiableList(problems), columns);
    }

    /**
     * Returns a layout with no columns and only the given problems: an input without rows (no problem), or
     * one whose first row is data rather than a header (one problem; its rows are not read).
     *
     * @param problems the problems, reported on the whole header
     * @return the layout
     */
    static ColumnLayout withoutColumns(List<ReadProblem> problems) {
        int[] indexOf = new int[COLUMNS.length];
        Arrays.fill(indexOf, -1);
        int[] columns = new int[problems.size()];
        Arrays.fill(columns, -1);
        return new ColumnLayout(indexOf, 0, false, List.copyOf(problems), columns);
    }

    /** Returns the problems of the header, to be reported on its line. */
    List<ReadProblem> problems() {
        return problems;
    }

    /** Returns the header column of problem {@code i} of {@link #problems()}, -1 for the whole header. */
    int problemColumn(int i) {
        return problemColumns[i];
    }

    /** Returns the number of header names; every CSV data row must have as many fields. */
    int width() {
        return width;
    }

    /** Returns whether records take the row as their record id (no record id column in a workbook or table). */
    boolean rowIsRecordId() {
        return rowIsRecordId;
    }

    /** Returns the 0-based position of a column, or -1 if the header has no such column. */
    int indexOf(ExchangeColumn column) {
        return indexOf[column.ordinal()];
    }
}
