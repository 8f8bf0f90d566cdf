package org.disabilitystandards.validation.batch;

import java.util.Arrays;

/**
 * Remembers, for each non-negative {@code long} key, the line where it was first seen: open addressing with
 * linear probing over two primitive arrays (16 bytes per slot, the table doubles at a load of 0.75, so 21
 * to 43 bytes per key), no boxing and no object per key; lines are kept as {@code long}s, like everywhere in
 * the batch pipeline. Unbounded by itself; {@link SpillingFirstSeenTable} bounds it. Not
 * thread-safe; used by the single emitting thread of a batch run.
 */
final class FirstSeenTable {

    /** Returned by {@link #putIfAbsent} for a key not seen before. */
    static final long ABSENT = -1;

    private static final int INITIAL_CAPACITY = 1 << 12;
    private static final long PRESENT = Long.MIN_VALUE;

    private long[] keys = new long[INITIAL_CAPACITY];
    private long[] lines = new long[INITIAL_CAPACITY];
    private int size;
    private int growAt = INITIAL_CAPACITY / 4 * 3;

    /**
     * Records a key's first line, unless the key was seen before.
     *
     * @param key  a non-negative key
     * @param line the current line
     * @return the line where the key was first seen, or {@link #ABSENT} if it is new
     */
    long putIfAbsent(long key, long line) {
        long stored = key | PRESENT;
        int mask = keys.length - 1;
        int index = spread(key) & mask;
        while (true) {
            long slot = keys[index];
            if (slot == 0L) {
                keys[index] = stored;
                lines[index] = line;
                if (++size >= growAt) {
                    grow();
                }
                return ABSENT;
            }
            if (slot == stored) {
                return lines[index];
            }
            index = (index + 1) & mask;
        }
    }

    /**
     * Returns the first line of a key.
     *
     * @param key a non-negative key
     * @return the line where the key was first seen, or {@link #ABSENT} if it is not in the table
     */
    long lineOf(long key) {
        long stored = key | PRESENT;
        int mask = keys.length - 1;
        int index = spread(key) & mask;
        while (true) {
            long slot = keys[index];
            if (slot == 0L) {
                return ABSENT;
            }
            if (slot == stored) {
                return lines[index];
            }
            index = (index + 1) & mask;
        }
    }

    /**
     * Copies the keys, in no particular order, to the start of an array.
     *
     * @param into an array of at least {@link #size()} elements
     * @return the number of keys copied
     */
    int copyKeys(long[] into) {
        int count = 0;
        for (long slot : keys) {
            if (slot != 0L) {
                into[count++] = slot & Long.MAX_VALUE;
            }
        }
        return count;
    }

    /** Removes every key, keeping the capacity reached. */
    void clear() {
        Arrays.fill(keys, 0L);
        size = 0;
    }

    /**
     * Returns the number of keys.
     *
     * @return the size
     */
    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldLines = lines;
        int capacity = oldKeys.length * 2;
        long[] newKeys = new long[capacity];
        long[] newLines = new long[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            long slot = oldKeys[i];
            if (slot != 0L) {
                int index = spread(slot & Long.MAX_VALUE) & mask;
                while (newKeys[index] != 0L) {
                    index = (index + 1) & mask;
                }
                newKeys[index] = slot;
                newLines[index] = oldLines[i];
            }
        }
        keys = newKeys;
        lines = newLines;
        growAt = capacity / 4 * 3;
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) ^ (int) h;
    }

    @Override
    public String toString() {
        return "FirstSeenTable{size=" + size + ", capacity=" + keys.length + "}";
    }
}
