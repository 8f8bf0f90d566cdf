package org.disabilitystandards.core.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable table of GB/T 2260 administrative divisions, current and retired, with its edition.
 * The bundled table ({@link #bundled()}) is loaded lazily on first use; embedders may load their own
 * edition with {@link #load(InputStream)}. Safe to share between threads.
 *
 * <p>Table format: UTF-8 CSV, comment lines starting with {@code #} (one of them
 * {@code # edition: X}), a header row {@code code,nameZh,nameEn,level,status,successor}, then one row
 * per division with level 1-3 and status {@code CURRENT} or {@code RETIRED}.
 */
public final class AdministrativeDivisions {

    private static final String RESOURCE = "administrative-divisions.csv";
    private static final String HEADER = "code,nameZh,nameEn,level,status,successor";

    private final CodeSystem codeSystem;
    private final Map<String, AdministrativeDivision> byCode;
    private final List<AdministrativeDivision> all;

    private AdministrativeDivisions(CodeSystem codeSystem, List<AdministrativeDivision> divisions) {
        this.codeSystem = codeSystem;
        this.all = List.copyOf(divisions);
        Map<String, AdministrativeDivision> map = new HashMap<>(divisions.size() * 2);
        for (AdministrativeDivision division : divisions) {
            map.put(division.code(), division);
        }
        this.byCode = Map.copyOf(map);
    }

    /** Holder of the bundled table, loaded on first use. */
    private static final class Bundled {
        static final AdministrativeDivisions TABLE = loadBundled();

        private static AdministrativeDivisions loadBundled() {
            return BundledTables.read(AdministrativeDivisions.class, RESOURCE, AdministrativeDivisions::load);
        }
    }

    /**
     * Returns the table bundled with the SDK (current codes of about 2023, plus retired Qinghai codes
     * with their successors).
     *
     * @return the bundled table
     */
    public static AdministrativeDivisions bundled() {
        return Bundled.TABLE;
    }

    /**
     * Loads a table in the bundled format.
     *
     * @param in the CSV stream (not closed)
     * @return the table
     * @throws IOException              if the stream cannot be read
     * @throws IllegalArgumentException if a row is malformed (the message names the line)
     */
    public static AdministrativeDivisions load(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String edition = "unknown";
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                String comment = line.substring(1).trim();
                if (comment.startsWith("edition:")) {
                    edition = comment.substring("edition:".length()).trim();
                }
            } else if (!headerSeen) {
                if (!line.equals(HEADER)) {
                    throw new IllegalArgumentException("line " + lineNumber + ": expected header " + HEADER);
                }
                headerSeen = true;
            } else {
                rows.add(line.split(",", -1));
                lineNumbers.add(lineNumber);
            }
        }
        CodeSystem system = new CodeSystem("gbt2260", "Administrative division codes (行政区划代码)",
                "GB/T 2260 edition " + edition, "GB/T 2260; GB 11643-1999 address code");
        List<AdministrativeDivision> divisions = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            divisions.add(parseRow(rows.get(i), lineNumbers.get(i), system));
        }
        return new AdministrativeDivisions(system, divisions);
    }

    private static AdministrativeDivision parseRow(String[] cells, int lineNumber, CodeSystem system) {
        if (cells.length != 6) {
            throw new IllegalArgumentException("line " + lineNumber + ": expected 6 columns, found " + cells.length);
        }
        String code = cells[0];
        if (code.length() != 6 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("line " + lineNumber + ": code is not six digits");
        }
        DivisionLevel level;
        try {
            level = DivisionLevel.ofNumber(Integer.parseInt(cells[3]));
        } catch (NumberFormatException | UnknownCodeException e) {
            throw new IllegalArgumentException("line " + lineNumber + ": level must be 1, 2 or 3", e);
        }
        String successor;
        switch (cells[4]) {
            case "CURRENT":
                successor = null;
                break;
            case "RETIRED":
                if (cells[5].length() != 6) {
                    throw new IllegalArgumentException("line " + lineNumber + ": a retired code needs a successor");
                }
                successor = cells[5];
                break;
            default:
                throw new IllegalArgumentException("line " + lineNumber + ": status must be CURRENT or RETIRED");
        }
        return new AdministrativeDivision(code, cells[1], cells[2], level, successor, system);
    }

    /**
     * Returns the code system of this table, whose edition names the table's edition.
     *
     * @return the code system
     */
    public CodeSystem codeSystem() {
        return codeSystem;
    }

    /**
     * Returns the edition of this table, for example {@code 2023}.
     *
     * @return the edition
     */
    public String edition() {
        return codeSystem.edition();
    }

    /**
     * Finds a division, current or retired, by its code.
     *
     * @param code six digits
     * @return the division, or empty if the table does not know the code
     */
    public Optional<AdministrativeDivision> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Returns whether the table knows a code, current or retired.
     *
     * @param code six digits
     * @return true if known
     */
    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /**
     * Returns a division by its code.
     *
     * @param code six digits
     * @return the division
     * @throws UnknownCodeException if the table does not know the code
     */
    public AdministrativeDivision get(String code) {
        AdministrativeDivision division = byCode.get(code);
        if (division == null) {
            throw new UnknownCodeException(codeSystem, code);
        }
        return division;
    }

    /**
     * Returns the current division for a code: the division itself if current, else its successor
     * (following a chain of successors).
     *
     * @param code six digits
     * @return the current division
     * @throws UnknownCodeException if the code or a successor is unknown
     */
    public AdministrativeDivision current(String code) {
        AdministrativeDivision division = get(code);
        for (int hops = 0; division.isRetired() && hops < 10; hops++) {
            division = get(division.successorCode().orElseThrow());
        }
        return division;
    }

    /**
     * Returns the prefecture-level unit a division lies in, current or retired as the code implies
     * (632121 gives the retired 海东地区 632100); for units directly under a province without a
     * prefecture row, the province.
     *
     * @param code six digits of a known division
     * @return the prefecture-level unit (or the province)
     * @throws UnknownCodeException if the code is unknown
     */
    public AdministrativeDivision prefectureOf(String code) {
        AdministrativeDivision division = get(code);
        return find(division.prefectureCode()).orElseGet(() -> get(division.provinceCode()));
    }

    /**
     * Returns the province a division lies in.
     *
     * @param code six digits of a known division
     * @return the province
     * @throws UnknownCodeException if the code or its province is unknown
     */
    public AdministrativeDivision provinceOf(String code) {
        return get(get(code).provinceCode());
    }

    /**
     * Returns every division of the table, in table order.
     *
     * @return an immutable list
     */
    public List<AdministrativeDivision> all() {
        return all;
    }

    /**
     * Returns the current county-level units whose code starts with a prefix (for example {@code 63} for
     * Qinghai), excluding the statistical placeholder 市辖区 (codes ending in 01 under a city with that name).
     *
     * @param prefix a code prefix of 2 or 4 digits
     * @return an immutable list in table order
     */
    public List<AdministrativeDivision> currentCounties(String prefix) {
        List<AdministrativeDivision> result = new ArrayList<>();
        for (AdministrativeDivision division : all) {
            if (division.level() == DivisionLevel.COUNTY && !division.isRetired() && division.code().startsWith(prefix)
                    && !"市辖区".equals(division.nameZh())) {
                result.add(division);
            }
        }
        return List.copyOf(result);
    }
}
