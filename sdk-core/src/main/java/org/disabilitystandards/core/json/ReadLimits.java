package org.disabilitystandards.core.json;

/**
 * Limits applied when reading untrusted exchange input (exchange format version 1; rule
 * {@code FORMAT.TOO_LONG}). Input beyond a limit is reported as a {@link ReadProblem.Kind#TOO_LONG} problem,
 * never as an {@link OutOfMemoryError} or a {@link StackOverflowError}.
 *
 * @param maxLineBytes    the longest line, in UTF-8 bytes without its terminator (format default 64 KiB)
 * @param maxNestingDepth the deepest nesting of objects and arrays in one line (a valid record needs 4)
 * @param maxStringLength the longest string value, in characters (field-specific limits of the format,
 *                        such as 64 for {@code recordId}, apply in addition)
 * @param maxArrayLength  the most elements of one array ({@code assessments}, {@code benefits}, ...)
 */
public record ReadLimits(int maxLineBytes, int maxNestingDepth, int maxStringLength, int maxArrayLength) {

    /** The default longest line: 64 KiB, as set by the rule catalogue for {@code FORMAT.TOO_LONG}. */
    public static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024;
    /** The default deepest nesting: ample for the format (depth 4) and small enough to be harmless. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
    /** The default longest string value, in characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 4096;
    /** The default longest array. */
    public static final int DEFAULT_MAX_ARRAY_LENGTH = 1000;

    private static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_NESTING_DEPTH,
            DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_ARRAY_LENGTH);

    /**
     * Checks the limits.
     *
     * @param maxLineBytes    the longest line in bytes
     * @param maxNestingDepth the deepest nesting
     * @param maxStringLength the longest string in characters
     * @param maxArrayLength  the longest array
     * @throws IllegalArgumentException if a limit is not positive
     */
    public ReadLimits {
        if (maxLineBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxArrayLength < 1) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    /**
     * Returns the default limits: 64 KiB lines, nesting depth 32, strings of 4096 characters, arrays of
     * 1000 elements.
     *
     * @return the defaults
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }
}
