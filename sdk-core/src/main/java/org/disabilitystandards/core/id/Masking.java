package org.disabilitystandards.core.id;

/**
 * Masks identifiers for diagnostics. Only a well-formed number keeps anything: an 18-character resident ID
 * number of the GB 11643-1999 shape (17 digits with a birth date of the form 19yy/20yy-mm-dd at positions
 * 7-14, then a digit or {@code X}) keeps its address code (6 characters) and its last 4 characters, the birth
 * date is replaced by {@code ********} ({@code 630102********001X}); a certificate number of the second
 * generation (such a number, a category digit 1-7, a grade digit 1-4, an optional {@code B1}-{@code B9}) keeps
 * its suffix as well. Anything else (shifted, too long, with a name appended, any other text) is replaced by
 * stars, one per character up to 22, so that no part of a malformed value (whose positions cannot be trusted
 * to hold no birth date) is shown.
 */
public final class Masking {

    private static final int ID_LENGTH = 18;
    private static final int LONGEST_CERTIFICATE = 22;

    private Masking() {
    }

    /**
     * Masks a resident ID number or certificate number, valid or not.
     *
     * @param text the identifier, may be null
     * @return the masked text; {@code null} gives {@code "null"}
     */
    public static String mask(CharSequence text) {
        if (text == null) {
            return "null";
        }
        int length = text.length();
        if (length >= ID_LENGTH && length <= LONGEST_CERTIFICATE && isIdShape(text)
                && (length == ID_LENGTH || isCertificateSuffix(text))) {
            StringBuilder masked = new StringBuilder(length);
            masked.append(text, 0, 6).append("********").append(text, ID_LENGTH - 4, length);
            return masked.toString();
        }
        if (length > LONGEST_CERTIFICATE) {
            return "*".repeat(LONGEST_CERTIFICATE) + "...(" + (length - LONGEST_CERTIFICATE) + " more characters)";
        }
        return "*".repeat(length);
    }

    private static boolean isIdShape(CharSequence text) {
        for (int i = 0; i < ID_LENGTH - 1; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        char check = text.charAt(ID_LENGTH - 1);
        if (!isDigit(check) && check != 'X') {
            return false;
        }
        int century = number(text, 6, 8);
        int month = number(text, 10, 12);
        int day = number(text, 12, 14);
        return (century == 19 || century == 20) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private static boolean isCertificateSuffix(CharSequence text) {
        int length = text.length();
        char category = text.charAt(ID_LENGTH);
        if (length < ID_LENGTH + 2 || category < '1' || category > '7') {
            return false;
        }
        char grade = text.charAt(ID_LENGTH + 1);
        if (grade < '1' || grade > '4') {
            return false;
        }
        if (length == ID_LENGTH + 2) {
            return true;
        }
        if (text.charAt(ID_LENGTH + 2) != 'B') {
            return false;
        }
        // 残疾人证管理办法: a bare B for the first reissue, or B1..B9
        return length == ID_LENGTH + 3
                || length == LONGEST_CERTIFICATE && text.charAt(ID_LENGTH + 3) >= '1' && text.charAt(ID_LENGTH + 3) <= '9';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
