package org.disabilitystandards.core.id;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The number of the foreigner's permanent residence ID card of the 2023 edition (外国人永久居留身份证, issued
 * by the National Immigration Administration from 2023-12-01): 18 characters, 17 digits of which the first is
 * {@code 9} (the foreigner mark; resident ID numbers start with a province digit 1-8) and a check character
 * computed with ISO 7064 MOD 11-2 as in GB 11643-1999 clause 5.5. Following the resident ID layout the
 * number holds the birth date {@code yyyyMMdd} at positions 7-14, which is checked as a real date not after
 * the as-of date. The 2017 edition (15 characters, three letters + 12 digits) is not this kind.
 */
public final class ForeignPermanentResidenceIdNumber extends Gb11643Number {

    private static final String KIND = "foreign permanent residence ID number";

    private ForeignPermanentResidenceIdNumber(String value) {
        super(value);
    }

    private static boolean startsWithNine(CharSequence text) {
        return text.charAt(0) == '9';
    }

    /**
     * Checks a text strictly without throwing.
     *
     * @param text the text, may be null
     * @param asOf the latest acceptable birth date
     * @return empty when valid, else FORMAT, KIND (first character not 9), CHECKSUM or BIRTH_DATE
     */
    public static Optional<InvalidIdentifierException.Reason> check(CharSequence text, LocalDate asOf) {
        return check(text, asOf, ForeignPermanentResidenceIdNumber::startsWithNine);
    }

    /**
     * Returns whether a text is a valid number. Never throws.
     *
     * @param text the text, may be null
     * @param asOf the latest acceptable birth date
     * @return true if {@link #parse} would succeed
     */
    public static boolean isValid(CharSequence text, LocalDate asOf) {
        return asOf != null && check(text, asOf).isEmpty();
    }

    /**
     * Parses a number strictly.
     *
     * @param text the 18 characters
     * @param asOf the latest acceptable birth date
     * @return the number
     * @throws InvalidIdentifierException with the reason; the message never holds the number
     */
    public static ForeignPermanentResidenceIdNumber parse(CharSequence text, LocalDate asOf) {
        return parse(text, asOf, ForeignPermanentResidenceIdNumber::startsWithNine, KIND,
                ForeignPermanentResidenceIdNumber::new);
    }

    @Override
    public IdentifierKind kind() {
        return IdentifierKind.FOREIGN_PERMANENT_RESIDENCE;
    }
}
