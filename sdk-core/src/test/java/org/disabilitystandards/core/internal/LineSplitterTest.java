package org.disabilitystandards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LineSplitter} against a plain reference splitter: LF, CRLF and a lone CR end a line, wherever the
 * reads of the stream happen to cut it; blank lines are skipped but counted; tabs and bytes of multi-byte
 * UTF-8 sequences never end a line.
 */
class LineSplitterTest {

    private static final byte[] ALPHABET = {'a', '{', '"', ' ', '\t', '\n', '\r', 0x0B, 0x0C, 0x0E, (byte) 0x80,
        (byte) 0xE4, (byte) 0xFF};

    @Test
    void splitsLikeThePlainReferenceWhereverReadsEnd() {
        qt().withExamples(3_000)
                .forAll(lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 400),
                        integers().between(1, 70))
                .checkAssert((draws, chunk) -> {
                    byte[] input = new byte[draws.size()];
                    for (int i = 0; i < input.length; i++) {
                        input[i] = ALPHABET[draws.get(i)];
                    }
                    assertThat(split(input, chunk)).isEqualTo(reference(input));
                });
    }

    @Test
    void aLineEndingRightAfterAFourByteGroupOrAtTheEndOfTheBufferIsFound() {
        for (int length = 0; length < 12; length++) {
            byte[] line = new byte[length + 1];
            Arrays.fill(line, (byte) 'x');
            line[length] = '\n';
            assertThat(split(line, 64)).isEqualTo(length == 0 ? List.of() : List.of("1:" + "x".repeat(length)));
        }
    }

    /** "lineNumber:text" of every non-blank line, read in chunks of at most {@code chunk} bytes. */
    private static List<String> split(byte[] input, int chunk) {
        List<String> lines = new ArrayList<>();
        try (LineSplitter splitter = new LineSplitter(new Chunked(input, chunk), 1 << 16)) {
            while (splitter.advance()) {
                lines.add(splitter.lineNumber() + ":" + new String(splitter.buffer(), 0, splitter.length(),
                        StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static List<String> reference(byte[] input) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        long number = 0;
        int i = 0;
        boolean open = false;
        while (i < input.length) {
            byte b = input[i++];
            if (b == '\n' || b == '\r') {
                if (b == '\r' && i < input.length && input[i] == '\n') {
                    i++;
                }
                number++;
                addUnlessBlank(lines, number, line);
                line.setLength(0);
                open = false;
            } else {
                line.append((char) (b & 0xFF));
                open = true;
            }
        }
        if (open) {
            number++;
            addUnlessBlank(lines, number, line);
        }
        return lines;
    }

    private static void addUnlessBlank(List<String> lines, long number, CharSequence line) {
        if (!line.toString().replace(" ", "").replace("\t", "").isEmpty()) {
            lines.add(number + ":" + line);
        }
    }

    /** A stream that returns at most {@code chunk} bytes per read. */
    private static final class Chunked extends InputStream {
        private final ByteArrayInputStream in;
        private final int chunk;

        Chunked(byte[] bytes, int chunk) {
            this.in = new ByteArrayInputStream(bytes);
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, Math.min(len, chunk));
        }
    }
}
