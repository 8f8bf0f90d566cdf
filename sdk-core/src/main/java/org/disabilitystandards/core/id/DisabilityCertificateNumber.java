package org.disabilitystandards.core.id;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;

/**
 * The number of a second-generation disability certificate (第二代残疾人证): the holder's 18-character
 * resident ID number, the category digit (1-7) and the grade digit (1-4), as 《残疾人证管理办法》
 * (中国残联 2017, 第五条) lays out the number, and, after a lost certificate was reissued, a suffix
 * {@code B} (first reissue, as some issuing offices print it) or {@code B1}..{@code B9}. The category digits
 * follow the order of GB/T 26341-2010 (1 visual ... 7 multiple).
 *
 * <p>Values are immutable; {@link #toString()} and {@link #masked()} never show the birth date.
 * Strict parsing accepts exactly that shape, a bare {@code B} included, and keeps the number as issued.
 * {@link #parseLenient} also trims and upper-cases {@code x} and {@code b}, listing each change in
 * {@link #normalizations()}; it never rewrites the suffix.
 */
public final class DisabilityCertificateNumber {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String KIND = "disability certificate number";

    private final String value;
    private final Set<Normalization> normalizations;

    private DisabilityCertificateNumber(String value, Set<Normalization> normalizations) {
        this.value = value;
        this.normalizations = normalizations;
    }

    /**
     * Parses a certificate number strictly, with today's date (China time) as the latest birth date.
     *
     * @param text 20 to 22 characters
     * @return the parsed number
     * @throws InvalidIdentifierException with any reason
     */
    public static DisabilityCertificateNumber parse(CharSequence text) {
        return parse(text, LocalDate.now(CHINA));
    }

    /**
     * Parses a certificate number strictly.
     *
     * @param text 20 to 22 characters
     * @param asOf the latest acceptable birth date
     * @return the parsed number
     * @throws InvalidIdentifierException with any reason
     */
    public static DisabilityCertificateNumber parse(CharSequence text, LocalDate asOf) {
        Optional<InvalidIdentifierException.Reason> problem = check(text, asOf);
        if (problem.isPresent()) {
            throw new InvalidIdentifierException(problem.get(), KIND);
        }
        return new DisabilityCertificateNumber(text.toString(), Set.of());
    }

    /**
     * Parses a certificate number leniently: trims white space and upper-cases {@code x} and {@code b}.
     * Each change is listed in {@link #normalizations()}. A bare {@code B} suffix stays as it is.
     *
     * @param text the number
     * @param asOf the latest acceptable birth date
     * @return the parsed number
     * @throws InvalidIdentifierException with any reason
     */
    public static DisabilityCertificateNumber parseLenient(CharSequence text, LocalDate asOf) {
        EnumSet<Normalization> changes = EnumSet.noneOf(Normalization.class);
        String candidate = text.toString();
        String normalized = candidate.strip();
        if (!normalized.equals(candidate)) {
            changes.add(Normalization.TRIMMED);
        }
        String upper = normalized.replace('x', 'X').replace('b', 'B');
        if (!upper.equals(normalized)) {
            changes.add(Normalization.UPPER_CASED);
            normalized = upper;
        }
        return new DisabilityCertificateNumber(parse(normalized, asOf).value, Set.copyOf(changes));
    }

    /**
     * Checks a text strictly without throwing: the hot path of batch validation.
     *
     * @param text the text, may be null
     * @param asOf the latest acceptable birth date
     * @return empty when valid, else the reason
     */
    public static Optional<InvalidIdentifierException.Reason> check(CharSequence text, LocalDate asOf) {
        if (text == null || text.length() < 20 || text.length() > 22) {
            return Optional.of(InvalidIdentifierException.Reason.FORMAT);
        }
        Optional<InvalidIdentifierException.Reason> idProblem = ResidentIdNumber.check(text.subSequence(0, 18), asOf);
        if (idProblem.isPresent()) {
            return idProblem;
        }
        char category = text.charAt(18);
        char grade = text.charAt(19);
        if (category < '0' || category > '9' || grade < '0' || grade > '9') {
            return Optional.of(InvalidIdentifierException.Reason.FORMAT);
        }
        if (category < '1' || category > '7') {
            return Optional.of(InvalidIdentifierException.Reason.CATEGORY);
        }
        if (grade < '1' || grade > '4') {
            return Optional.of(InvalidIdentifierException.Reason.GRADE);
        }
        if (text.length() > 20 && (text.charAt(20) != 'B'
                || text.length() == 22 && (text.charAt(21) < '1' || text.charAt(21) > '9'))) {
            return Optional.of(InvalidIdentifierException.Reason.REISSUE);
        }
        return Optional.empty();
    }

    /**
     * Returns whether a text is a valid certificate number as of today (China time). Never throws.
     *
     * @param text the text, may be null
     * @return true if {@link #parse(CharSequence)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        return isValid(text, LocalDate.now(CHINA));
    }

    /**
     * Returns whether a text is a valid certificate number. Never throws.
     *
     * @param text the text, may be null
     * @param asOf the latest acceptable birth date
     * @return true if {@link #parse(CharSequence, LocalDate)} would succeed
     */
    public static boolean isValid(CharSequence text, LocalDate asOf) {
        return asOf != null && check(text, asOf).isEmpty();
    }

    /**
     * Builds the number of a certificate from its parts.
     *
     * @param idNumber the holder's ID number
     * @param category the category
     * @param grade    the grade
     * @param reissue  0 for an original certificate, 1-9 for the reissue number
     * @return the certificate number
     * @throws IllegalArgumentException if reissue is outside 0-9
     */
    public static DisabilityCertificateNumber of(ResidentIdNumber idNumber, DisabilityCategory category,
            DisabilityGrade grade, int reissue) {
        if (reissue < 0 || reissue > 9) {
            throw new IllegalArgumentException("reissue must be 0-9");
        }
        String text = idNumber.value() + category.digit() + grade.number() + (reissue == 0 ? "" : "B" + reissue);
        return new DisabilityCertificateNumber(text, Set.of());
    }

    /**
     * Returns the full number. Personal data: do not log or display it.
     *
     * @return the full number
     */
    public String value() {
        return value;
    }

    /**
     * Returns the masked number, for example {@code 630102********001X22}.
     *
     * @return the masked number
     */
    public String masked() {
        return Masking.mask(value);
    }

    /**
     * Returns the holder's resident ID number (positions 1-18).
     *
     * @return the ID number
     */
    public ResidentIdNumber residentIdNumber() {
        return ResidentIdNumber.trusted(value.substring(0, 18));
    }

    /**
     * Returns the category (position 19).
     *
     * @return the category
     */
    public DisabilityCategory category() {
        return DisabilityCategory.fromDigit(value.charAt(18) - '0');
    }

    /**
     * Returns the grade (position 20).
     *
     * @return the grade
     */
    public DisabilityGrade grade() {
        return DisabilityGrade.of(value.charAt(19) - '0');
    }

    /**
     * Returns the reissue number: 1 for {@code B1} and for a bare {@code B} (first reissue), 2 for
     * {@code B2} and so on.
     *
     * @return the reissue number, empty for an original certificate
     */
    public OptionalInt reissue() {
        if (value.length() == 20) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.length() == 21 ? 1 : value.charAt(21) - '0');
    }

    /**
     * Returns whether the number ends in a bare {@code B} (a first reissue printed without its digit).
     *
     * @return true for a bare suffix
     */
    public boolean hasBareReissueSuffix() {
        return value.length() == 21;
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
        return other instanceof DisabilityCertificateNumber && ((DisabilityCertificateNumber) other).value.equals(value);
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
