package org.disabilitystandards.core.json;

import org.disabilitystandards.core.internal.LineSplitter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Reads a JSON Lines exchange file (exchange format version 1) sequentially, in constant memory: for each
 * non-blank line, its 1-based line number in the file and the {@link RecordReadResult} of
 * {@link PersonRecordReader}. Line splitting follows {@link LineSplitter} (LF, CR stripped, BOM tolerated,
 * blank lines skipped but counted, over-long lines reported as {@code TOO_LONG} without buffering them).
 * Reading never stops at a bad line. Not thread-safe; closing it closes the stream.
 *
 * <p>Use {@link #next()} in a loop, or iterate once ({@link #iterator()}, where read errors become
 * {@link UncheckedIOException}).
 */
public final class JsonLinesReader implements Closeable, Iterable<JsonLinesReader.Entry> {

    /**
     * One non-blank line of the file.
     *
     * @param lineNumber the 1-based line number
     * @param result     what was read from the line
     */
    public record Entry(long lineNumber, RecordReadResult result) {

        /**
         * Checks the components.
         *
         * @param lineNumber the 1-based line number
         * @param result     what was read from the line
         * @throws NullPointerException if the result is null
         */
        public Entry {
            Objects.requireNonNull(result, "result");
        }
    }

    private final LineSplitter lines;
    private final PersonRecordReader reader;
    private boolean iterated;

    /**
     * Creates a reader with {@link PersonRecordReader#standard()}.
     *
     * @param in the UTF-8 stream
     */
    public JsonLinesReader(InputStream in) {
        this(in, PersonRecordReader.standard());
    }

    /**
     * Creates a reader.
     *
     * @param in     the UTF-8 stream
     * @param reader the record reader (its limits also set the line limit)
     */
    public JsonLinesReader(InputStream in, PersonRecordReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.lines = new LineSplitter(in, reader.limits().maxLineBytes());
    }

    /**
     * Reads the next non-blank line.
     *
     * @return the entry, or null at the end of the stream
     * @throws IOException if the stream cannot be read
     */
    public Entry next() throws IOException {
        if (!lines.advance()) {
            return null;
        }
        RecordReadResult result = lines.isTooLong()
                ? reader.lineTooLong()
                : reader.read(lines.buffer(), 0, lines.length());
        return new Entry(lines.lineNumber(), result);
    }

    /**
     * Returns the single iterator over the remaining lines.
     *
     * @return the iterator
     * @throws IllegalStateException if called a second time
     */
    @Override
    public Iterator<Entry> iterator() {
        if (iterated) {
            throw new IllegalStateException("a JsonLinesReader can be iterated only once");
        }
        iterated = true;
        return new Iterator<>() {
            private Entry pending;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (pending == null && !done) {
                    try {
                        pending = JsonLinesReader.this.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    done = pending == null;
                }
                return pending != null;
            }

            @Override
            public Entry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Entry entry = pending;
                pending = null;
                return entry;
            }
        };
    }

    /**
     * Closes the stream.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        lines.close();
    }
}
