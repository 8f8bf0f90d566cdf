package org.disabilitystandards.validation.batch;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A table-shaped input of exchange records read one row at a time: a workbook sheet (module
 * {@code sdk-xlsx}) or a database table or query (module {@code sdk-jdbc}). The header names are mapped to
 * {@link ExchangeColumn}s by a {@link ColumnMapping}; each row becomes one record with the same rules,
 * duplicate detection, ordering and counts as a JSON Lines file
 * ({@link ExchangeFileValidator#validate(RowSource, ColumnMapping, BatchListener)}).
 *
 * <p>A source is used by one run on one thread (the run's reading thread) and closed by its opener. It
 * formats positions for issues, which are computed on worker threads: {@link #position} must be
 * thread-safe.
 */
public interface RowSource extends Closeable {

    /**
     * Returns the header names in column order (an empty name for an empty header cell).
     *
     * @return the header
     */
    List<String> header();

    /**
     * Returns the line number of the header row, for the issues of the header.
     *
     * @return the line, at least 1
     */
    long headerLine();

    /**
     * Reads the next data row, skipping empty ones.
     *
     * @return the row, or null at the end
     * @throws IOException if the source cannot be read
     */
    SourceRow next() throws IOException;

    /**
     * Names where an issue is: a cell, a row, or a header cell.
     *
     * @param row    the row, or null for the header row
     * @param column the 0-based column, or -1 for the whole row
     * @return for example {@code Sheet1!D17}
     */
    String position(SourceRow row, int column);

    /**
     * Returns how much of the input has been read, for progress (bytes, or rows when bytes are unknown).
     *
     * @return the amount read so far
     */
    long progress();
}
