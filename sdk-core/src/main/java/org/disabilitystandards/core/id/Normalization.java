package org.disabilitystandards.core.id;

/**
 * A change a lenient parser made to an identifier before accepting it. Strict parsing makes none; a
 * lenient parse reports each one so that the caller can see it and refuse it.
 */
public enum Normalization {
    /** Leading or trailing white space was removed. */
    TRIMMED,
    /** A lower-case {@code x} (check character) or {@code b} (reissue suffix) was upper-cased. */
    UPPER_CASED,
    /** A 15-digit first-generation ID number was converted to 18 digits (century 19, check computed). */
    CONVERTED_FROM_15_DIGITS,
    /**
     * No longer made: a bare reissue suffix {@code B} is an official form, accepted by strict parsing and kept
     * as issued ({@link DisabilityCertificateNumber#hasBareReissueSuffix()}).
     *
     * @deprecated since 0.2.0; lenient parsing never rewrites the suffix
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    BARE_REISSUE_SUFFIX
}
