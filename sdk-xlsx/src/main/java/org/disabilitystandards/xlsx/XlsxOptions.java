package org.disabilitystandards.xlsx;

import java.util.Objects;

/**
 * How to read a workbook: which sheet (by name, or by 0-based index; default the first sheet) and the most
 * bytes of shared strings the reader accepts (the shared-strings table is the one part of a workbook held in
 * memory; default {@value #DEFAULT_MAX_SHARED_STRINGS_BYTES} bytes of XML). Immutable.
 */
public final class XlsxOptions {

    /** Default limit of the uncompressed shared-strings part: 64 MiB. */
    public static final long DEFAULT_MAX_SHARED_STRINGS_BYTES = 64L << 20;

    private static final XlsxOptions DEFAULTS = new XlsxOptions(null, 0, DEFAULT_MAX_SHARED_STRINGS_BYTES);

    private final String sheetName;
    private final int sheetIndex;
    private final long maxSharedStringsBytes;

    private XlsxOptions(String sheetName, int sheetIndex, long maxSharedStringsBytes) {
        this.sheetName = sheetName;
        this.sheetIndex = sheetIndex;
        this.maxSharedStringsBytes = maxSharedStringsBytes;
    }

    /**
     * Returns the defaults: the first sheet, 64 MiB of shared strings.
     *
     * @return the options
     */
    public static XlsxOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that reads the sheet of a name.
     *
     * @param name the sheet's name as Excel shows it on its tab
     * @return the copy
     */
    public XlsxOptions sheet(String name) {
        return new XlsxOptions(Objects.requireNonNull(name, "name"), -1, maxSharedStringsBytes);
    }

    /**
     * Returns a copy that reads the sheet at an index.
     *
     * @param index the 0-based index in tab order
     * @return the copy
     * @throws IllegalArgumentException if the index is negative
     */
    public XlsxOptions sheet(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("sheet index must not be negative");
        }
        return new XlsxOptions(null, index, maxSharedStringsBytes);
    }

    /**
     * Returns a copy with another limit for the shared-strings part.
     *
     * @param bytes the most uncompressed bytes, at least 1
     * @return the copy
     * @throws IllegalArgumentException if the limit is below 1
     */
    public XlsxOptions maxSharedStringsBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("maxSharedStringsBytes must be at least 1");
        }
        return new XlsxOptions(sheetName, sheetIndex, bytes);
    }

    /**
     * Returns the sheet's name, when chosen by name.
     *
     * @return the name, or null
     */
    public String sheetName() {
        return sheetName;
    }

    /**
     * Returns the sheet's index, when chosen by index.
     *
     * @return the index, or -1 when chosen by name
     */
    public int sheetIndex() {
        return sheetIndex;
    }

    /**
     * Returns the limit of the shared-strings part.
     *
     * @return bytes
     */
    public long maxSharedStringsBytes() {
        return maxSharedStringsBytes;
    }

    @Override
    public String toString() {
        return "XlsxOptions{sheet=" + (sheetName != null ? sheetName : "#" + sheetIndex) + ", maxSharedStringsBytes="
                + maxSharedStringsBytes + "}";
    }
}
