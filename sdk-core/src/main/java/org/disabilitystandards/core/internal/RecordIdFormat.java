package org.disabilitystandards.core.internal;

/**
 * The shape of a record id in exchange format version 1 ({@code recordId}: 1-64 characters of
 * {@code A-Z a-z 0-9 . _ -}; docs/exchange-format.md). One definition for the JSON reader, the table readers
 * and the batch validator, which stamps only well-formed ids on issues: an id of another shape can hold
 * anything (a name, formula text, terminal escapes) and is never echoed.
 */
public final class RecordIdFormat {

    /** The longest record id, in characters. */
    public static final int MAX_LENGTH = 64;

    private RecordIdFormat() {
    }

    /**
     * Returns whether a text is a record id of the format's shape: 1 to {@link #MAX_LENGTH} allowed characters.
     *
     * @param text the text
     * @return true if it is well formed
     */
    public static boolean isWellFormed(CharSequence text) {
        return text.length() > 0 && text.length() <= MAX_LENGTH && hasOnlyAllowedCharacters(text);
    }

    /**
     * Returns whether every character of a text is one a record id may hold ({@code A-Z a-z 0-9 . _ -}),
     * whatever its length.
     *
     * @param text the text
     * @return true if no other character occurs
     */
    public static boolean hasOnlyAllowedCharacters(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '_' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
