package org.disabilitystandards.validation.batch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One non-empty cell of a table-shaped input, with the type its source gave it: text (a CSV field, a
 * workbook string cell, a character column), a number (a workbook numeric cell, a numeric column) or a date
 * (a workbook cell with a date format, a date column). The type matters: an ID number stored as a number
 * has lost its digits ({@code 6.30102E+17}) and is reported as such, a date may come as a date or as text.
 * Immutable; {@link #toString()} shows the type only, never the value.
 */
public final class Cell {

    /** The type of a cell's value. */
    public enum Type {
        /** Text. */
        TEXT,
        /** A number. */
        NUMBER,
        /** A calendar date. */
        DATE
    }

    private final Type type;
    private final String text;
    private final BigDecimal number;
    private final LocalDate date;

    private Cell(Type type, String text, BigDecimal number, LocalDate date) {
        this.type = type;
        this.text = text;
        this.number = number;
        this.date = date;
    }

    /**
     * Creates a text cell.
     *
     * @param text the text, not null
     * @return the cell
     */
    public static Cell text(String text) {
        return new Cell(Type.TEXT, Objects.requireNonNull(text, "text"), null, null);
    }

    /**
     * Creates a numeric cell.
     *
     * @param number the exact value as the source holds it (for a workbook, the double written in the file)
     * @return the cell
     */
    public static Cell number(BigDecimal number) {
        return new Cell(Type.NUMBER, null, Objects.requireNonNull(number, "number"), null);
    }

    /**
     * Creates a date cell.
     *
     * @param date the date
     * @return the cell
     */
    public static Cell date(LocalDate date) {
        return new Cell(Type.DATE, null, null, Objects.requireNonNull(date, "date"));
    }

    /**
     * Returns the type.
     *
     * @return the type
     */
    public Type type() {
        return type;
    }

    /**
     * Returns the text of a {@link Type#TEXT} cell.
     *
     * @return the text, null for other types
     */
    public String text() {
        return text;
    }

    /**
     * Returns the value of a {@link Type#NUMBER} cell.
     *
     * @return the number, null for other types
     */
    public BigDecimal number() {
        return number;
    }

    /**
     * Returns the value of a {@link Type#DATE} cell.
     *
     * @return the date, null for other types
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the value as text the way the CSV flavour would hold it: the text, the number in plain
     * notation without trailing zeros, or the date as {@code yyyy-MM-dd}.
     *
     * @return the text form
     */
    public String asText() {
        switch (type) {
            case TEXT:
                return text;
            case NUMBER:
                BigDecimal stripped = number.stripTrailingZeros();
                return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
            default:
                return date.toString();
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Cell)) {
            return false;
        }
        Cell that = (Cell) other;
        return type == that.type && Objects.equals(text, that.text) && Objects.equals(date, that.date)
                && (number == null ? that.number == null : that.number != null && number.compareTo(that.number) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, text, date, number == null ? null : number.stripTrailingZeros());
    }

    /**
     * Returns the type only: a cell may hold personal data.
     *
     * @return for example {@code Cell[TEXT]}
     */
    @Override
    public String toString() {
        return "Cell[" + type + "]";
    }
}
