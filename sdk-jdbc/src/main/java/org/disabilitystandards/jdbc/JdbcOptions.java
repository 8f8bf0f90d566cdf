package org.disabilitystandards.jdbc;

import java.util.Objects;

/**
 * How to read a database table or query: the fetch size (rows the driver brings per round trip; the
 * result set is streamed, never held whole) and the key column that names a row in issue positions
 * (default: none, the row number). Immutable.
 */
public final class JdbcOptions {

    /** Default fetch size. */
    public static final int DEFAULT_FETCH_SIZE = 1000;

    private static final JdbcOptions DEFAULTS = new JdbcOptions(DEFAULT_FETCH_SIZE, null);

    private final int fetchSize;
    private final String keyColumn;

    private JdbcOptions(int fetchSize, String keyColumn) {
        this.fetchSize = fetchSize;
        this.keyColumn = keyColumn;
    }

    /**
     * Returns the defaults: fetch size {@value #DEFAULT_FETCH_SIZE}, rows named by number.
     *
     * @return the options
     */
    public static JdbcOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another fetch size.
     *
     * @param rows at least 1
     * @return the copy
     * @throws IllegalArgumentException if below 1
     */
    public JdbcOptions fetchSize(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("fetchSize must be at least 1");
        }
        return new JdbcOptions(rows, keyColumn);
    }

    /**
     * Returns a copy whose rows are named by a column's value in issue positions (and, for a table, read in
     * its order). Choose a record id or primary key, never an ID number: positions are not masked.
     *
     * @param column the column label as the result set reports it
     * @return the copy
     */
    public JdbcOptions keyColumn(String column) {
        return new JdbcOptions(fetchSize, Objects.requireNonNull(column, "column"));
    }

    /**
     * Returns the fetch size.
     *
     * @return rows per round trip
     */
    public int fetchSize() {
        return fetchSize;
    }

    /**
     * Returns the key column.
     *
     * @return the column label, or null
     */
    public String keyColumn() {
        return keyColumn;
    }

    @Override
    public String toString() {
        return "JdbcOptions{fetchSize=" + fetchSize + ", keyColumn=" + keyColumn + "}";
    }
}
