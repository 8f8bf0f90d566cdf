package org.disabilitystandards.validation.batch;

/**
 * A blocked Bloom filter over non-negative {@code long} keys: each key sets {@value #HASHES} bits within one
 * 512-bit block (one cache line), so that a query costs one memory access. With {@value #BITS_PER_KEY} bits
 * per key the false-positive rate is about 1 %; a key that was added is always reported. Not thread-safe
 * while keys are added; used by the single emitting thread of a batch run.
 */
final class BloomFilter {

    /** Bits of the filter per expected key: about 1 % false positives with {@value #HASHES} hashes. */
    static final int BITS_PER_KEY = 10;

    private static final int HASHES = 7;
    private static final int BLOCK_LONGS = 8;
    private static final int BITS_PER_POSITION = 9;
    private static final int POSITION_MASK = (1 << BITS_PER_POSITION) - 1;

    private final long[] bits;
    private final long blocks;

    /**
     * Creates an empty filter for a number of keys.
     *
     * @param expectedKeys the number of keys that will be added, at least 1
     */
    BloomFilter(int expectedKeys) {
        long blockBits = (long) BLOCK_LONGS * Long.SIZE;
        this.blocks = Math.max(1, ((long) expectedKeys * BITS_PER_KEY + blockBits - 1) / blockBits);
        this.bits = new long[Math.toIntExact(blocks * BLOCK_LONGS)];
    }

    /**
     * Adds a key.
     *
     * @param key the key
     */
    void add(long key) {
        long hash = mix(key);
        int base = block(hash);
        long positions = mix(hash);
        for (int i = 0; i < HASHES; i++) {
            int position = (int) (positions >>> (i * BITS_PER_POSITION)) & POSITION_MASK;
            bits[base + (position >>> 6)] |= 1L << position;
        }
    }

    /**
     * Tells whether a key may have been added.
     *
     * @param key the key
     * @return false if the key was certainly not added; true if it was, or (about 1 % of the others) not
     */
    boolean mightContain(long key) {
        long hash = mix(key);
        int base = block(hash);
        long positions = mix(hash);
        for (int i = 0; i < HASHES; i++) {
            int position = (int) (positions >>> (i * BITS_PER_POSITION)) & POSITION_MASK;
            if ((bits[base + (position >>> 6)] & (1L << position)) == 0) {
                return false;
            }
        }
        return true;
    }

    private int block(long hash) {
        return (int) (((hash >>> 32) * blocks) >>> 32) * BLOCK_LONGS;
    }

    /** The SplitMix64 finaliser: spreads structured keys (sequential ids, ID numbers) over all bits. */
    private static long mix(long value) {
        long h = value + 0x9E3779B97F4A7C15L;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
