package org.disabilitystandards.validation.batch;

/**
 * Recognises input that is not UTF-8 (exchange format version 1 is UTF-8 only) from its first bytes, so that
 * a UTF-16 or UTF-32 file is refused with one file-level issue instead of being read as phantom records: by
 * its byte order mark, or, without one, by the NUL bytes that ASCII text has in those encodings (a NUL byte
 * never occurs in UTF-8 text of the format).
 */
final class InputEncoding {

    /** How many leading bytes {@link #refusedEncoding} looks at. */
    static final int SNIFF_BYTES = 4;

    private InputEncoding() {
    }

    /**
     * Names the encoding of input that is not UTF-8.
     *
     * @param head the first bytes of the input (fewer at a short input)
     * @return {@code "UTF-32"} or {@code "UTF-16"} (with the byte order), or null if nothing speaks against UTF-8
     */
    static String refusedEncoding(byte[] head) {
        int n = head.length;
        if (n >= 4 && head[0] == 0 && head[1] == 0 && (head[2] & 0xFF) == 0xFE && (head[3] & 0xFF) == 0xFF) {
            return "UTF-32BE";
        }
        if (n >= 4 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE && head[2] == 0 && head[3] == 0) {
            return "UTF-32LE";
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return "UTF-16BE";
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return "UTF-16LE";
        }
        if (n >= 2 && head[0] == 0 && head[1] != 0) {
            return "UTF-16BE";
        }
        if (n >= 2 && head[0] != 0 && head[1] == 0) {
            return n >= 4 && head[2] == 0 && head[3] == 0 ? "UTF-32LE" : "UTF-16LE";
        }
        if (n >= 4 && head[0] == 0 && head[1] == 0) {
            return "UTF-32BE";
        }
        return null;
    }
}
