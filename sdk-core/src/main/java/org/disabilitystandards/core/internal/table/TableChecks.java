package org.disabilitystandards.core.internal.table;

import java.util.Collection;
import org.disabilitystandards.core.table.TableException.Reason;

/** Invariants shared by the schema records' compact constructors; each raises a {@link TableProblem}. */
public final class TableChecks {

    private TableChecks() {
    }

    /**
     * Requires a non-blank text field.
     *
     * @param field the field's JSON name
     * @param value the value
     * @return the value
     * @throws TableProblem if it is blank
     */
    public static String nonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw TableProblem.at("/" + field, Reason.MISSING_FIELD, field + " must be a non-empty string");
        }
        return value;
    }

    /**
     * Requires a non-empty list field without null elements.
     *
     * @param field  the field's JSON name
     * @param values the list
     * @param <C>    the collection
     * @return the list
     * @throws TableProblem if it is empty or holds a null
     */
    public static <C extends Collection<?>> C nonEmpty(String field, C values) {
        if (values == null || values.isEmpty()) {
            throw TableProblem.at("/" + field, Reason.MISSING_FIELD, field + " must be a non-empty list");
        }
        int index = 0;
        for (Object value : values) {
            if (value == null) {
                throw TableProblem.at("/" + field + "/" + index, Reason.WRONG_TYPE, field + " holds a null");
            }
            index++;
        }
        return values;
    }

    /**
     * Requires a present (non-null) object field.
     *
     * @param field the field's JSON name
     * @param value the value
     * @param <T>   the value's type
     * @return the value
     * @throws TableProblem if it is null
     */
    public static <T> T present(String field, T value) {
        if (value == null) {
            throw TableProblem.at("/" + field, Reason.MISSING_FIELD, "missing field " + field);
        }
        return value;
    }

    /**
     * Requires a whole number in a range.
     *
     * @param field the field's JSON name
     * @param value the value
     * @param min   the least allowed
     * @param max   the greatest allowed
     * @return the value
     * @throws TableProblem if it is outside
     */
    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw TableProblem.at("/" + field, Reason.INVALID_VALUE, field + " is outside " + min + "-" + max);
        }
        return value;
    }
}
