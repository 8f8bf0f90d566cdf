package org.disabilitystandards.examples.cli;

/**
 * Pads text to a column by its width on a terminal, not by its number of chars: East Asian wide and fullwidth
 * characters (CJK ideographs, kana, Hangul, fullwidth forms and punctuation such as {@code （：）}) take two
 * columns (Unicode Standard Annex #11, East Asian Width W and F), combining marks none, everything else one.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    /**
     * Returns the number of terminal columns a text takes.
     *
     * @param text the text
     * @return its width
     */
    static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            width += widthOf(cp);
        }
        return width;
    }

    /**
     * Pads a text with spaces on the right to a width (never cuts it).
     *
     * @param text  the text
     * @param width the column width
     * @return the padded text
     */
    static String padRight(String text, int width) {
        int missing = width - of(text);
        return missing > 0 ? text + " ".repeat(missing) : text;
    }

    private static int widthOf(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo initials
                || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, Kangxi, CJK symbols and punctuation
                || (cp >= 0x3041 && cp <= 0x33FF) // kana, bopomofo, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF) // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60) // fullwidth forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6) // fullwidth signs
                || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs and emoticons
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
        return wide ? 2 : 1;
    }
}
