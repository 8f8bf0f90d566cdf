package org.disabilitystandards.validation.batch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes lines strictly as UTF-8: invalid sequences are reported (null), never replaced. Keeps its decoder
 * and character buffer between lines; not thread-safe.
 */
final class Utf8Text {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer chars = CharBuffer.allocate(1024);

    /**
     * Decodes bytes.
     *
     * @return the text, or null if the bytes are not valid UTF-8
     */
    String decode(byte[] data, int offset, int length) {
        if (chars.capacity() < length) {
            chars = CharBuffer.allocate(Math.max(length, chars.capacity() * 2));
        }
        chars.clear();
        decoder.reset();
        if (decoder.decode(ByteBuffer.wrap(data, offset, length), chars, true).isError()
                || decoder.flush(chars).isError()) {
            return null;
        }
        chars.flip();
        return chars.toString();
    }
}
