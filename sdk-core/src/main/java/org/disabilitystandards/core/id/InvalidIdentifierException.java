package org.disabilitystandards.core.id;

/**
 * Thrown when a resident ID number, another identity number of {@link IdentifierKind} or a disability
 * certificate number cannot be parsed. The message
 * and the exception never contain the rejected number.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** Why an identifier was rejected. */
    public enum Reason {
        /** Wrong length, or characters other than ASCII digits and the check character {@code X}. */
        FORMAT,
        /** The ISO 7064 MOD 11-2 check character is wrong (GB 11643-1999 clause 5.5). */
        CHECKSUM,
        /** The birth date is not a real calendar date or is after the as-of date (GB 11643-1999 clause 5.3). */
        BIRTH_DATE,
        /** Certificate digit 19 is not a category 1-7. */
        CATEGORY,
        /** Certificate digit 20 is not a grade 1-4. */
        GRADE,
        /** A certificate suffix other than {@code B}, {@code B1}..{@code B9}. */
        REISSUE,
        /**
         * The text has the shape of another identifier kind ({@link IdentifierKind}): a 港澳台居民居住证 number
         * (810000, 820000, 830000) or a foreigner's permanent residence ID (first character 9) given as a
         * resident ID number, or a resident ID number given as one of those.
         */
        KIND
    }

    /** Why the identifier was rejected. */
    private final Reason reason;

    /**
     * Creates the exception. Package-private: only the parsers of this package raise it, with a fixed
     * description of the identifier kind, so no caller can put a number into the message.
     *
     * @param reason why the identifier was rejected
     * @param kind   what was parsed, for example "resident ID number"
     */
    InvalidIdentifierException(Reason reason, String kind) {
        super("Invalid " + kind + ": " + reason);
        this.reason = reason;
    }

    /**
     * Returns why the identifier was rejected.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
