package org.disabilitystandards.core.internal.format;

/**
 * The kinds of value a field of the exchange format holds (exchange format version 1,
 * docs/exchange-format.md): each kind is read one way by the JSON Lines reader and one way by the table
 * readers, and written one way into the JSON Schema.
 */
public enum FieldKind {
    /** A string with a length limit ({@code name}, {@code idNumber}). */
    TEXT,
    /** A record id: 1-64 characters of {@code A-Z a-z 0-9 . _ -}. */
    RECORD_ID,
    /** A code of an enumerated code system, written as the constant's name ({@code HEARING}). */
    CODE,
    /** An integer of a numbered scale (grade 1-4, care level 0-5), held as the scale's constant. */
    SCALE,
    /** An integer. */
    INTEGER,
    /** A finite decimal number. */
    DECIMAL,
    /** An integer amount of money in fen (0.01 CNY). */
    AMOUNT,
    /** A date {@code yyyy-MM-dd}. */
    DATE,
    /** A month {@code yyyy-MM}. */
    MONTH,
    /** {@code true} or {@code false}. */
    FLAG,
    /** A nested object with its own fields. */
    OBJECT,
    /** An array of nested objects. */
    OBJECT_LIST,
    /** An array of codes. */
    CODE_LIST
}
