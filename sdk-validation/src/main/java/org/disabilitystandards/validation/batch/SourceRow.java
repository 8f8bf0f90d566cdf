package org.disabilitystandards.validation.batch;

import java.util.Arrays;
import java.util.Objects;

/**
 * One data row of a {@link RowSource}: its number (the sheet row for a workbook, the 1-based row in result
 * order for a database table; used as the issues' line and in duplicate messages), an optional key that
 * names it in its source (a database table's key column), and its cells by column index (null where the
 * cell is empty). Immutable once handed to the validator; {@link #toString()} shows no cell value.
 */
public final class SourceRow {

    private final long number;
    private final String key;
    private final Cell[] cells;

    /**
     * Creates a row.
     *
     * @param number the row number, at least 1
     * @param key    the row's key in its source, or null
     * @param cells  the cells by column index, null for empty ones (copied)
     * @throws IllegalArgumentException if the number is below 1
     */
    public SourceRow(long number, String key, Cell[] cells) {
        if (number < 1) {
            throw new IllegalArgumentException("row numbers start at 1");
        }
        this.number = number;
        this.key = key;
        this.cells = Objects.requireNonNull(cells, "cells").clone();
    }

    /**
     * Returns the row number.
     *
     * @return the number, at least 1
     */
    public long number() {
        return number;
    }

    /**
     * Returns the row's key in its source.
     *
     * @return the key, or null
     */
    public String key() {
        return key;
    }

    /**
     * Returns the number of cells (the highest non-empty column index plus one, or more).
     *
     * @return the width
     */
    public int width() {
        return cells.length;
    }

    /**
     * Returns a cell.
     *
     * @param column the 0-based column index
     * @return the cell, or null when it is empty or beyond the row's width
     */
    public Cell cell(int column) {
        return column >= 0 && column < cells.length ? cells[column] : null;
    }

    @Override
    public String toString() {
        return "SourceRow{" + number + ", " + cells.length + " cells, non-empty "
                + Arrays.stream(cells).filter(Objects::nonNull).count() + "}";
    }
}
