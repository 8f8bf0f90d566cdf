package org.disabilitystandards.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The parsing ceiling of docs/performance.md: one thread reads a JSON Lines file in large blocks, cuts it
 * at line feeds and runs a Jackson streaming parser over every token of every line, doing nothing else
 * with them. A malformed line is counted and skipped. Prints one JSON line: records, malformed, tokens,
 * elapsedMillis.
 */
public final class StreamingCeiling {

    private static final int BLOCK = 1 << 20;

    private StreamingCeiling() {
    }

    /**
     * Runs the pass over one file.
     *
     * @param args the path of a JSON Lines file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: StreamingCeiling FILE.jsonl");
            return;
        }
        long start = System.nanoTime();
        JsonFactory factory = new JsonFactory();
        Counts counts = new Counts();
        byte[] buffer = new byte[BLOCK];
        int filled = 0;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            int n;
            while ((n = in.read(buffer, filled, buffer.length - filled)) >= 0) {
                filled += n;
                int lineStart = 0;
                for (int i = 0; i < filled; i++) {
                    if (buffer[i] == '\n') {
                        parseLine(factory, buffer, lineStart, i - lineStart, counts);
                        lineStart = i + 1;
                    }
                }
                System.arraycopy(buffer, lineStart, buffer, 0, filled - lineStart);
                filled -= lineStart;
                if (filled == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
            }
            parseLine(factory, buffer, 0, filled, counts);
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("{\"program\":\"jackson-streaming-ceiling\",\"records\":" + counts.records
                + ",\"malformed\":" + counts.malformed + ",\"tokens\":" + counts.tokens
                + ",\"elapsedMillis\":" + elapsedMillis + "}");
    }

    private static void parseLine(JsonFactory factory, byte[] buffer, int offset, int length, Counts counts) {
        int end = offset + length;
        while (end > offset && (buffer[end - 1] == '\r' || buffer[end - 1] == ' ' || buffer[end - 1] == '\t')) {
            end--;
        }
        if (end == offset) {
            return;
        }
        counts.records++;
        try (JsonParser parser = factory.createParser(buffer, offset, end - offset)) {
            while (parser.nextToken() != null) {
                counts.tokens++;
            }
        } catch (IOException e) {
            counts.malformed++;
        }
    }

    /** Running totals of the pass. */
    private static final class Counts {
        private long records;
        private long malformed;
        private long tokens;
    }
}
