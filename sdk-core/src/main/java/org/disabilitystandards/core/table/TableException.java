package org.disabilitystandards.core.table;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A data table that cannot be loaded. It names the table (a bundled resource or the name an embedder gave
 * its file), the edition the table declares where it could be read, the position of the fault (a JSON
 * pointer such as {@code /rows/2/grades/0} for a JSON table, {@code line 12, column code} for a line table)
 * and a {@link Reason}. The message never contains a table's cell values beyond codes and field names, so it
 * is safe to log.
 *
 * <p>Every table of the SDK raises this one type: division codes (GB/T 2260), the GB/T 26341-2010 thresholds,
 * crosswalks, benefit equivalences, code translation, the rule catalogue, validation and indicator profiles,
 * quota plan targets, code names and assistive-product catalogues.
 */
public final class TableException extends IllegalArgumentException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** What is wrong with the table. */
    public enum Reason {
        /** A bundled resource is missing from the class path (a broken build). */
        MISSING_RESOURCE,
        /** The table could not be read (an I/O error). */
        UNREADABLE,
        /** The text is not well-formed (not JSON, a missing header, a wrong number of cells). */
        MALFORMED,
        /** A required field or column is missing or empty. */
        MISSING_FIELD,
        /** A field the table's schema does not know (a misspelt name). */
        UNKNOWN_FIELD,
        /** A value of the wrong type (a string where a number belongs, an object where a list belongs). */
        WRONG_TYPE,
        /** A code that is not in its code system (an unknown category, source system or rule id). */
        UNKNOWN_CODE,
        /** A key that must be unique appears twice (a JSON field, a code, a row key). */
        DUPLICATE_KEY,
        /** A value that breaks a rule of the table (order, range, coverage). */
        INVALID_VALUE
    }

    /** The table: a resource or file name. */
    private final String table;
    /** The declared edition, or null. */
    private final String edition;
    /** The JSON pointer or line position, or empty. */
    private final String location;
    /** The 1-based line, or 0. */
    private final int line;
    /** What is wrong. */
    private final Reason reason;
    /** The description of the fault. */
    private final String detail;

    /**
     * Creates the exception.
     *
     * @param table    the table: a resource name or a file name
     * @param edition  the edition the table declares, or {@code null} when it could not be read
     * @param location the position: a JSON pointer, {@code line N[, column C]}, or empty for the whole table
     * @param line     the 1-based line of the text, or 0 when unknown
     * @param reason   what is wrong
     * @param detail   a short description that names fields and codes, never personal data
     * @param cause    the underlying exception, or {@code null}
     */
    public TableException(String table, String edition, String location, int line, Reason reason, String detail,
            Throwable cause) {
        super(message(table, edition, location, line, reason, detail), cause);
        this.table = Objects.requireNonNull(table, "table");
        this.edition = edition;
        this.location = Objects.requireNonNull(location, "location");
        this.line = Math.max(line, 0);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    private static String message(String table, String edition, String location, int line, Reason reason,
            String detail) {
        StringBuilder text = new StringBuilder("table ").append(table);
        if (edition != null) {
            text.append(" (edition ").append(edition).append(')');
        }
        if (!location.isEmpty()) {
            text.append(" at ").append(location);
        }
        if (line > 0 && !location.startsWith("line ")) {
            text.append(" (line ").append(line).append(')');
        }
        return text.append(": ").append(reason).append(", ").append(detail).toString();
    }

    /**
     * Returns the table: the bundled resource or the file name given by the embedder.
     *
     * @return the table name
     */
    public String table() {
        return table;
    }

    /**
     * Returns the edition the table declares ({@code version}, {@code edition} or a {@code # edition:} line).
     *
     * @return the edition, or empty when the table is too broken to tell
     */
    public Optional<String> edition() {
        return Optional.ofNullable(edition);
    }

    /**
     * Returns the position of the fault: a JSON pointer (RFC 6901) for a JSON table, {@code line N} or
     * {@code line N, column C} for a line table.
     *
     * @return the position, empty for a fault of the whole table
     */
    public String location() {
        return location;
    }

    /**
     * Returns the 1-based line of the table's text the fault is on, where known.
     *
     * @return the line, or empty
     */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /**
     * Returns what is wrong.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the description of the fault, without the table name and position.
     *
     * @return the detail
     */
    public String detail() {
        return detail;
    }
}
