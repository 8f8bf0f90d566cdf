package org.disabilitystandards.validation.batch;

import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.json.ReadProblem.Kind;

/**
 * The columns of a CSV exchange file, read from its header row (exchange format version 1, CSV flavour:
 * {@code recordId,idNumber,name,sex,birthDate,regionCode,residence,certificateNumber,certificateCategory,
 * certificateGrade,certificateIssuedOn,certificateValidUntil} in any order, or the Chinese headers of
 * {@link ColumnMapping}). Unknown columns are reported ({@code FORMAT.UNKNOWN_FIELD}) and ignored; a missing
 * required column ({@code recordId}, {@code idNumber}, {@code name}, {@code regionCode}) is reported
 * ({@code FORMAT.MISSING_FIELD}) once, on the header line. Immutable once built; shared by the workers.
 */
final class CsvLayout {

    private final ColumnLayout columns;

    private CsvLayout(ColumnLayout columns) {
        this.columns = columns;
    }

    /**
     * Reads the header row with the standard alias table.
     *
     * @param header the decoded header line, or null if it is not valid text
     * @return the layout with the header's problems
     */
    static CsvLayout fromHeader(String header) {
        return fromHeader(header, ColumnMapping.standard());
    }

    /**
     * Reads the header row.
     *
     * @param header  the decoded header line, or null if it is not valid text
     * @param mapping the alias table
     * @return the layout with the header's problems
     */
    static CsvLayout fromHeader(String header, ColumnMapping mapping) {
        List<String> names = new ArrayList<>();
        String malformed = header == null ? "header row is not valid text in the input encoding"
                : CsvFields.split(header, names);
        if (malformed != null) {
            return new CsvLayout(ColumnLayout.unreadable(new ReadProblem(Kind.MALFORMED_CSV, "", malformed)));
        }
        return new CsvLayout(ColumnLayout.fromHeader(names, mapping, false));
    }

    /**
     * Returns the problems of the header row, to be reported on its line.
     *
     * @return the problems, possibly empty
     */
    List<ReadProblem> problems() {
        return columns.problems();
    }

    /**
     * Returns the number of fields of the header row; every data row must have as many.
     *
     * @return the width
     */
    int width() {
        return columns.width();
    }

    /** Returns the column layout shared with workbooks and tables. */
    ColumnLayout columns() {
        return columns;
    }
}
