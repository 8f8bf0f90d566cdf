package org.disabilitystandards.core.id;

/**
 * Masks identifiers for diagnostics: the address code (6 characters) and the last 4 characters of an ID
 * number stay, the birth date is replaced by {@code ********} ({@code 630102********001X}). Anything that
 * follows the first 18 characters (certificate digits, up to 4) stays as well; longer text is cut. Text too short to hold an ID
 * number is masked entirely.
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
        if (length < 15) {
            return "*".repeat(length);
        }
        if (length > LONGEST_CERTIFICATE) {
            return mask(text.subSequence(0, ID_LENGTH)) + "...(" + (length - ID_LENGTH) + " more characters)";
        }
        int idLength = Math.min(length, ID_LENGTH);
        StringBuilder masked = new StringBuilder(length);
        masked.append(text, 0, 6);
        masked.append("*".repeat(idLength - 10));
        masked.append(text, idLength - 4, length);
        return masked.toString();
    }
}
