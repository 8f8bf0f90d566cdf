package org.disabilitystandards.core.json;

import org.disabilitystandards.core.code.CodedConcept;

/**
 * Lookup of an enumerated code system by the constant names the exchange format writes ({@code HEARING});
 * built once per code system, immutable.
 *
 * <p>Looks a name up in place, on the characters of the parser's text buffer, without creating a
 * {@code String}: open addressing with linear probing over the precomputed characters of each name (the
 * table is at most half full), the hash being {@code String.hashCode} of the name.
 *
 * @param <E> the enum type
 */
final class CodeTable<E extends Enum<E> & CodedConcept> {

    private final char[][] names;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;
    private final String detail;

    CodeTable(E[] values) {
        int capacity = Integer.highestOneBit(Math.max(4, values.length * 4 - 1));
        this.names = new char[capacity][];
        this.hashes = new int[capacity];
        this.values = new Object[capacity];
        this.mask = capacity - 1;
        for (E value : values) {
            String name = value.name();
            int hash = name.hashCode();
            int slot = spread(hash) & mask;
            while (names[slot] != null) {
                slot = (slot + 1) & mask;
            }
            names[slot] = name.toCharArray();
            hashes[slot] = hash;
            this.values[slot] = value;
        }
        this.detail = "not a code of " + values[0].codeSystem().id() + " (" + values[0].codeSystem().edition() + ")";
    }

    /** Returns the constant whose name is {@code chars[offset, offset + length)}, or null. */
    @SuppressWarnings("unchecked")
    E find(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        for (int slot = spread(hash) & mask; names[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && sameChars(names[slot], chars, offset, length)) {
                return (E) values[slot];
            }
        }
        return null;
    }

    /** Returns the problem detail for an undefined code (never the rejected text itself). */
    String unknownDetail() {
        return detail;
    }

    private static boolean sameChars(char[] name, char[] chars, int offset, int length) {
        if (name.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (name[i] != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
