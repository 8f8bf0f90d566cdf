package org.disabilitystandards.validation.batch;

/**
 * A set of non-negative {@code long} keys in one primitive array (open addressing, linear probing): 11 to 23
 * bytes per key (the table doubles at a load of 0.7), no boxing, no per-key object. Not thread-safe; used by the
 * single emitting thread of a batch run.
 */
final class LongKeySet {

    private static final int INITIAL_CAPACITY = 1 << 12;
    private static final double MAX_LOAD = 0.7;
    private static final long EMPTY = 0L;
    private static final long PRESENT = Long.MIN_VALUE;

    private long[] slots = new long[INITIAL_CAPACITY];
    private int size;
    private int growAt = (int) (INITIAL_CAPACITY * MAX_LOAD);

    /**
     * Adds a key.
     *
     * @param key a non-negative key
     * @return true if the key was not in the set
     */
    boolean add(long key) {
        long stored = key | PRESENT;
        int mask = slots.length - 1;
        int index = spread(key) & mask;
        while (true) {
            long slot = slots[index];
            if (slot == EMPTY) {
                slots[index] = stored;
                if (++size >= growAt) {
                    grow();
                }
                return true;
            }
            if (slot == stored) {
                return false;
            }
            index = (index + 1) & mask;
        }
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
        long[] old = slots;
        long[] bigger = new long[old.length * 2];
        int mask = bigger.length - 1;
        for (long slot : old) {
            if (slot != EMPTY) {
                int index = spread(slot & Long.MAX_VALUE) & mask;
                while (bigger[index] != EMPTY) {
                    index = (index + 1) & mask;
                }
                bigger[index] = slot;
            }
        }
        slots = bigger;
        growAt = (int) (bigger.length * MAX_LOAD);
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) ^ (int) h;
    }

    @Override
    public String toString() {
        return "LongKeySet{size=" + size + ", capacity=" + slots.length + "}";
    }
}
