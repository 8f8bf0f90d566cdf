package org.disabilitystandards.validation.batch;

import java.security.SecureRandom;

/**
 * A secret, keyed permutation of the non-negative {@code long}s, under which the duplicate tables store their
 * keys on disk: the compact key of an ID number ({@link CompactKeys}) is the number itself in another base, so
 * a spilled run written in clear would give back every ID number of the file. The round keys come from
 * {@link SecureRandom}, are held only in memory by one table of one run, and are never written, so a file left
 * behind cannot be mapped back to the keys; the mapping is exact (a bijection), so no two keys collide.
 *
 * <p>Construction: an 8-round balanced Feistel network over 64-bit blocks (any round function gives a
 * permutation), with a round function that mixes the half block with a 64-bit round key (the finaliser of
 * MurmurHash3); cycle-walking restricts it to the non-negative values. Immutable and thread-safe.
 */
final class KeyPermutation {

    private static final int ROUNDS = 8;
    private static final long LOW = 0xFFFF_FFFFL;

    private final long[] roundKeys = new long[ROUNDS];

    /**
     * Creates a permutation with fresh random round keys.
     *
     * @param random the source of the round keys
     */
    KeyPermutation(SecureRandom random) {
        for (int i = 0; i < ROUNDS; i++) {
            roundKeys[i] = random.nextLong();
        }
    }

    /**
     * Maps a key.
     *
     * @param key a non-negative key
     * @return its image, non-negative, distinct for distinct keys
     */
    long apply(long key) {
        long value = encrypt(key);
        while (value < 0) {
            value = encrypt(value);
        }
        return value;
    }

    /**
     * Maps an image back to its key.
     *
     * @param image a value returned by {@link #apply}
     * @return the key
     */
    long invert(long image) {
        long value = decrypt(image);
        while (value < 0) {
            value = decrypt(value);
        }
        return value;
    }

    private long decrypt(long block) {
        long left = block >>> 32;
        long right = block & LOW;
        for (int i = ROUNDS - 1; i >= 0; i--) {
            long previous = right ^ (round(left, roundKeys[i]) & LOW);
            right = left;
            left = previous;
        }
        return (left << 32) | right;
    }

    private long encrypt(long block) {
        long left = block >>> 32;
        long right = block & LOW;
        for (int i = 0; i < ROUNDS; i++) {
            long next = left ^ (round(right, roundKeys[i]) & LOW);
            left = right;
            right = next;
        }
        return (left << 32) | right;
    }

    private static long round(long half, long key) {
        long h = half ^ key;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    @Override
    public String toString() {
        return "KeyPermutation{rounds=" + ROUNDS + "}";
    }
}
