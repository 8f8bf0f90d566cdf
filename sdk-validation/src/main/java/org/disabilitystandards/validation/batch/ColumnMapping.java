package org.disabilitystandards.validation.batch;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the header names of a table (CSV header row, workbook header row, database column labels) to
 * {@link ExchangeColumn}s: the standard alias table (the English headers of the CSV flavour, any case, and
 * the Chinese headers of the usual templates, see {@link ExchangeColumn#chineseHeaders()}) plus the
 * mapping a user adds for other layouts. Headers are compared after removing surrounding white space and
 * the asterisks that templates put on required columns ({@code *姓名}).
 *
 * <p>Some template columns have no field in exchange format version 1 (民族, 序号, 备注, 联系电话, 监护人):
 * they are recognised and ignored without a warning. Any other header is an unknown column
 * ({@code FORMAT.UNKNOWN_FIELD}). Immutable and thread-safe.
 */
public final class ColumnMapping {

    /** Template columns that exchange format version 1 has no field for, ignored without a warning. */
    private static final Set<String> IGNORED = Set.of("民族", "序号", "备注", "联系电话", "联系方式", "监护人",
            "监护人姓名", "家庭住址", "户籍地址", "现住址");

    private static final ColumnMapping STANDARD = new ColumnMapping(standardAliases());

    private final Map<String, ExchangeColumn> byHeader;

    private ColumnMapping(Map<String, ExchangeColumn> byHeader) {
        this.byHeader = Collections.unmodifiableMap(byHeader);
    }

    private static Map<String, ExchangeColumn> standardAliases() {
        Map<String, ExchangeColumn> map = new HashMap<>();
        for (ExchangeColumn column : ExchangeColumn.values()) {
            map.put(column.header().toLowerCase(Locale.ROOT), column);
            for (String alias : column.chineseHeaders()) {
                map.put(alias, column);
            }
        }
        return map;
    }

    /**
     * Returns the standard alias table.
     *
     * @return the mapping without user additions
     */
    public static ColumnMapping standard() {
        return STANDARD;
    }

    /**
     * Returns a copy in which one more header names a column (it replaces a standard alias of that name).
     *
     * @param header the header as written in the table
     * @param column the column it holds
     * @return the copy
     * @throws IllegalArgumentException if the header is blank
     */
    public ColumnMapping with(String header, ExchangeColumn column) {
        Objects.requireNonNull(column, "column");
        String key = normalize(Objects.requireNonNull(header, "header"));
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a mapped header must not be blank");
        }
        Map<String, ExchangeColumn> copy = new HashMap<>(byHeader);
        copy.put(key, column);
        return new ColumnMapping(copy);
    }

    /**
     * Finds the column of a header.
     *
     * @param header a header as written in the table
     * @return the column, empty for an ignored or unknown header
     */
    public Optional<ExchangeColumn> find(String header) {
        return Optional.ofNullable(byHeader.get(normalize(header)));
    }

    /**
     * Returns whether a header is a template column without a field in the format, ignored silently.
     *
     * @param header a header as written in the table
     * @return true for 民族, 序号, 备注 and the like
     */
    public boolean isIgnored(String header) {
        String key = normalize(header);
        return !byHeader.containsKey(key) && IGNORED.contains(key);
    }

    /**
     * Returns the whole table, header (normalized) to column, for documentation.
     *
     * @return the aliases, sorted by column then header
     */
    public Map<String, ExchangeColumn> aliases() {
        Map<String, ExchangeColumn> sorted = new LinkedHashMap<>();
        byHeader.entrySet().stream()
                .sorted(Map.Entry.<String, ExchangeColumn>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return Collections.unmodifiableMap(sorted);
    }

    private static String normalize(String header) {
        String text = header.strip();
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == '*' || text.charAt(start) == '＊')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '*' || text.charAt(end - 1) == '＊')) {
            end--;
        }
        String core = text.substring(start, end).strip();
        boolean ascii = core.chars().allMatch(c -> c < 128);
        return ascii ? core.toLowerCase(Locale.ROOT) : core;
    }

    @Override
    public String toString() {
        return "ColumnMapping{" + byHeader.size() + " headers}";
    }
}
