package org.disabilitystandards.validation.batch;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * One sorted run of (key, first line) pairs that a {@link SpillingFirstSeenTable} wrote to its temporary
 * file: {@value #ENTRY_BYTES} bytes per pair (the key, then the line as a {@code long}), sorted by key. The keys
 * are those the table gives it, already under its secret {@link KeyPermutation}. In
 * memory it keeps only a {@link BloomFilter} of its keys and a sparse index (the first key of every block of
 * {@value #BLOCK_ENTRIES} pairs), about 1.3 bytes per key; a lookup whose key passes the filter reads the one
 * block that may hold it with a positional read into the caller's buffer. Not thread-safe.
 */
final class SpilledRun {

    /** Bytes of one pair in the file: an 8-byte key and an 8-byte line. */
    static final int ENTRY_BYTES = Long.BYTES + Long.BYTES;
    /** Pairs per block; the sparse index holds the first key of each block. */
    static final int BLOCK_ENTRIES = 256;
    /** Bytes of the largest block, the size of the buffer that {@link #lineOf} needs. */
    static final int BLOCK_BYTES = BLOCK_ENTRIES * ENTRY_BYTES;

    private final FileChannel channel;
    private final long offset;
    private final int count;
    private final long[] blockFirstKeys;
    private final BloomFilter filter;

    private SpilledRun(FileChannel channel, long offset, int count, long[] blockFirstKeys, BloomFilter filter) {
        this.channel = channel;
        this.offset = offset;
        this.count = count;
        this.blockFirstKeys = blockFirstKeys;
        this.filter = filter;
    }

    /**
     * Writes pairs, sorted by key, to a file at a position and returns the run that reads them back.
     *
     * @param channel the file, open for reading and writing
     * @param offset  where the run starts in the file
     * @param keys    distinct keys in ascending order
     * @param lines   the first line of each key
     * @param count   the number of pairs, at least 1
     * @param buffer  a buffer for writing, holding at least one pair; its contents are overwritten
     * @return the run
     * @throws IOException if the file cannot be written
     */
    static SpilledRun write(FileChannel channel, long offset, long[] keys, long[] lines, int count, ByteBuffer buffer)
            throws IOException {
        long[] blockFirstKeys = new long[(count + BLOCK_ENTRIES - 1) / BLOCK_ENTRIES];
        BloomFilter filter = new BloomFilter(count);
        long position = offset;
        buffer.clear();
        for (int i = 0; i < count; i++) {
            long key = keys[i];
            if (i % BLOCK_ENTRIES == 0) {
                blockFirstKeys[i / BLOCK_ENTRIES] = key;
            }
            filter.add(key);
            if (buffer.remaining() < ENTRY_BYTES) {
                position += flush(channel, buffer, position);
            }
            buffer.putLong(key).putLong(lines[i]);
        }
        flush(channel, buffer, position);
        return new SpilledRun(channel, offset, count, blockFirstKeys, filter);
    }

    /**
     * Returns the bytes the run occupies in its file.
     *
     * @return the length
     */
    long length() {
        return (long) count * ENTRY_BYTES;
    }

    /**
     * Finds the first line of a key.
     *
     * @param key    the key
     * @param buffer a reused buffer of at least {@link #BLOCK_BYTES}; its contents are overwritten
     * @return the line, or {@link FirstSeenTable#ABSENT} if the run does not hold the key
     * @throws IOException if the file cannot be read
     */
    long lineOf(long key, ByteBuffer buffer) throws IOException {
        if (key < blockFirstKeys[0] || !filter.mightContain(key)) {
            return FirstSeenTable.ABSENT;
        }
        int block = lastBlockStartingAtOrBelow(key);
        int first = block * BLOCK_ENTRIES;
        int entries = Math.min(BLOCK_ENTRIES, count - first);
        buffer.clear().limit(entries * ENTRY_BYTES);
        long position = offset + (long) first * ENTRY_BYTES;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new EOFException("duplicate detection run truncated");
            }
            position += read;
        }
        int low = 0;
        int high = entries - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long found = buffer.getLong(middle * ENTRY_BYTES);
            if (found < key) {
                low = middle + 1;
            } else if (found > key) {
                high = middle - 1;
            } else {
                return buffer.getLong(middle * ENTRY_BYTES + Long.BYTES);
            }
        }
        return FirstSeenTable.ABSENT;
    }

    private int lastBlockStartingAtOrBelow(long key) {
        int low = 0;
        int high = blockFirstKeys.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (blockFirstKeys[middle] <= key) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    private static int flush(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        buffer.flip();
        int written = 0;
        while (buffer.hasRemaining()) {
            written += channel.write(buffer, position + written);
        }
        buffer.clear();
        return written;
    }

    @Override
    public String toString() {
        return "SpilledRun{offset=" + offset + ", keys=" + count + "}";
    }
}
