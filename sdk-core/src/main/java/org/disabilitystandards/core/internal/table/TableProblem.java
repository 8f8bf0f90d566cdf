package org.disabilitystandards.core.internal.table;

import org.disabilitystandards.core.table.TableException.Reason;

/**
 * A fault found while a table is bound or checked, before the loader knows the table's name and edition:
 * thrown by schema records' compact constructors and by semantic checks, turned into a
 * {@link org.disabilitystandards.core.table.TableException} by {@link TableLoader}.
 */
public final class TableProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The relative JSON pointer or line position. */
    private final String location;
    /** The 1-based line, or 0. */
    private final int line;
    /** What is wrong. */
    private final Reason reason;
    /** The description of the fault. */
    private final String detail;

    private TableProblem(String location, int line, Reason reason, String detail) {
        super(detail, null, false, false);
        this.location = location;
        this.line = line;
        this.reason = reason;
        this.detail = detail;
    }

    /**
     * A fault at a JSON pointer relative to the object being built (empty: the object itself).
     *
     * @param pointer the relative JSON pointer, e.g. {@code /grades/0}
     * @param reason  what is wrong
     * @param detail  a description naming fields and codes
     * @return the problem
     */
    public static TableProblem at(String pointer, Reason reason, String detail) {
        return new TableProblem(pointer, 0, reason, detail);
    }

    /**
     * A fault of the object being built as a whole.
     *
     * @param reason what is wrong
     * @param detail a description naming fields and codes
     * @return the problem
     */
    public static TableProblem of(Reason reason, String detail) {
        return new TableProblem("", 0, reason, detail);
    }

    /**
     * A fault on a line of a line table.
     *
     * @param line   the 1-based line
     * @param column the column name, or empty for the whole line
     * @param reason what is wrong
     * @param detail a description naming columns and codes
     * @return the problem
     */
    public static TableProblem atLine(int line, String column, Reason reason, String detail) {
        return new TableProblem("line " + line + (column.isEmpty() ? "" : ", column " + column), line, reason,
                detail);
    }

    String location() {
        return location;
    }

    int line() {
        return line;
    }

    Reason reason() {
        return reason;
    }

    String detail() {
        return detail;
    }
}
