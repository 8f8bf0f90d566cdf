package org.disabilitystandards.validation.batch;

/**
 * Turns record ids and ID numbers into 63-bit keys for duplicate detection without keeping the strings.
 *
 * <p>Exact keys (no two different texts share one): an ID number of the GB 11643-1999 shape (17 ASCII
 * digits and a digit or {@code X}) becomes {@code first17 * 11 + check} (below 2^61); a record id of at
 * most {@value #EXACT_RECORD_ID_LENGTH} characters of the exchange format's alphabet
 * {@code [A-Za-z0-9._-]} becomes its bijective base-66 value (below 2^61); a record id of
 * {@value #EXACT_UPPER_RECORD_ID_LENGTH} characters of {@code [0-9A-Z-]} (such as {@code QH-00000016})
 * becomes its bijective base-38 value (below 2^58) with bit 61 set. Any other text gets a 64-bit mixed
 * hash with bit 62 set, so hashed keys never equal exact ones; two different hashed texts share a key
 * with probability about n^2 / 2^63 (below 10^-5 for five million such texts in one file).
 */
final class CompactKeys {

    /** The longest record id that has an exact key: 66^10 is below 2^61. */
    static final int EXACT_RECORD_ID_LENGTH = 10;
    /** The longest record id of digits, capitals and hyphens that has an exact key: 38^11 is below 2^58. */
    static final int EXACT_UPPER_RECORD_ID_LENGTH = 11;

    private static final long UPPER = 1L << 61;
    private static final int UPPER_BASE = 38;

    private static final long HASHED = 1L << 62;
    private static final long KEY_MASK = Long.MAX_VALUE;
    private static final int ID_LENGTH = 18;
    private static final int ALPHABET_BASE = 66;
    private static final byte[] DIGIT_OF = new byte[128];

    static {
        int next = 1;
        for (char c = '0'; c <= '9'; c++) {
            DIGIT_OF[c] = (byte) next++;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            DIGIT_OF[c] = (byte) next++;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            DIGIT_OF[c] = (byte) next++;
        }
        DIGIT_OF['.'] = (byte) next++;
        DIGIT_OF['_'] = (byte) next++;
        DIGIT_OF['-'] = (byte) next;
    }

    private CompactKeys() {
    }

    /**
     * Returns the key of an ID number as exchanged.
     *
     * @param idNumber the text
     * @return a non-negative key
     */
    static long idNumberKey(String idNumber) {
        if (idNumber.length() == ID_LENGTH) {
            long value = 0;
            for (int i = 0; i < ID_LENGTH - 1; i++) {
                int digit = idNumber.charAt(i) - '0';
                if (digit < 0 || digit > 9) {
                    return hashed(idNumber);
                }
                value = value * 10 + digit;
            }
            char last = idNumber.charAt(ID_LENGTH - 1);
            int check;
            if (last >= '0' && last <= '9') {
                check = last - '0';
            } else if (last == 'X') {
                check = 10;
            } else {
                return hashed(idNumber);
            }
            return value * 11 + check;
        }
        return hashed(idNumber);
    }

    /**
     * Returns the key of a record id.
     *
     * @param recordId the text
     * @return a non-negative key
     */
    static long recordIdKey(String recordId) {
        int length = recordId.length();
        if (length <= EXACT_RECORD_ID_LENGTH) {
            long value = 0;
            for (int i = 0; i < length; i++) {
                char c = recordId.charAt(i);
                int digit = c < 128 ? DIGIT_OF[c] : 0;
                if (digit == 0) {
                    return hashed(recordId);
                }
                value = value * ALPHABET_BASE + digit;
            }
            return value;
        }
        if (length == EXACT_UPPER_RECORD_ID_LENGTH) {
            long value = 0;
            for (int i = 0; i < length; i++) {
                char c = recordId.charAt(i);
                int digit;
                if (c >= '0' && c <= '9') {
                    digit = 1 + c - '0';
                } else if (c >= 'A' && c <= 'Z') {
                    digit = 11 + c - 'A';
                } else if (c == '-') {
                    digit = UPPER_BASE - 1;
                } else {
                    return hashed(recordId);
                }
                value = value * UPPER_BASE + digit;
            }
            return value | UPPER;
        }
        return hashed(recordId);
    }

    private static long hashed(String text) {
        long h = 0x9E3779B97F4A7C15L ^ text.length();
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (h & KEY_MASK) | HASHED;
    }
}
