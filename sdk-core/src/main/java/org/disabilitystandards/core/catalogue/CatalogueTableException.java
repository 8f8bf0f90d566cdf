package org.disabilitystandards.core.catalogue;

/**
 * An assistive-device catalogue that cannot be loaded: the message names the line and the column, never the
 * cell's value.
 */
public final class CatalogueTableException extends IllegalArgumentException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The line of the CSV file (1-based). */
    private final int line;
    /** The column at fault, or empty. */
    private final String column;

    CatalogueTableException(int line, String column, String message) {
        super("assistive-device catalogue, line " + line + (column.isEmpty() ? "" : ", column " + column) + ": "
                + message);
        this.line = line;
        this.column = column;
    }

    /**
     * Returns the line of the CSV file (1-based).
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column at fault.
     *
     * @return the column name, or empty for a defect of the whole line
     */
    public String column() {
        return column;
    }
}
