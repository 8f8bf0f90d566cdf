package org.disabilitystandards.core.id;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.internal.CalendarDates;
import org.disabilitystandards.core.internal.Digits;

/**
 * A citizen identity number (公民身份号码) of GB 11643-1999: a six-digit address code (GB/T 2260), the
 * birth date {@code yyyyMMdd}, a three-digit sequence code (odd for men, even for women) and an ISO 7064
 * MOD 11-2 check character ({@code 0-9} or {@code X}).
 *
 * <p>Values are immutable and compare by their 18 characters. {@link #toString()} and {@link #masked()}
 * never show the birth date ({@code 630102********001X}); only {@link #value()} gives the full number.
 *
 * <p>Numbers of the other {@link IdentifierKind}s (港澳台居民居住证 810000/820000/830000, the foreigner's
 * permanent residence ID starting with 9) are never taken for resident ID numbers: they are rejected with
 * reason KIND. Birth years have no lower bound (the standard sets none); a profile may flag early years.
 *
 * <p>Parsing is strict: exactly 18 ASCII characters, upper-case {@code X}. {@link #parseLenient} trims,
 * upper-cases and converts 15-digit numbers, and reports each change in {@link #normalizations()}.
 */
public final class ResidentIdNumber {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String KIND = "resident ID number";
    private static final InvalidIdentifierException.Reason[] REASONS = {
        InvalidIdentifierException.Reason.FORMAT,
        InvalidIdentifierException.Reason.CHECKSUM,
        InvalidIdentifierException.Reason.BIRTH_DATE
    };
    @SuppressWarnings("unchecked")
    private static final Optional<InvalidIdentifierException.Reason>[] PROBLEMS = new Optional[] {
        Optional.of(REASONS[0]), Optional.of(REASONS[1]), Optional.of(REASONS[2])
    };

    private static final Optional<InvalidIdentifierException.Reason> KIND_PROBLEM =
            Optional.of(InvalidIdentifierException.Reason.KIND);

    private final String value;
    private final Set<Normalization> normalizations;

    private ResidentIdNumber(String value, Set<Normalization> normalizations) {
        this.value = value;
        this.normalizations = normalizations;
    }

    /**
     * Parses a resident ID number strictly, with today's date (China time) as the latest birth date.
     *
     * @param text the 18 characters
     * @return the parsed number
     * @throws InvalidIdentifierException with reason FORMAT, CHECKSUM or BIRTH_DATE
     */
    public static ResidentIdNumber parse(CharSequence text) {
        return parse(text, LocalDate.now(CHINA));
    }

    /**
     * Parses a resident ID number strictly.
     *
     * @param text the 18 characters
     * @param asOf the latest acceptable birth date
     * @return the parsed number
     * @throws InvalidIdentifierException with reason FORMAT, CHECKSUM or BIRTH_DATE
     */
    public static ResidentIdNumber parse(CharSequence text, LocalDate asOf) {
        Optional<InvalidIdentifierException.Reason> problem = check(text, asOf);
        if (problem.isPresent()) {
            throw new InvalidIdentifierException(problem.get(), KIND);
        }
        return new ResidentIdNumber(text.toString(), Set.of());
    }

    /**
     * Parses a resident ID number leniently: trims white space, upper-cases a final {@code x} and
     * converts a 15-digit number. Each change is listed in {@link #normalizations()}.
     *
     * @param text the number
     * @param asOf the latest acceptable birth date
     * @return the parsed number
     * @throws InvalidIdentifierException with reason FORMAT, CHECKSUM or BIRTH_DATE
     */
    public static ResidentIdNumber parseLenient(CharSequence text, LocalDate asOf) {
        EnumSet<Normalization> changes = EnumSet.noneOf(Normalization.class);
        String candidate = text.toString();
        String trimmed = candidate.strip();
        if (!trimmed.equals(candidate)) {
            changes.add(Normalization.TRIMMED);
        }
        if (trimmed.length() == 15) {
            changes.add(Normalization.CONVERTED_FROM_15_DIGITS);
            return new ResidentIdNumber(convertFifteen(trimmed, asOf).value, Set.copyOf(changes));
        }
        if (trimmed.length() == 18 && trimmed.charAt(17) == 'x') {
            changes.add(Normalization.UPPER_CASED);
            trimmed = trimmed.substring(0, 17) + 'X';
        }
        return new ResidentIdNumber(parse(trimmed, asOf).value, Set.copyOf(changes));
    }

    /**
     * Converts a 15-digit first-generation number (address code, {@code yyMMdd}, sequence) to 18
     * characters: the century {@code 19} is inserted and the check character computed. Used only on
     * explicit request; such numbers were issued to people born in the twentieth century.
     *
     * @param text 15 ASCII digits
     * @param asOf the latest acceptable birth date
     * @return the converted number, with {@link Normalization#CONVERTED_FROM_15_DIGITS}
     * @throws InvalidIdentifierException with reason FORMAT or BIRTH_DATE
     */
    public static ResidentIdNumber convertFifteen(CharSequence text, LocalDate asOf) {
        String converted = fifteenToEighteen(text)
                .orElseThrow(() -> new InvalidIdentifierException(InvalidIdentifierException.Reason.FORMAT, KIND));
        ResidentIdNumber parsed = parse(converted, asOf);
        return new ResidentIdNumber(parsed.value, Set.of(Normalization.CONVERTED_FROM_15_DIGITS));
    }

