package org.disabilitystandards.core.internal.format;

import java.util.List;
import org.disabilitystandards.core.code.CodeSystem;
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
public final class CodeTable<E extends Enum<E> & CodedConcept> {

    private final char[][] names;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;
    private final List<E> constants;

    /**
     * Builds the lookup of a code system.
     *
     * @param values the constants, at least one
     */
    public CodeTable(E[] values) {
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
        this.constants = List.of(values);
    }

    /**
     * Returns the constant whose name is {@code chars[offset, offset + length)}.
     *
     * @param chars  the characters
     * @param offset where the name starts
     * @param length its length
     * @return the constant, or null
     */
    @SuppressWarnings("unchecked")
    public E find(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        for (int slot = first(hash); slot >= 0; slot = next(slot, hash)) {
            if (sameChars(names[slot], chars, offset, length)) {
                return (E) values[slot];
            }
        }
        return null;
    }

    /**
     * Returns the constant whose name is the ASCII bytes {@code ascii[offset, offset + length)}, for a reader
     * that matches codes without decoding them (the names of the constants are ASCII).
     *
     * @param ascii  the bytes, ASCII
     * @param offset where the name starts
     * @param length its length
     * @return the constant, or null
     */
    @SuppressWarnings("unchecked")
    public E find(byte[] ascii, int offset, int length) {
        int hash = 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            hash = 31 * hash + ascii[i];
        }
        return find(ascii, offset, length, hash);
    }

    /**
     * Returns the constant whose name is the ASCII bytes {@code ascii[offset, offset + length)}, given the
     * name's {@link String#hashCode() string hash}, for a reader that computed it while scanning the bytes.
     *
     * @param ascii  the bytes, ASCII
     * @param offset where the name starts
     * @param length its length
     * @param hash   {@code new String(ascii, offset, length, US_ASCII).hashCode()}
     * @return the constant, or null
     */
    @SuppressWarnings("unchecked")
    public E find(byte[] ascii, int offset, int length, int hash) {
        for (int slot = first(hash); slot >= 0; slot = next(slot, hash)) {
            if (sameBytes(names[slot], ascii, offset, length)) {
                return (E) values[slot];
            }
        }
        return null;
    }

    private static boolean sameBytes(char[] name, byte[] ascii, int offset, int length) {
        if (name.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (name[i] != ascii[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds a code as a table cell may write it: the constant's name ({@code VISUAL}), its code ({@code 1}) or
     * its Chinese name ({@code 视力残疾}).
     *
     * @param text the cell's text, stripped
     * @return the constant, or null
     */
    public E findLenient(String text) {
        for (E candidate : constants) {
            if (candidate.name().equals(text) || candidate.nameZh().equals(text) || candidate.code().equals(text)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Returns the constants in declaration order.
     *
     * @return the constants
     */
    public List<E> constants() {
        return constants;
    }

    /**
     * Returns the code system.
     *
     * @return the code system of the constants
     */
    public CodeSystem codeSystem() {
        return constants.get(0).codeSystem();
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

    /** The first slot of the probe sequence holding a name of this hash; -1 if none. */
    private int first(int hash) {
        return match(spread(hash) & mask, hash);
    }

    /** The next slot after {@code slot} holding a name of this hash; -1 if none. */
    private int next(int slot, int hash) {
        return match((slot + 1) & mask, hash);
    }

    private int match(int from, int hash) {
        for (int slot = from; names[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash) {
                return slot;
            }
        }
        return -1;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
