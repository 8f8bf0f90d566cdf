package org.disabilitystandards.validation.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a text stream in another encoding (GB18030, which Excel on Chinese Windows writes for CSV; GBK) as
 * UTF-8 bytes, so that the line splitter and the readers see UTF-8 whatever the source. A byte sequence that
 * is not valid in the source encoding becomes the byte {@code 0xFF}, which is never valid UTF-8: the line
 * holding it is then reported as malformed (FORMAT.MALFORMED_CSV or FORMAT.MALFORMED_JSON) instead of being
 * silently replaced. Not thread-safe; the underlying stream is not closed.
 */
final class Utf8Transcoding extends InputStream {

    private static final byte INVALID = (byte) 0xFF;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    private final ByteBuffer source = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer out = ByteBuffer.allocate(8192 * 4 + 16);
    private boolean endOfInput;
    private boolean finished;

    Utf8Transcoding(InputStream in, Charset encoding) {
        this.in = in;
        this.decoder = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        source.flip();
        out.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!out.hasRemaining()) {
            if (finished) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, out.remaining());
        out.get(buffer, offset, n);
        return n;
    }

    /** Decodes the next chunk of input into {@link #out}. */
    private void fill() throws IOException {
        out.clear();
        if (!endOfInput && source.remaining() < 16) {
            source.compact();
            int n = in.read(source.array(), source.position(), source.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                source.position(source.position() + n);
            }
            source.flip();
        }
        chars.clear();
        CoderResult result = decoder.decode(source, chars, endOfInput);
        if (result.isError()) {
            encodeChars();
            for (int i = 0; i < result.length(); i++) {
                source.get();
            }
            out.put(INVALID);
        } else {
            if (endOfInput && !source.hasRemaining()) {
                decoder.flush(chars);
                finished = true;
            }
            encodeChars();
        }
        out.flip();
    }

    private void encodeChars() {
        chars.flip();
        encoder.reset();
        encoder.encode(chars, out, true);
        encoder.flush(out);
    }
}
