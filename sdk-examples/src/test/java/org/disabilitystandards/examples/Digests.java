package org.disabilitystandards.examples;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests of text, for the tests that compare output with digests recorded from an earlier build. */
public final class Digests {

    private Digests() {
    }

    /**
     * Returns the SHA-256 digest of a text's UTF-8 bytes, as {@code sha256sum} prints it.
     *
     * @param text the text
     * @return 64 lower-case hexadecimal digits
     */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
