package org.disabilitystandards.validation.batch;

import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.core.json.FormatReason;
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

    /** The layout of a CSV input without any row: nothing to report on a header, no columns. */
    static final CsvLayout NO_ROWS = new CsvLayout(ColumnLayout.withoutColumns(List.of()), false);

    private final ColumnLayout columns;
    private final boolean headerless;

    private CsvLayout(ColumnLayout columns, boolean headerless) {
        this.columns = columns;
        this.headerless = headerless;
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
        ReadProblem.Detail malformed = header == null ? new ReadProblem.Detail(FormatReason.NOT_TEXT, List.of())
                : CsvFields.split(header, names);
        if (malformed != null) {
            return new CsvLayout(ColumnLayout.unreadable(new ReadProblem(Kind.MALFORMED_CSV, "", malformed)), false);
        }
        ColumnLayout layout = ColumnLayout.fromHeader(names, mapping, false);
        if (!names.isEmpty() && names.stream().noneMatch(name -> isHeaderName(name, mapping))) {
            // a first row naming no column of the format is data: the header row is missing
            return new CsvLayout(ColumnLayout.withoutColumns(List.of(new ReadProblem(Kind.MALFORMED_CSV, "",
                    FormatReason.NO_HEADER_ROW))), true);
        }
        return new CsvLayout(layout, false);
    }

    /** A column of the format, or a template column the mapping knows and ignores (民族, 备注). */
    private static boolean isHeaderName(String name, ColumnMapping mapping) {
        return mapping.find(name).isPresent() || mapping.isIgnored(name);
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
