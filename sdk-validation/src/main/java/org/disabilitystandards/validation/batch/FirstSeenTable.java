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

    /** Key and line side by side (key at an even index, its line after it): one cache line per probe. */
    private long[] slots = new long[2 * INITIAL_CAPACITY];
    private int size;
    private int growAt = INITIAL_CAPACITY / 4 * 3;

    long putIfAbsent(long key, long line) {
        long stored = key | PRESENT;
        long[] table = slots;
        int mask = table.length / 2 - 1;
        int index = spread(key) & mask;
        while (true) {
            long slot = table[2 * index];
            if (slot == 0L) {
                table[2 * index] = stored;
                table[2 * index + 1] = line;
                if (++size >= growAt) {
                    grow();
                }
                return ABSENT;
            }
            if (slot == stored) {
                return table[2 * index + 1];
            }
            index = (index + 1) & mask;
        }
    }

    long lineOf(long key) {
        long stored = key | PRESENT;
        long[] table = slots;
        int mask = table.length / 2 - 1;
        int index = spread(key) & mask;
        while (true) {
            long slot = table[2 * index];
            if (slot == 0L) {
                return ABSENT;
            }
            if (slot == stored) {
                return table[2 * index + 1];
            }
            index = (index + 1) & mask;
        }
    }

    int copyKeys(long[] into) {
        int count = 0;
        for (int i = 0; i < slots.length; i += 2) {
            long slot = slots[i];
            if (slot != 0L) {
                into[count++] = slot & Long.MAX_VALUE;
            }
        }
        return count;
    }

    void clear() {
        Arrays.fill(slots, 0L);
        size = 0;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        int capacity = old.length;
        long[] table = new long[2 * capacity];
        int mask = capacity - 1;
        for (int i = 0; i < old.length; i += 2) {
            long slot = old[i];
            if (slot != 0L) {
                int index = spread(slot & Long.MAX_VALUE) & mask;
                while (table[2 * index] != 0L) {
                    index = (index + 1) & mask;
                }
                table[2 * index] = slot;
                table[2 * index + 1] = old[i + 1];
            }
        }
        slots = table;
        growAt = capacity / 4 * 3;
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) ^ (int) h;
    }

    @Override
    public String toString() {
        return "FirstSeenTable{size=" + size + ", capacity=" + slots.length / 2 + "}";
    }
}
