package org.disabilitystandards.core.json;

import org.disabilitystandards.core.internal.LineSplitter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.core.json.ReadProblem.Kind;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    private static List<JsonLinesReader.Entry> readAll(byte[] bytes) throws IOException {
        List<JsonLinesReader.Entry> entries = new ArrayList<>();
        try (JsonLinesReader reader = new JsonLinesReader(new ByteArrayInputStream(bytes))) {
            for (JsonLinesReader.Entry entry : reader) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void linesAreNumberedAsInTheFileSkippingBlankLines() throws IOException {
        String good = Fixtures.minimal("");
        List<JsonLinesReader.Entry> entries = readAll(utf8("\n" + good + "\n   \n\t\r\n{oops\n" + good));
        assertThat(entries).extracting(JsonLinesReader.Entry::lineNumber).containsExactly(2L, 5L, 6L);
        assertThat(entries.get(0).result().record()).isPresent();
        assertThat(entries.get(1).result().problems()).extracting(ReadProblem::kind).containsExactly(Kind.MALFORMED_JSON);
        assertThat(entries.get(2).result().record()).as("last line without LF").isPresent();
    }

    @Test
    void crlfAndBomAreTolerated() throws IOException {
        String good = Fixtures.minimal("");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.write(utf8(good + "\r\n" + good + "\r\n"));
        List<JsonLinesReader.Entry> entries = readAll(out.toByteArray());
        assertThat(entries).hasSize(2);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.result().problems()).isEmpty());
    }

    @Test
    void anEmptyFileHasNoEntries() throws IOException {
        assertThat(readAll(new byte[0])).isEmpty();
        assertThat(readAll(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).isEmpty();
        assertThat(readAll(utf8("\n\r\n  \n"))).isEmpty();
    }

    @Test
    void aTenMegabyteLineIsTooLongAndReadingGoesOn() throws IOException {
        String good = Fixtures.minimal("");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(utf8(good + "\n"));
        byte[] huge = new byte[10 << 20];
        java.util.Arrays.fill(huge, (byte) 'x');
        out.write(huge);
        out.write(utf8("\n" + good + "\n"));
        List<JsonLinesReader.Entry> entries = readAll(out.toByteArray());
        assertThat(entries).extracting(JsonLinesReader.Entry::lineNumber).containsExactly(1L, 2L, 3L);
        assertThat(entries.get(1).result().problems()).extracting(ReadProblem::kind).containsExactly(Kind.TOO_LONG);
        assertThat(entries.get(2).result().record()).isPresent();
    }

    @Test
    void binaryGarbageGivesProblemsNotExceptions() throws IOException {
        byte[] garbage = new byte[200_000];
        new java.util.Random(3).nextBytes(garbage);
        List<JsonLinesReader.Entry> entries = readAll(garbage);
        assertThat(entries).isNotEmpty().allSatisfy(entry -> assertThat(entry.result().problems()).isNotEmpty());
    }

    @Test
    void theIteratorIsSingleUse() throws IOException {
        try (JsonLinesReader reader = new JsonLinesReader(new ByteArrayInputStream(new byte[0]))) {
            reader.iterator();
            assertThatThrownBy(reader::iterator).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theSplitterKeepsLinesOnBothSidesOfTheLimit() throws IOException {
        qt().forAll(integers().between(1, 40)).checkAssert(limit -> {
            StringBuilder text = new StringBuilder();
            for (int length = 1; length <= 45; length++) {
                text.append("y".repeat(length)).append(length % 2 == 0 ? "\r\n" : "\n");
            }
            try (LineSplitter splitter = new LineSplitter(new TrickleStream(utf8(text.toString())), limit)) {
                for (int length = 1; length <= 45; length++) {
                    LineSplitter.Line line = splitter.next();
                    assertThat(line.lineNumber()).isEqualTo(length);
                    assertThat(line.tooLong()).isEqualTo(length > limit);
                    assertThat(line.length()).isEqualTo(length > limit ? 0 : length);
                    assertThat(line.bytes()).hasSize(line.length());
                }
                assertThat(splitter.next()).isNull();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void copiesBelongToTheCallerAndSurviveTheNextLine() throws IOException {
        try (LineSplitter splitter = new LineSplitter(new ByteArrayInputStream(utf8("aaa\nbbb\n")), 100)) {
            LineSplitter.Line first = splitter.next();
            LineSplitter.Line second = splitter.next();
            assertThat(new String(first.bytes(), 0, first.length(), StandardCharsets.UTF_8)).isEqualTo("aaa");
            assertThat(new String(second.bytes(), 0, second.length(), StandardCharsets.UTF_8)).isEqualTo("bbb");
            assertThat(PersonRecordReader.standard().read(second.bytes(), 0, second.length()).problems()).extracting(ReadProblem::kind)
                    .containsExactly(Kind.MALFORMED_JSON);
        }
    }

    /** A stream that hands out one or two bytes per read, to exercise buffer edges and the BOM check. */
    private static final class TrickleStream extends InputStream {
        private final byte[] bytes;
        private int position;

        TrickleStream(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (position >= bytes.length) {
                return -1;
            }
            int count = Math.min(Math.min(length, 1 + position % 2), bytes.length - position);
            System.arraycopy(bytes, position, target, offset, count);
            position += count;
            return count;
        }
    }
}
