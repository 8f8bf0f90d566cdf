package org.disabilitystandards.core.code;

import java.util.List;
import java.util.Optional;

/**
 * Syntax of service item codes per {@link ItemCodeSystem}. GB/T 16432 and ISO 9999 codes are one, two or three
 * pairs of digits (class, subclass, division; a subclass without divisions has a four-digit code), written with
 * single spaces or run together; the class must be one of the 12 class codes (11 before ISO 9999:2011, that is
 * GB/T 16432 before 2016, when class 28 was added). The civil-affairs catalogue renumbers its main classes 01-12
 * and may append a two-digit product serial (one to four pairs). Local catalogue ids are 1-32 characters of
 * letters, digits, {@code . _ -} and spaces. Aid and retrofit items are the names of the SDK's lists.
 *
 * <p>Only the structure and the class codes are bundled: the standards' titles and the subclass and division
 * tables are not ours to copy (GB/T 16432 is sold; ISO titles are ISO copyright). A code is never translated
 * between systems. Problems name the kind of defect, never the value.
 */
public final class ItemCodes {

    /** The class codes of GB/T 16432-2016 / ISO 9999:2011 and later (12 classes). */
    public static final List<String> CLASS_CODES =
            List.of("04", "05", "06", "09", "12", "15", "18", "22", "24", "27", "28", "30");

    /** The class added by ISO 9999:2011 (GB/T 16432-2016). */
    private static final String ADDED_2011 = "28";
    private static final int MAX_LOCAL_LENGTH = 32;

    private ItemCodes() {
    }

    /**
     * Checks a code against the syntax of its system and edition.
     *
     * @param system  the code system
     * @param edition the edition, if known (for example {@code 2016}); decides whether class 28 exists
     * @param code    the code as exchanged
     * @return a description of the defect (without the value), or empty when the code is well formed
     */
    public static Optional<String> problem(ItemCodeSystem system, Optional<String> edition, String code) {
        switch (system) {
            case GBT_16432:
            case ISO_9999:
                return classificationProblem(system, edition, code);
            case MCA_AT_CATALOGUE:
                return catalogueProblem(code);
            case CHILD_AID_ITEM:
                return isName(ChildAidItem.values(), code) ? Optional.empty()
                        : Optional.of("not a children's rehabilitation aid item code");
            case RETROFIT_ITEM:
                return isName(RetrofitItem.values(), code) ? Optional.empty()
                        : Optional.of("not a household retrofit item code");
            default:
                return isLocalId(code) ? Optional.empty()
                        : Optional.of("not 1-32 letters, digits, spaces or . _ -");
        }
    }

    /**
     * Returns the digits of a classification or catalogue code without its spaces, or the code itself for
     * other systems: the form catalogue rows are matched on.
     *
     * @param system the code system
     * @param code   the code as exchanged
     * @return the normalised code
     */
    public static String normalize(ItemCodeSystem system, String code) {
        if (system == ItemCodeSystem.GBT_16432 || system == ItemCodeSystem.ISO_9999
                || system == ItemCodeSystem.MCA_AT_CATALOGUE) {
            return code.indexOf(' ') < 0 ? code : code.replace(" ", "");
        }
        return code.trim();
    }

    private static Optional<String> classificationProblem(ItemCodeSystem system, Optional<String> edition, String code) {
        String digits = pairs(code, 3);
        if (digits == null) {
            return Optional.of("not 2, 4 or 6 digits in pairs");
        }
        String itemClass = digits.substring(0, 2);
        if (!CLASS_CODES.contains(itemClass)) {
            return Optional.of("class not among the 12 class codes");
        }
        if (ADDED_2011.equals(itemClass) && edition.isPresent() && before2011Classes(system, edition.get())) {
            return Optional.of("class 28 does not exist in this edition");
        }
        return Optional.empty();
    }

    private static Optional<String> catalogueProblem(String code) {
        String digits = pairs(code, 4);
        if (digits == null) {
            return Optional.of("not 2, 4, 6 or 8 digits in pairs");
        }
        int mainClass = (digits.charAt(0) - '0') * 10 + digits.charAt(1) - '0';
        return mainClass >= 1 && mainClass <= 12 ? Optional.empty() : Optional.of("main class not 01-12");
    }

    /** Whether the edition predates class 28: ISO 9999 before 2011, GB/T 16432 before 2016. */
    private static boolean before2011Classes(ItemCodeSystem system, String edition) {
        int year = leadingYear(edition);
        return year > 0 && year < (system == ItemCodeSystem.ISO_9999 ? 2011 : 2016);
    }

    /** The first four-digit number of the edition that can be a year (1980-2100; not 9999 of ISO 9999). */
    private static int leadingYear(String edition) {
        for (int i = 0; i + 4 <= edition.length(); i++) {
            if (isDigits(edition, i, 4) && (i + 4 == edition.length() || !Character.isDigit(edition.charAt(i + 4)))
                    && (i == 0 || !Character.isDigit(edition.charAt(i - 1)))) {
                int year = Integer.parseInt(edition.substring(i, i + 4));
                if (year >= 1980 && year <= 2100) {
                    return year;
                }
            }
        }
        return -1;
    }

    /** Returns the digits of 1..maxPairs pairs written with single spaces or run together, else null. */
    private static String pairs(String code, int maxPairs) {
        String digits;
        if (code.indexOf(' ') >= 0) {
            if (code.length() % 3 != 2) {
                return null;
            }
            StringBuilder b = new StringBuilder(code.length());
            for (int i = 0; i < code.length(); i += 3) {
                if (!isDigits(code, i, 2) || i + 2 < code.length() && code.charAt(i + 2) != ' ') {
                    return null;
                }
                b.append(code, i, i + 2);
            }
            digits = b.toString();
        } else {
            digits = code;
        }
        int length = digits.length();
        return length >= 2 && length <= 2 * maxPairs && length % 2 == 0 && isDigits(digits, 0, length) ? digits : null;
    }

    private static boolean isDigits(String text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLocalId(String code) {
        if (code.isEmpty() || code.length() > MAX_LOCAL_LENGTH || code.isBlank()) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                    || c == '.' || c == '_' || c == '-' || c == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isName(Enum<?>[] values, String code) {
        for (Enum<?> value : values) {
            if (value.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
