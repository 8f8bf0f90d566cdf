package org.disabilitystandards.core.id;

import java.time.LocalDate;
import java.util.Optional;
import org.disabilitystandards.core.code.Sex;

/**
 * The number of a residence permit for residents of Hong Kong, Macao and Taiwan (港澳台居民居住证,
 * 《港澳台居民居住证申领发放办法》, 国办发〔2018〕81号, issued from 2018-09-01): the structure of GB 11643-1999
 * (clauses 5.1-5.5) with the address code {@code 810000} (Hong Kong), {@code 820000} (Macao) or
 * {@code 830000} (Taiwan), the holder's birth date, a sequence code (odd for men, even for women) and the
 * MOD 11-2 check character.
 */
public final class ResidencePermitNumber extends Gb11643Number {

    private static final String KIND = "residence permit number";

    /** Where the holder of a permit is resident. */
    public enum Origin {
        /** 香港, address code 810000. */
        HONG_KONG("810000"),
        /** 澳门, address code 820000. */
        MACAO("820000"),
        /** 台湾, address code 830000. */
        TAIWAN("830000");

        private final String addressCode;

        Origin(String addressCode) {
            this.addressCode = addressCode;
        }

        /**
         * Returns the address code of the permit numbers of this origin.
         *
         * @return six digits
         */
        public String addressCode() {
            return addressCode;
        }
    }

    private ResidencePermitNumber(String value) {
        super(value);
    }

    static boolean isPermitPrefix(CharSequence text) {
        if (text.length() < 6 || text.charAt(0) != '8' || text.charAt(2) != '0' || text.charAt(3) != '0'
                || text.charAt(4) != '0' || text.charAt(5) != '0') {
            return false;
        }
        char second = text.charAt(1);
        return second == '1' || second == '2' || second == '3';
    }

    /**
     * Checks a text strictly without throwing.
     *
     * @param text the text, may be null
     * @param asOf the latest acceptable birth date
     * @return empty when valid, else FORMAT, KIND (not a permit prefix), CHECKSUM or BIRTH_DATE
     */
    public static Optional<InvalidIdentifierException.Reason> check(CharSequence text, LocalDate asOf) {
        return check(text, asOf, ResidencePermitNumber::isPermitPrefix);
    }

    /**
     * Returns whether a text is a valid permit number. Never throws.
     *
     * @param text the text, may be null
     * @param asOf the latest acceptable birth date
     * @return true if {@link #parse} would succeed
     */
    public static boolean isValid(CharSequence text, LocalDate asOf) {
        return asOf != null && check(text, asOf).isEmpty();
    }

    /**
     * Parses a permit number strictly.
     *
     * @param text the 18 characters
     * @param asOf the latest acceptable birth date
     * @return the number
     * @throws InvalidIdentifierException with the reason; the message never holds the number
     */
    public static ResidencePermitNumber parse(CharSequence text, LocalDate asOf) {
        return parse(text, asOf, ResidencePermitNumber::isPermitPrefix, KIND, ResidencePermitNumber::new);
    }

    @Override
    public IdentifierKind kind() {
        return IdentifierKind.HMT_RESIDENCE_PERMIT;
    }

    /**
     * Returns where the holder is resident, from the address code.
     *
     * @return the origin
     */
    public Origin origin() {
        switch (value().charAt(1)) {
            case '1':
                return Origin.HONG_KONG;
            case '2':
                return Origin.MACAO;
            default:
                return Origin.TAIWAN;
        }
    }

    /**
     * Returns the sex the sequence code encodes (position 17: odd men, even women).
     *
     * @return the sex
     */
    public Sex sex() {
        return Gb11643.sex(value());
    }
}
