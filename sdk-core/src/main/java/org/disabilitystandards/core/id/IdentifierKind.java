package org.disabilitystandards.core.id;

/**
 * The kinds of 18-character identity numbers that service users in China hold, told apart by their
 * shape alone (no table needed):
 * <ul>
 * <li>{@link #RESIDENT_ID}: the citizen identity number of GB 11643-1999 (居民身份证, 公民身份号码), whose first
 * character is a province digit 1-8;</li>
 * <li>{@link #HMT_RESIDENCE_PERMIT}: the number of a residence permit for residents of Hong Kong, Macao and
 * Taiwan (港澳台居民居住证, 《港澳台居民居住证申领发放办法》 2018): GB 11643 structure with the address code
 * 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan);</li>
 * <li>{@link #FOREIGN_PERMANENT_RESIDENCE}: the number of the foreigner's permanent residence ID card issued
 * from 2023-12-01 (外国人永久居留身份证, 2023 edition, 国家移民管理局): 17 digits starting with 9 and a MOD 11-2
 * check character as in GB 11643.</li>
 * </ul>
 */
public enum IdentifierKind {
    /** 居民身份证 (GB 11643-1999 citizen identity number). */
    RESIDENT_ID("居民身份证", "resident ID card"),
    /** 港澳台居民居住证 (residence permit for Hong Kong, Macao and Taiwan residents). */
    HMT_RESIDENCE_PERMIT("港澳台居民居住证", "residence permit for Hong Kong, Macao and Taiwan residents"),
    /** 外国人永久居留身份证 (2023 edition, 18 characters). */
    FOREIGN_PERMANENT_RESIDENCE("外国人永久居留身份证", "foreigner's permanent residence ID card (2023)");

    private final String nameZh;
    private final String nameEn;

    IdentifierKind(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /**
     * Returns the Chinese name of the document.
     *
     * @return the name
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * Returns the English name of the document.
     *
     * @return the name
     */
    public String nameEn() {
        return nameEn;
    }

    /**
     * Tells the kind of an 18-character number from its shape: first character {@code 9} is a foreigner's
     * permanent residence ID, a first six characters {@code 810000}, {@code 820000} or {@code 830000} a
     * 港澳台居民居住证 number, anything else (including text of another length) a resident ID number, which
     * the resident ID checks then judge. Never throws, never allocates.
     *
     * @param text the number, may be null
     * @return the kind
     */
    public static IdentifierKind of(CharSequence text) {
        if (text == null || text.length() != 18) {
            return RESIDENT_ID;
        }
        if (text.charAt(0) == '9') {
            return FOREIGN_PERMANENT_RESIDENCE;
        }
        return ResidencePermitNumber.isPermitPrefix(text) ? HMT_RESIDENCE_PERMIT : RESIDENT_ID;
    }
}
