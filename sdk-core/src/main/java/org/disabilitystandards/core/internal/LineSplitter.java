package org.disabilitystandards.core.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Splits a UTF-8 JSON Lines stream (exchange format version 1) into lines, in constant memory: lines end at
 * LF, CRLF or a lone CR (old Mac line ends), a UTF-8 byte order mark at the start is skipped, blank lines
 * (only spaces, tabs, no-break or ideographic spaces) are skipped but counted, and lines are numbered as in
 * the file, from 1. A line longer
 * than the limit is not buffered: it is marked {@linkplain #isTooLong() too long} (rule
 * {@code FORMAT.TOO_LONG}) and the splitter reads on to the next LF. Bytes are not decoded or checked here.
 *
 * <p><b>Buffer ownership.</b> Two ways to take lines:
 * <ul>
 *   <li>{@link #advance()} then {@link #buffer()}, {@link #length()}, {@link #lineNumber()},
 *       {@link #isTooLong()}: no allocation per line; the buffer belongs to the splitter and is
 *       <em>overwritten by the next {@code advance()}</em>, so it must be used before then, on the same
 *       thread;</li>
 *   <li>{@link #next()} (or {@link #copy()} after {@code advance()}): a {@link Line} with a fresh array of
 *       exactly the line's length that belongs to the caller and is never touched by the splitter again;
 *       use this to hand lines to other threads.</li>
 * </ul>
 * A splitter is not thread-safe: one thread reads it. Closing it closes the stream.
 */
public final class LineSplitter implements Closeable {

    /**
     * One line, owned by whoever received it.
     *
     * @param lineNumber the 1-based line number in the file
     * @param bytes      the line's bytes from index 0, without its terminator (empty when too long)
     * @param length     the number of valid bytes in {@code bytes}
     * @param tooLong    whether the line exceeded the limit (its bytes were not kept)
     */
    public record Line(long lineNumber, byte[] bytes, int length, boolean tooLong) {

        /**
         * Checks the components.
         *
         * @param lineNumber the 1-based line number
         * @param bytes      the line's bytes
         * @param length     the number of valid bytes
         * @param tooLong    whether the line exceeded the limit
         * @throws IllegalArgumentException if the length does not fit the array
         */
        public Line {
            Objects.requireNonNull(bytes, "bytes");
            if (length < 0 || length > bytes.length) {
                throw new IllegalArgumentException("length outside the array");
            }
        }
    }

    private static final int READ_BUFFER_SIZE = 64 * 1024;
    private static final int INITIAL_LINE_BUFFER = 8 * 1024;
    private static final byte[] NO_BYTES = new byte[0];

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] readBuffer = new byte[READ_BUFFER_SIZE];
    private int readPosition;
    private int readEnd;
    private boolean started;
    private boolean endOfStream;
    private boolean afterCarriageReturn;

    private byte[] lineBuffer;
    private int lineLength;
    private boolean tooLong;
    private long lineNumber;

    /**
     * Creates a splitter.
     *
     * @param in           the stream (closed by {@link #close()})
     * @param maxLineBytes the longest line kept, in bytes without the terminator
     *                     (see {@link ReadLimits#maxLineBytes()})
     */
    public LineSplitter(InputStream in, int maxLineBytes) {
        this.in = Objects.requireNonNull(in, "in");
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive");
        }
        this.maxLineBytes = maxLineBytes;
        this.lineBuffer = new byte[Math.min(INITIAL_LINE_BUFFER, maxLineBytes + 1)];
    }

    /**
     * Moves to the next non-blank line.
     *
     * @return false at the end of the stream
     * @throws IOException if the stream cannot be read
     */
    public boolean advance() throws IOException {
        while (readLine()) {
            if (tooLong || !isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves to the next non-blank line and returns a copy that the caller owns.
     *
     * @return the line, or null at the end of the stream
     * @throws IOException if the stream cannot be read
     */
    public Line next() throws IOException {
        return advance() ? copy() : null;
    }

    /**
     * Returns a copy of the current line that the caller owns.
     *
     * @return the line
     * @throws IllegalStateException before the first successful {@link #advance()}
     */
    public Line copy() {
        if (lineNumber == 0) {
            throw new IllegalStateException("no current line");
        }
        return new Line(lineNumber, tooLong ? NO_BYTES : Arrays.copyOf(lineBuffer, lineLength), lineLength, tooLong);
    }

    /**
     * Returns the 1-based number of the current line.
     *
     * @return the line number (0 before the first line)
     */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * Returns the splitter's buffer holding the current line from index 0; overwritten by the next
     * {@link #advance()}.
     *
     * @return the internal buffer (do not keep it)
     */
    public byte[] buffer() {
        return lineBuffer;
    }

    /**
     * Returns the current line's length in bytes (0 when too long).
     *
     * @return the length
     */
    public int length() {
        return lineLength;
    }

    /**
     * Returns whether the current line exceeded the limit.
     *
     * @return true if too long
     */
    public boolean isTooLong() {
        return tooLong;
    }

    /**
     * Closes the stream.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean readLine() throws IOException {
        lineLength = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (readPosition == readEnd && !fill()) {
                if (!any) {
                    return false;
                }
                break;
            }
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (readBuffer[readPosition] == '\n') {
                    readPosition++;
                    continue;
                }
            }
            any = true;
            int end = readPosition;
            byte[] buffer = readBuffer;
            int limit = readEnd;
            end = lineEnd(buffer, end, limit);
            append(readPosition, end - readPosition);
            if (end < limit) {
                // CRLF, LF and a lone CR all end a line; the LF of a CRLF may come with the next read
                afterCarriageReturn = buffer[end] == '\r';
                readPosition = end + 1;
                break;
            }
            readPosition = limit;
        }
        lineNumber++;
        if (lineLength > maxLineBytes) {
            tooLong = true;
        }
        if (tooLong) {
            lineLength = 0;
        }
        return true;
    }

    /**
     * The index of the first LF or CR in {@code buffer[from, limit)}, else {@code limit}. Bytes above CR
     * (everything in a line of JSON or CSV text but tabs, and every byte of a multi-byte UTF-8 sequence)
     * are passed with one test each, four at a time.
     */
    private static int lineEnd(byte[] buffer, int from, int limit) {
        int i = from;
        int fast = limit - 3;
        while (i < fast && (buffer[i] & 0xFF) > '\r' && (buffer[i + 1] & 0xFF) > '\r'
                && (buffer[i + 2] & 0xFF) > '\r' && (buffer[i + 3] & 0xFF) > '\r') {
            i += 4;
        }
        while (i < limit && buffer[i] != '\n' && buffer[i] != '\r') {
            i++;
        }
        return i;
    }

    private void append(int from, int count) {
        if (tooLong || count == 0) {
            return;
        }
        int needed = lineLength + count;
        if (needed > maxLineBytes + 1) {
            tooLong = true;
            return;
        }
        if (needed > lineBuffer.length) {
            lineBuffer = Arrays.copyOf(lineBuffer, Math.min(maxLineBytes + 1, Math.max(needed, lineBuffer.length * 2)));
        }
        System.arraycopy(readBuffer, from, lineBuffer, lineLength, count);
        lineLength = needed;
    }

    private boolean fill() throws IOException {
        if (endOfStream) {
            return false;
        }
        int count = in.read(readBuffer, 0, readBuffer.length);
        if (!started) {
            started = true;
            while (count >= 0 && count < 3) {
                int more = in.read(readBuffer, count, readBuffer.length - count);
                if (more < 0) {
                    break;
                }
                count += more;
            }
            if (count >= 3 && readBuffer[0] == (byte) 0xEF && readBuffer[1] == (byte) 0xBB
                    && readBuffer[2] == (byte) 0xBF) {
                readPosition = 3;
                readEnd = count;
                return readEnd > readPosition || fill();
            }
        }
        if (count <= 0) {
            if (count < 0) {
                endOfStream = true;
                return false;
            }
            return fill();
        }
        readPosition = 0;
        readEnd = count;
        return true;
    }

    /**
     * Whether the line holds only white space: ASCII space, tab and CR, and the Unicode spaces that
     * spreadsheets and Chinese input methods leave in otherwise empty rows (U+00A0 no-break space,
     * U+3000 ideographic space, U+FEFF zero width no-break space).
     */
    private boolean isBlank() {
        int i = 0;
        while (i < lineLength) {
            byte b = lineBuffer[i];
            if (b == ' ' || b == '\t' || b == '\r') {
                i++;
            } else if (b == (byte) 0xC2 && i + 1 < lineLength && lineBuffer[i + 1] == (byte) 0xA0) {
                i += 2;
            } else if (b == (byte) 0xE3 && i + 2 < lineLength && lineBuffer[i + 1] == (byte) 0x80
                    && lineBuffer[i + 2] == (byte) 0x80) {
                i += 3;
            } else if (b == (byte) 0xEF && i + 2 < lineLength && lineBuffer[i + 1] == (byte) 0xBB
                    && lineBuffer[i + 2] == (byte) 0xBF) {
                i += 3;
            } else {
                return false;
            }
        }
        return true;
    }
}
