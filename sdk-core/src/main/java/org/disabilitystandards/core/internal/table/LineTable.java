package org.disabilitystandards.core.internal.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.disabilitystandards.core.table.TableException.Reason;

/**
 * Reads a line table: UTF-8 text with an optional byte-order mark, blank lines ignored, comment lines starting
 * with {@code #} ({@code # key: value} before the header is provenance, keys compared in lower case), one exact
 * header row, then comma-separated rows of exactly the header's cell count. Used through
 * {@link TableLoader#lines}.
 */
public final class LineTable {

    /**
     * Receives the rows of a line table and builds it.
     *
     * @param <R> the table
     */
    public interface Handler<R> {
        /**
         * Takes one row; raises {@link TableProblem} (e.g. {@link Row#problem}) on a fault.
         *
         * @param row the row
         */
        void row(Row row);

        /**
         * Builds the table after the last row.
         *
         * @param provenance the {@code # key: value} comments before the header, keys in lower case, in order
         * @param lastLine   the number of the last line read
         * @return the table
         */
        R finish(Map<String, String> provenance, int lastLine);
    }

    /** One row: its line and its cells (the array is the reader's; do not keep it beyond the call). */
    public static final class Row {
        private final String[] columns;
        private String[] cells;
        private int line;

        Row(String[] columns) {
            this.columns = columns;
        }

        /**
         * Returns the 1-based line number.
         *
         * @return the line
         */
        public int line() {
            return line;
        }

        /**
         * Returns a cell.
         *
         * @param column the 0-based column
         * @return the cell's text, as written
         */
        public String cell(int column) {
            return cells[column];
        }

        /**
         * Returns all cells; the caller may keep the array.
         *
         * @return the cells
         */
        public String[] cells() {
            return cells;
        }

        /**
         * Describes a fault of a cell.
         *
         * @param column the 0-based column, or -1 for the whole row
         * @param reason what is wrong
         * @param detail a description naming codes, never the cell's text when it may be personal data
         * @return the problem to throw
         */
        public TableProblem problem(int column, Reason reason, String detail) {
            return TableProblem.atLine(line, column < 0 ? "" : columns[column], reason, detail);
        }
    }

    private final String header;
    private final String[] columns;
    private final Map<String, String> provenance = new LinkedHashMap<>();

    LineTable(String header) {
        this.header = header;
        this.columns = header.split(",", -1);
    }

    /** The edition the comments declare ({@code edition} or {@code version}), or null. */
    String edition() {
        String edition = provenance.get("edition");
        return edition != null ? edition : provenance.get("version");
    }

    /** A source of lines, as {@link BufferedReader#readLine()} gives them: without terminators, null at the end. */
    interface Lines {
        String next() throws IOException;
    }

    /** The lines of a whole text, split as {@link BufferedReader#readLine()} splits them (at LF, CR or CRLF). */
    static Lines lines(String text) {
        return new Lines() {
            private int at;
            private int nextCr = -1;

            @Override
            public String next() {
                int length = text.length();
                if (at >= length) {
                    return null;
                }
                if (nextCr >= 0 && nextCr < at) {
                    nextCr = -1;
                }
                if (nextCr < 0) {
                    int cr = text.indexOf('\r', at);
                    nextCr = cr < 0 ? length : cr;
                }
                int lf = text.indexOf('\n', at);
                int end = Math.min(lf < 0 ? length : lf, nextCr);
                String line = text.substring(at, end);
                at = end == nextCr && end + 1 < length && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
                return line;
            }
        };
    }

    <R> R read(Lines lines, Handler<R> handler) throws IOException {
        Row row = new Row(columns);
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line = lines.next(); line != null; line = lines.next()) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            if (line.charAt(0) == '#') {
                if (!headerSeen) {
                    comment(line);
                }
            } else if (!headerSeen) {
                if (!line.strip().equals(header)) {
                    throw TableProblem.atLine(lineNumber, "", Reason.MALFORMED, "expected the header " + header);
                }
                headerSeen = true;
            } else {
                String[] cells = cells(line);
                if (cells.length != columns.length) {
                    throw TableProblem.atLine(lineNumber, "", Reason.MALFORMED,
                            "expected " + columns.length + " cells, found " + cells.length);
                }
                row.cells = cells;
                row.line = lineNumber;
                handler.row(row);
            }
        }
        if (!headerSeen) {
            throw TableProblem.atLine(Math.max(lineNumber, 1), "", Reason.MALFORMED, "no header row " + header);
        }
        return handler.finish(Collections.unmodifiableMap(provenance), lineNumber);
    }

    /** The cells of a row, as {@code line.split(",", -1)} gives them. */
    private static String[] cells(String line) {
        int count = 1;
        for (int i = line.indexOf(','); i >= 0; i = line.indexOf(',', i + 1)) {
            count++;
        }
        String[] cells = new String[count];
        int start = 0;
        for (int i = 0; i < count - 1; i++) {
            int comma = line.indexOf(',', start);
            cells[i] = line.substring(start, comma);
            start = comma + 1;
        }
        cells[count - 1] = line.substring(start);
        return cells;
    }

    private void comment(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return;
        }
        String key = line.substring(1, colon).trim();
        if (!key.isEmpty() && key.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-')) {
            provenance.putIfAbsent(key.toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
    }

    /** The value of the first {@code # key: value} comment of a text with the key (lower case), or null. */
    static String commentValue(String text, String key) {
        LineTable table = new LineTable("");
        for (String line : text.split("\n", 64)) {
            if (line.startsWith("#")) {
                table.comment(line.strip());
            }
        }
        return table.provenance.get(key);
    }
}
