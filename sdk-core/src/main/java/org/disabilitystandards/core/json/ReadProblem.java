package org.disabilitystandards.core.json;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A problem found while reading one exchange record (exchange format version 1): what kind (the
 * {@code FORMAT.*} rule), where (a field path such as {@code certificate.grade} or
 * {@code assessments[0].measurements.iq}; empty for the whole line), and why, as a {@link FormatReason} with
 * its arguments. A problem never holds a value from the input.
 *
 * @param kind   the kind of problem
 * @param path   the field path, empty for the whole line
 * @param detail the reason and its arguments
 */
public record ReadProblem(Kind kind, String path, Detail detail) {

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
     * Why a problem arose: a reason and its arguments, one per {@link FormatReason#argumentNames()}, never a
     * value from the input. Rendered in the reader's language from the message bundles; {@link #toString()}
     * gives a stable, language-neutral form such as {@code STRING_TOO_LONG(limit=64)}.
     *
     * @param reason    the reason
     * @param arguments the arguments, as many as the reason names
     */
    public record Detail(FormatReason reason, List<Object> arguments) {

        /**
         * Checks the detail.
         *
         * @param reason    the reason
         * @param arguments the arguments
         * @throws IllegalArgumentException if the number of arguments differs from the reason's
         */
        public Detail {
            Objects.requireNonNull(reason, "reason");
            arguments = List.copyOf(arguments);
            if (arguments.size() != reason.argumentNames().size()) {
                throw new IllegalArgumentException(reason + " takes arguments " + reason.argumentNames());
            }
        }

        /**
         * Returns an argument by name.
         *
         * @param name an argument name of the reason
         * @return the value, or null if the reason has no such argument
         */
        public Object argument(String name) {
            int index = reason.argumentNames().indexOf(name);
            return index < 0 ? null : arguments.get(index);
        }

        @Override
        public String toString() {
            if (arguments.isEmpty()) {
                return reason.name();
            }
            StringBuilder text = new StringBuilder(reason.name()).append('(');
            for (int i = 0; i < arguments.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(reason.argumentNames().get(i)).append('=').append(arguments.get(i));
            }
            return text.append(')').toString();
        }
    }

    /**
     * Creates a problem.
     *
     * @param kind   the kind of problem
     * @param path   the field path, empty for the whole line
     * @param detail the reason and its arguments
     * @throws NullPointerException if any component is null
     */
    public ReadProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * Creates a problem from a reason and its arguments.
     *
     * @param kind      the kind of problem
     * @param path      the field path, empty for the whole line
     * @param reason    why
     * @param arguments the reason's arguments, in the order of {@link FormatReason#argumentNames()}
     * @throws IllegalArgumentException if the number of arguments differs from the reason's
     */
    public ReadProblem(Kind kind, String path, FormatReason reason, Object... arguments) {
        this(kind, path, new Detail(reason, Arrays.asList(arguments)));
    }

    /**
     * Returns the reason.
     *
     * @return the reason of {@link #detail()}
     */
    public FormatReason reason() {
        return detail.reason();
    }
}
