package org.disabilitystandards.validation.batch;

import java.io.PushbackInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Looks at the first bytes of a text input (JSON Lines or CSV) and refuses one that is a known binary
 * format, by its signature ("magic number"): a zip archive ({@code PK\3\4}: an {@code .xlsx} workbook, for
 * example), an OLE2 compound file ({@code D0 CF 11 E0}: a legacy {@code .xls} or an encrypted workbook), PDF,
 * gzip. Other garbage is read line by line and reported as FORMAT issues, as before.
 */
final class InputSignature {

    private static final int PEEK = 8;

    private InputSignature() {
    }

    /**
     * Returns a stream that reads the same bytes as {@code in}, after checking its first bytes.
     *
     * @param in the input
     * @return the stream to read from instead of {@code in} (it does not close {@code in}'s owner's stream
     *         any differently: closing it closes {@code in})
     * @throws UnreadableInputException if the input starts like a binary format
     * @throws IOException              if the input cannot be read
     */
    static InputStream check(InputStream in) throws IOException {
        // a pushback stream, not a BufferedInputStream: the latter asks available(), which fails on a FIFO
        PushbackInputStream pushback = new PushbackInputStream(in, PEEK);
        byte[] head = pushback.readNBytes(PEEK);
        pushback.unread(head);
        String refusal = refusal(head);
        if (refusal != null) {
            throw new UnreadableInputException(refusal);
        }
        return pushback;
    }

    /** Returns why a head of input is refused, or null when it may be text. */
    static String refusal(byte[] head) {
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
            return "this is a zip archive (an .xlsx workbook?), not JSON Lines or CSV: give workbooks the .xlsx ending";
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "this is a legacy Excel .xls or an encrypted workbook, not JSON Lines or CSV: save it as an "
                    + "unencrypted .xlsx workbook";
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return "this is a PDF document, not JSON Lines or CSV";
        }
        if (startsWith(head, 0x1F, 0x8B)) {
            return "this is gzip-compressed, not JSON Lines or CSV: decompress it first";
        }
        return null;
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
