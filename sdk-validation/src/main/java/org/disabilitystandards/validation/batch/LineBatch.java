package org.disabilitystandards.validation.batch;

import java.util.Arrays;

/**
 * Up to a few thousand consecutive non-blank lines copied out of the {@code LineSplitter}'s buffer into one
 * array owned by the batch, so that a worker thread can read them while the reading thread goes on.
 * Written by the reading thread only, then handed over (through the executor, which publishes it safely)
 * and only read afterwards.
 */
final class LineBatch {

    final long[] lineNumbers;
    final int[] starts;
    final int[] lengths;
    final boolean[] tooLong;
    byte[] data;
    int count;
    int used;
    /** Bytes of input read when the batch was closed, for progress. */
    long bytesRead;

    LineBatch(int maxLines, int initialBytes) {
        this(maxLines, new byte[initialBytes]);
    }

    /** A batch that copies its lines into {@code buffer} (a spare one of an earlier batch, reused). */
    LineBatch(int maxLines, byte[] buffer) {
        lineNumbers = new long[maxLines];
        starts = new int[maxLines];
        lengths = new int[maxLines];
        tooLong = new boolean[maxLines];
        data = buffer;
    }

    void add(long lineNumber, byte[] source, int length, boolean overlong) {
        if (used + length > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, used + length));
        }
        System.arraycopy(source, 0, data, used, length);
        lineNumbers[count] = lineNumber;
        starts[count] = used;
        lengths[count] = length;
        tooLong[count] = overlong;
        used += length;
        count++;
    }

    boolean isFull(int maxBytes) {
        return count == lineNumbers.length || used >= maxBytes;
    }
}
