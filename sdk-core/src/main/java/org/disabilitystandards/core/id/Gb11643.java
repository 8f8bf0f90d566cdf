package org.disabilitystandards.core.id;

import java.time.LocalDate;
import java.util.Optional;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.internal.CalendarDates;
import org.disabilitystandards.core.internal.Digits;

/**
 * The checks of GB 11643-1999 on the first 18 characters of a text, without allocation or exceptions:
 * structure (17 ASCII digits and a digit or {@code X}), the ISO 7064 MOD 11-2 check character (clause 5.5)
 * and the birth date code (clause 5.3: a real calendar date of GB/T 7408 not after the as-of
 * date; the standard sets no lower bound, so any year from 0001 is accepted here and implausibly early years
 * are left to the caller, for example a validation profile).
 */
final class Gb11643 {

    /** Weights of positions 1-17, 2^(18-i) mod 11. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Check character for each remainder 0-10. */
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    static final int VALID = -1;
    static final int FORMAT = 0;
    static final int CHECKSUM = 1;
    static final int BIRTH_DATE = 2;

    private Gb11643() {
    }

    /**
     * Checks characters 0-17 of {@code text} (which must have at least 18 characters).
     *
     * @param text      the text
     * @param asOfYmd   the as-of date as yyyymmdd
     * @param lowerCaseX whether a lower-case {@code x} is accepted as check character
     * @return {@link #VALID} or one of the problem codes
     */
    static int check(CharSequence text, int asOfYmd, boolean lowerCaseX) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = text.charAt(i);
            if (!Digits.isDigit(c)) {
                return FORMAT;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        char last = text.charAt(17);
        if (lowerCaseX && last == 'x') {
            last = 'X';
        }
        if (!Digits.isDigit(last) && last != 'X') {
            return FORMAT;
        }
        if (CHECK_CHARACTERS[sum % 11] != last) {
            return CHECKSUM;
        }
        return isBirthDateValid(text, 6, asOfYmd) ? VALID : BIRTH_DATE;
    }

    /**
     * Computes the check character of 17 ASCII digits.
     *
     * @param first17 the digits
     * @return the check character
     * @throws IllegalArgumentException if the text is not 17 ASCII digits
     */
    static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 digits");
        }
        if (!Digits.areDigits(first17, 0, 17)) {
            throw new IllegalArgumentException("need 17 ASCII digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /** Checks the 8-digit date at {@code offset} (digits already verified). */
    static boolean isBirthDateValid(CharSequence text, int offset, int asOfYmd) {
        int year = Digits.value(text, offset, 4);
        int month = Digits.value(text, offset + 4, 2);
        int day = Digits.value(text, offset + 6, 2);
        return CalendarDates.isDate(year, month, day) && CalendarDates.ymd(year, month, day) <= asOfYmd;
    }

    @SuppressWarnings("unchecked")
    private static final Optional<InvalidIdentifierException.Reason>[] REASONS = new Optional[] {
        Optional.of(InvalidIdentifierException.Reason.FORMAT), Optional.of(InvalidIdentifierException.Reason.CHECKSUM),
        Optional.of(InvalidIdentifierException.Reason.BIRTH_DATE)
    };

    /** Maps a problem code of {@link #check} to its reason (empty for {@link #VALID}), without allocation. */
    static Optional<InvalidIdentifierException.Reason> reason(int problem) {
        return problem == VALID ? Optional.empty() : REASONS[problem];
    }

    /** The birth date at positions 7-14 of checked text. */
    static LocalDate birthDate(CharSequence text) {
        return LocalDate.of(Digits.value(text, 6, 4), Digits.value(text, 10, 2), Digits.value(text, 12, 2));
    }

    /** The sex of position 17 of checked text: odd men, even women (clause 5.4). */
    static Sex sex(CharSequence text) {
        return (text.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    static int toYmd(LocalDate date) {
        return CalendarDates.ymd(date);
    }
}
