package org.disabilitystandards.validation.batch;

import java.util.Locale;

/** The two flavours of an exchange file (exchange format version 1). */
public enum InputFormat {

    /** JSON Lines: one person record per line ({@code .jsonl}, {@code .ndjson}, anything else). */
    JSON_LINES,

    /** The CSV flavour: a header row, then the flat fields of one record per line ({@code .csv}). */
    CSV;

    /**
     * Chooses the flavour by file name: {@code .csv} (any case) is CSV, everything else JSON Lines.
     *
     * @param fileName a file name or path
     * @return the flavour
     */
    public static InputFormat forFileName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : JSON_LINES;
    }
}
