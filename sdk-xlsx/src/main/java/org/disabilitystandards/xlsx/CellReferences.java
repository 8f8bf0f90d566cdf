package org.disabilitystandards.xlsx;

/**
 * A1-style cell references (ECMA-376 Part 1, 18.17.3: column letters A..XFD, then the 1-based row number) and
 * sheet-qualified positions such as {@code Sheet1!D17} or {@code '残疾人 名册'!D17}.
 */
final class CellReferences {

    /** Columns of an Excel 2007+ sheet (A..XFD). */
    static final int MAX_COLUMNS = 16_384;

    private CellReferences() {
    }

    /** Returns the letters of a 0-based column: 0 is A, 25 Z, 26 AA. */
    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder(3);
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.append((char) ('A' + (n - 1) % 26));
        }
        return letters.reverse().toString();
    }

    /**
     * Returns the 0-based column of a reference such as {@code D17}, or -1 when it does not start with
     * 1-3 letters.
     */
    static int column(CharSequence reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && i < 4) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            i++;
        }
        return i == 0 || i > 3 ? -1 : column - 1;
    }

    /** Returns the sheet name as a formula prefix, quoted when it holds anything but letters and digits. */
    static String sheetPrefix(String sheet) {
        for (int i = 0; i < sheet.length(); i++) {
            if (!Character.isLetterOrDigit(sheet.charAt(i)) && sheet.charAt(i) != '_') {
                return "'" + sheet.replace("'", "''") + "'!";
            }
        }
        return sheet + "!";
    }
}
