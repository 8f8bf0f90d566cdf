package org.disabilitystandards.core.id;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An 18-character identity number of GB 11643-1999 structure that is not a resident ID number: the common
 * part of {@link ResidencePermitNumber} and {@link ForeignPermanentResidenceIdNumber} (17 digits, a MOD 11-2
 * check character, clause 5.5, and the birth date at positions 7-14, clause 5.3). Immutable; compares by its
 * characters within one kind; {@link #toString()} and {@link #masked()} never show the birth date.
 * Subclasses exist only in this package.
 */
public abstract class Gb11643Number {

    private final String value;

    Gb11643Number(String value) {
        this.value = value;
    }

    /** Checks the shape of a kind: length, the kind's prefix rule, then the GB 11643 checks. */
    static Optional<InvalidIdentifierException.Reason> check(CharSequence text, LocalDate asOf,
            Predicate<CharSequence> ofThisKind) {
        if (text == null || text.length() != 18) {
            return Optional.of(InvalidIdentifierException.Reason.FORMAT);
        }
        if (!ofThisKind.test(text)) {
            return Optional.of(InvalidIdentifierException.Reason.KIND);
        }
        return Gb11643.reason(Gb11643.check(text, Gb11643.toYmd(asOf), false));
    }

    /** Parses strictly or throws the typed exception naming only the kind. */
    static <T extends Gb11643Number> T parse(CharSequence text, LocalDate asOf, Predicate<CharSequence> ofThisKind,
            String kind, Function<String, T> create) {
        Optional<InvalidIdentifierException.Reason> problem = check(text, asOf, ofThisKind);
        if (problem.isPresent()) {
            throw new InvalidIdentifierException(problem.get(), kind);
        }
        return create.apply(text.toString());
    }

    /**
     * Returns the kind of the number.
     *
     * @return the kind
     */
    public abstract IdentifierKind kind();

    /**
     * Returns the full number. Personal data: do not log or display it.
     *
     * @return the 18 characters
     */
    public final String value() {
        return value;
    }

    /**
     * Returns the birth date (positions 7-14).
     *
     * @return the date
     */
    public final LocalDate birthDate() {
        return Gb11643.birthDate(value);
    }

    /**
     * Returns the masked number, as for resident ID numbers (the first six and the last four characters).
     *
     * @return the masked number
     */
    public final String masked() {
        return Masking.mask(value);
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((Gb11643Number) other).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the masked number; never the full one.
     *
     * @return the masked number
     */
    @Override
    public final String toString() {
        return masked();
    }
}
