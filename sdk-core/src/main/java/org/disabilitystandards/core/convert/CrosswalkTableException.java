package org.disabilitystandards.core.convert;

import java.util.OptionalInt;

/**
 * A crosswalk table that cannot be loaded: not JSON, a missing field, an invalid code, or a source grade
 * covered twice or not at all. The message names the row (1-based) where there is one.
 */
public final class CrosswalkTableException extends IllegalArgumentException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The 1-based row, 0 for the whole table. */
    private final int row;

    CrosswalkTableException(int row, String message) {
        super(row > 0 ? "crosswalk table, row " + row + ": " + message : "crosswalk table: " + message);
        this.row = row;
    }

    /**
     * Returns the 1-based row the problem is in.
     *
     * @return the row, or empty for a problem of the whole table
     */
    public OptionalInt row() {
        return row > 0 ? OptionalInt.of(row) : OptionalInt.empty();
    }
}