    /**
     * Rewrites a 15-digit first-generation number in 18 characters (century {@code 19} inserted, check
     * character computed) without judging the result: the structural step of {@link #convertFifteen},
     * which never throws.
     *
     * @param text the text, may be null
     * @return the 18 characters, or empty if the text is not 15 ASCII digits
     */
    public static Optional<String> fifteenToEighteen(CharSequence text) {
        if (!Digits.isDigits(text, 15)) {
            return Optional.empty();
        }
        String first17 = text.subSequence(0, 6) + "19" + text.subSequence(6, 15);
        return Optional.of(first17 + Gb11643.checkCharacter(first17));
    }

    /**
     * Checks a text strictly without throwing or allocating for valid input: the hot path of batch
     * validation.
     *
     * @param text the text
     * @param asOf the latest acceptable birth date
     * @return empty when valid, else the reason (FORMAT, KIND for a number of another
     *         {@link IdentifierKind}, CHECKSUM or BIRTH_DATE)
     */
    public static Optional<InvalidIdentifierException.Reason> check(CharSequence text, LocalDate asOf) {
        if (text == null || text.length() != 18) {
            return PROBLEMS[Gb11643.FORMAT];
        }
        if (IdentifierKind.of(text) != IdentifierKind.RESIDENT_ID) {
            return KIND_PROBLEM;
        }
        int result = Gb11643.check(text, Gb11643.toYmd(asOf), false);
        return result == Gb11643.VALID ? Optional.empty() : PROBLEMS[result];
    }

    /**
     * Returns whether a text is a valid resident ID number as of today (China time). Never throws.
     *
     * @param text the text, may be null
     * @return true if {@link #parse(CharSequence)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        return isValid(text, LocalDate.now(CHINA));
    }

    /**
     * Returns whether a text is a valid resident ID number. Never throws.
     *
     * @param text the text, may be null
     * @param asOf the latest acceptable birth date
     * @return true if {@link #parse(CharSequence, LocalDate)} would succeed
     */
    public static boolean isValid(CharSequence text, LocalDate asOf) {
        return asOf != null && check(text, asOf).isEmpty();
    }

    /**
     * Computes the ISO 7064 MOD 11-2 check character of the first 17 digits (GB 11643-1999 clause 5.5).
     *
     * @param first17 17 ASCII digits
     * @return {@code 0}-{@code 9} or {@code X}
     * @throws IllegalArgumentException if the text is not 17 ASCII digits
     */
    public static char checkCharacter(CharSequence first17) {
        return Gb11643.checkCharacter(first17);
    }

    /**
     * Checks the GB 11643 structure of 18 characters whatever their kind (used for the ID part of certificate
     * numbers, which follow the holder's number).
     */
    static Optional<InvalidIdentifierException.Reason> checkStructure(CharSequence text, LocalDate asOf) {
        return Gb11643.reason(Gb11643.check(text, Gb11643.toYmd(asOf), false));
    }

    /** Wraps 18 characters already checked by a certificate number parse. */
    static ResidentIdNumber trusted(String checkedValue) {
        return new ResidentIdNumber(checkedValue, Set.of());
    }

    /**
     * Returns the full 18 characters. Personal data: do not log or display it.
     *
     * @return the full number
     */
    public String value() {
        return value;
    }

    /**
     * Returns the masked number, for example {@code 630102********001X}.
     *
     * @return the masked number
     */
    public String masked() {
        return Masking.mask(value);
    }

    /**
     * Returns the address code (positions 1-6), a GB/T 2260 code that may have been retired since.
     *
     * @return six digits
     */
    public String addressCode() {
        return value.substring(0, 6);
    }

    /**
     * Returns the birth date (positions 7-14).
     *
     * @return the birth date
     */
    public LocalDate birthDate() {
        return Gb11643.birthDate(value);
    }

    /**
     * Returns the age in completed years on a date: the number of birthdays passed (a 29 February birthday
     * passes on 1 March in common years).
     *
     * @param date the date
     * @return the age; -1 if the date is before the birth date
     */
    public int ageOn(LocalDate date) {
        return CalendarDates.completedYears(Digits.value(value, 6, 8), CalendarDates.ymd(date));
    }

    /**
     * Returns the sequence code (positions 15-17).
     *
     * @return 0-999
     */
    public int sequenceCode() {
        return Digits.value(value, 14, 3);
    }

    /**
     * Returns the sex the sequence code encodes: odd for men, even for women.
     *
     * @return the sex
     */
    public Sex sex() {
        return Gb11643.sex(value);
    }

    /**
     * Returns the check character (position 18).
     *
     * @return {@code 0}-{@code 9} or {@code X}
     */
    public char checkCharacter() {
        return value.charAt(17);
    }

    /**
     * Returns the changes a lenient parse made; empty after a strict parse.
     *
     * @return an immutable set
     */
    public Set<Normalization> normalizations() {
        return normalizations;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentIdNumber that && that.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the masked number; never the full one.
     *
     * @return the masked number
     */
    @Override
    public String toString() {
        return masked();
    }
}
