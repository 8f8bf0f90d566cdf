package org.disabilitystandards.core.json;

import java.util.Objects;

/**
 * A problem found while reading one exchange record: what kind, where (a field path such as
 * {@code certificate.grade} or {@code assessments[0].measurements.iq}; empty for the whole line), and a
 * short detail that never contains personal data (no value of a string field is echoed).
 *
 * @param kind   the kind of problem
 * @param path   the field path, empty for the whole line
 * @param detail a short explanation without personal data
 */
public record ReadProblem(Kind kind, String path, String detail) {

    /** Kinds of read problems; each corresponds to a {@code FORMAT.*} rule of the rule catalogue. */
    public enum Kind {
        /** The line is not a JSON object (also: truncated, invalid UTF-8, control characters outside strings). */
        MALFORMED_JSON,
        /**
         * A row of the CSV flavour that cannot be read as the header's columns (broken quoting, a wrong number
         * of fields, invalid UTF-8), or a header that lacks a required column.
         */
        MALFORMED_CSV,
        /** A required field is absent or null. */
        MISSING_FIELD,
        /** A field has the wrong JSON type or an unparsable value (bad date, number as string). */
        WRONG_TYPE,
        /** A code that its code system does not define, including a grade or level outside its scale. */
        UNKNOWN_CODE,
        /** A string, a line or a nesting depth beyond its limit. */
        TOO_LONG,
        /** A field the format does not define (reported, otherwise ignored). */
        UNKNOWN_FIELD
    }

    /**
     * Creates a problem.
     *
     * @param kind   the kind of problem
     * @param path   the field path, empty for the whole line
     * @param detail a short explanation without personal data
     * @throws NullPointerException if any component is null
     */
    public ReadProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(detail, "detail");
    }
}
