package org.disabilitystandards.core.internal;

/**
 * The one home of ASCII digit checks and fixed-width digit parsing (GB 11643-1999 and GB/T 2260 codes, the
 * {@code yyyyMMdd} birth date code, numeric record fields). Never allocates, never throws for digits that
 * were checked first. Only {@code '0'}-{@code '9'} count as digits: other Unicode digits are not.
 */
public final class Digits {

    private Digits() {
    }

    /**
     * Returns whether a character is an ASCII digit.
     *
     * @param c the character
     * @return true for {@code '0'}-{@code '9'}
     */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Returns whether characters {@code from} (inclusive) to {@code to} (exclusive) of a text are all ASCII
     * digits; true for an empty range.
     *
     * @param text the text
     * @param from the first index
     * @param to   the index after the last
     * @return whether every character of the range is an ASCII digit
     * @throws IndexOutOfBoundsException if the range lies outside the text
     */
    public static boolean areDigits(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether a whole text is ASCII digits of an exact length.
     *
     * @param text   the text, may be null
     * @param length the required length
     * @return false for null or another length
     */
    public static boolean isDigits(CharSequence text, int length) {
        return text != null && text.length() == length && areDigits(text, 0, length);
    }

    /**
     * Reads {@code count} ASCII digits from {@code offset} as a decimal number. The digits must have been
     * checked ({@link #areDigits}); at most 9 digits fit an {@code int}.
     *
     * @param text   the text
     * @param offset the index of the first digit
     * @param count  the number of digits, 1-9
     * @return the value
     */
    public static int value(CharSequence text, int offset, int count) {
        int value = 0;
        for (int i = offset; i < offset + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
