package org.disabilitystandards.core.code;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disabilitystandards.core.internal.table.LineTable;
import org.disabilitystandards.core.internal.table.TableLoader;
import org.disabilitystandards.core.table.TableException;
import org.disabilitystandards.core.table.TableException.Reason;

/**
 * An immutable table of administrative division codes with their history: every GB/T 2260 code of the
 * Ministry of Civil Affairs' year-end editions (中华人民共和国县以上行政区划代码, 1980 on) with its name in
 * each period and its derived successors, and, kept separate, the statistical-only county-level codes of the
 * National Bureau of Statistics' lists (统计用区划代码), which are not GB/T 2260 codes. Safe to share
 * between threads.
 *
 * <p>{@link #find}, {@link #get} and {@link #contains} answer for GB/T 2260 codes only;
 * {@link #findStatistical} for statistical-only codes; {@link #lookup} for either. The bundled table
 * ({@link #bundled()}) is generated from the reference data in {@code sdk-core/src/data/gbt2260} and loaded
 * lazily; embedders may load their own with {@link #load(InputStream)}.
 *
 * <p>Table format: UTF-8 CSV; comment lines start with {@code #} ({@code # edition:}, {@code # source:},
 * {@code # statistical:} are kept as provenance); the header {@code code,kind,name,nameEn,from,to,successors,parent};
 * then one row per (code, name) period sorted by code and year: kind {@code G} (GB/T 2260) or {@code S}
 * (statistical-only), the first and last edition years ({@code to} empty while current), successor codes
 * separated by {@code |} on the last row of a retired code, and for {@code S} rows the parent prefecture.
 */
public final class AdministrativeDivisions {

    private static final String RESOURCE = "gbt2260-divisions.csv";
    private static final String HEADER = "code,kind,name,nameEn,from,to,successors,parent";
    private static final int MAX_HOPS = 16;

    private final CodeSystem codeSystem;
    private final CodeSystem statisticalSystem;
    private final List<String> provenance;
    private final Map<String, AdministrativeDivision> byCode;
    private final Map<String, AdministrativeDivision> statisticalByCode;
    private final List<AdministrativeDivision> all;
    private final List<AdministrativeDivision> statistical;

    private AdministrativeDivisions(CodeSystem codeSystem, CodeSystem statisticalSystem, List<String> provenance,
            List<AdministrativeDivision> divisions, List<AdministrativeDivision> statistical) {
        this.codeSystem = codeSystem;
        this.statisticalSystem = statisticalSystem;
        this.provenance = List.copyOf(provenance);
        this.all = List.copyOf(divisions);
        this.statistical = List.copyOf(statistical);
        this.byCode = index(divisions);
        this.statisticalByCode = index(statistical);
    }

    private static Map<String, AdministrativeDivision> index(List<AdministrativeDivision> divisions) {
        Map<String, AdministrativeDivision> map = new HashMap<>(divisions.size() * 2);
        for (AdministrativeDivision division : divisions) {
            map.put(division.code(), division);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Holder of the bundled table, loaded on first use. */
    private static final class Bundled {
        static final AdministrativeDivisions TABLE = loadBundled();

        private static AdministrativeDivisions loadBundled() {
            return TableLoader.bundledLines(AdministrativeDivisions.class, RESOURCE, HEADER, new TableBuilder());
        }
    }

    /**
     * Returns the table bundled with the SDK: the MCA year-end editions 1980-2025 and the NBS
     * statistical-only codes 2016-2023 (see {@link #provenance()}).
     *
     * @return the bundled table
     */
    public static AdministrativeDivisions bundled() {
        return Bundled.TABLE;
    }

    /**
     * Loads a table in the bundled format under the name {@code divisions}.
     *
     * @param in the CSV stream (not closed)
     * @return the table
     * @throws TableException if the stream cannot be read or a row is malformed (names the line and column)
     */
    public static AdministrativeDivisions load(InputStream in) {
        return load("divisions", in);
    }

    /**
     * Loads a table in the bundled format.
     *
     * @param table the table's name for messages (e.g. the file name)
     * @param in    the CSV stream (not closed)
     * @return the table
     * @throws TableException if the stream cannot be read or a row is malformed (names the line and column)
     */
    public static AdministrativeDivisions load(String table, InputStream in) {
        return TableLoader.lines(table, in, HEADER, new TableBuilder());
    }

    /** Collects the rows of one code after another. */
    private static final class TableBuilder implements LineTable.Handler<AdministrativeDivisions> {
        private final List<String[]> pending = new ArrayList<>();
        private final List<List<String[]>> groups = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();

        @Override
        public void row(LineTable.Row row) {
            String[] cells = row.cells();
            String code = cells[0];
            if (!sixDigits(code)) {
                throw row.problem(0, Reason.INVALID_VALUE, "code is not six digits");
            }
            if (!cells[1].equals("G") && !cells[1].equals("S")) {
                throw row.problem(1, Reason.UNKNOWN_CODE, "kind must be G or S");
            }
            if (cells[2].isEmpty()) {
                throw row.problem(2, Reason.MISSING_FIELD, "empty name");
            }
            try {
                int from = Integer.parseInt(cells[4]);
                int to = cells[5].isEmpty() ? 0 : Integer.parseInt(cells[5]);
                new NamePeriod(cells[2], cells[3], from, to);
            } catch (IllegalArgumentException e) {
                throw row.problem(4, Reason.INVALID_VALUE, "bad edition years");
            }
            if (cells[1].equals("S") && cells[7].length() != 6) {
                throw row.problem(7, Reason.MISSING_FIELD, "a statistical-only code needs a parent");
            }
            if (!pending.isEmpty() && !pending.get(0)[0].equals(code)) {
                flush();
            }
            if (pending.isEmpty() && !seen.add(code)) {
                throw row.problem(0, Reason.DUPLICATE_KEY, "rows of code " + code + " are not together");
            }
            if (!pending.isEmpty() && !pending.get(0)[1].equals(cells[1])) {
                throw row.problem(1, Reason.INVALID_VALUE, "a code is either G or S");
            }
            pending.add(cells);
        }

        @Override
        public AdministrativeDivisions finish(Map<String, String> comments, int lastLine) {
            String edition = comments.getOrDefault("edition", "unknown");
            String statisticalEdition = comments.getOrDefault("statistical", "none");
            List<String> provenance = new ArrayList<>();
            comments.forEach((key, value) -> {
                if (key.equals("edition") || key.equals("source") || key.equals("statistical")) {
                    provenance.add(key + ": " + value);
                }
            });
            CodeSystem system = new CodeSystem("gbt2260", "Administrative division codes (行政区划代码)",
                    "GB/T 2260 " + edition, "中华人民共和国民政部 县以上行政区划代码; GB 11643-1999 address code");
            CodeSystem statisticalSystem = new CodeSystem("nbs-statistical-division",
                    "Statistical-only division codes (统计用区划代码, not GB/T 2260)", statisticalEdition, "国家统计局");
            return new AdministrativeDivisions(system, statisticalSystem, provenance, build(system, false),
                    build(statisticalSystem, true));
        }

        private static boolean sixDigits(String code) {
            int digits = 0;
            while (digits < code.length() && code.charAt(digits) >= '0' && code.charAt(digits) <= '9') {
                digits++;
            }
            return digits == 6 && code.length() == 6;
        }

        private void flush() {
            if (!pending.isEmpty()) {
                groups.add(List.copyOf(pending));
                pending.clear();
            }
        }

        List<AdministrativeDivision> build(CodeSystem system, boolean statisticalOnly) {
            flush();
            List<AdministrativeDivision> divisions = new ArrayList<>();
            String kind = statisticalOnly ? "S" : "G";
            for (List<String[]> rows : groups) {
                if (!rows.get(0)[1].equals(kind)) {
                    continue;
                }
                List<NamePeriod> periods = new ArrayList<>(rows.size());
                for (String[] cells : rows) {
                    periods.add(new NamePeriod(cells[2], cells[3].isEmpty() ? cells[2] : cells[3],
                            Integer.parseInt(cells[4]), cells[5].isEmpty() ? 0 : Integer.parseInt(cells[5])));
                }
                String[] last = rows.get(rows.size() - 1);
                List<String> successors = last[6].isEmpty() ? List.of() : List.of(last[6].split("\\|"));
                String code = last[0];
                divisions.add(new AdministrativeDivision(code, levelOf(code), periods, successors, statisticalOnly,
                        last[7], system));
            }
            return divisions;
        }
    }

    private static DivisionLevel levelOf(String code) {
        if (code.endsWith("0000")) {
            return DivisionLevel.PROVINCE;
        }
        return code.endsWith("00") ? DivisionLevel.PREFECTURE : DivisionLevel.COUNTY;
    }

    /**
     * Returns the code system of the GB/T 2260 part, whose edition names the range of editions.
     *
     * @return the code system
     */
    public CodeSystem codeSystem() {
        return codeSystem;
    }

    /**
     * Returns the code system of the statistical-only part (NBS lists), whose edition names the list years.
     *
     * @return the code system
     */
    public CodeSystem statisticalCodeSystem() {
        return statisticalSystem;
    }

    /**
     * Returns the editions of this table, for example
     * {@code GB/T 2260 MCA 198012-202512; statistical-only: 国家统计局 统计用区划代码 2016-2023 ...}.
     *
     * @return the editions, for version output
     */
    public String edition() {
        return codeSystem.edition() + "; statistical-only: " + statisticalSystem.edition();
    }

    /**
     * Returns the provenance lines of the table (edition, source, statistical source), as the table states
     * them.
     *
     * @return an immutable list
     */
    public List<String> provenance() {
        return provenance;
    }

    /**
     * Finds a GB/T 2260 code of any edition, current or retired.
     *
     * @param code six digits
     * @return the division, or empty if no edition lists the code (statistical-only codes included)
     */
    public Optional<AdministrativeDivision> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Finds a statistical-only code (NBS list, not GB/T 2260).
     *
     * @param code six digits
     * @return the statistical-only unit, or empty
     */
    public Optional<AdministrativeDivision> findStatistical(String code) {
        return Optional.ofNullable(statisticalByCode.get(code));
    }

    /**
     * Finds a code in either part: a GB/T 2260 code, else a statistical-only code
     * ({@link AdministrativeDivision#isStatisticalOnly()} tells them apart).
     *
     * @param code six digits
     * @return the division, or empty
     */
    public Optional<AdministrativeDivision> lookup(String code) {
        AdministrativeDivision division = byCode.get(code);
        return Optional.ofNullable(division != null ? division : statisticalByCode.get(code));
    }

    /**
     * Returns whether any GB/T 2260 edition of the table lists a code.
     *
     * @param code six digits
     * @return true if the code ever existed in GB/T 2260
     */
    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /**
     * Returns whether a code is a statistical-only code (and no GB/T 2260 code).
     *
     * @param code six digits
     * @return true for a statistical-only code
     */
    public boolean isStatisticalOnly(String code) {
        return statisticalByCode.containsKey(code);
    }

    /**
     * Returns a GB/T 2260 division by its code.
     *
     * @param code six digits
     * @return the division
     * @throws UnknownCodeException if no edition lists the code
     */
    public AdministrativeDivision get(String code) {
        AdministrativeDivision division = byCode.get(code);
        if (division == null) {
            throw new UnknownCodeException(codeSystem, code);
        }
        return division;
    }

    /**
     * Returns the direct successors of a code (empty for a current code or when none is known).
     *
     * @param code six digits of a known code (either part)
     * @return an immutable list of divisions
     * @throws UnknownCodeException if the code is unknown
     */
    public List<AdministrativeDivision> successors(String code) {
        List<AdministrativeDivision> result = new ArrayList<>();
        for (String successor : known(code).successorCodes()) {
            find(successor).ifPresent(result::add);
        }
        return List.copyOf(result);
    }

    /**
     * Returns the chain of a code through its successors while each step has exactly one successor:
     * {@code 632124 -> 630122 -> 630106} for 湟中县. The chain starts with the code itself and ends with a
     * current code, a code with no known successor or a code with several.
     *
     * @param code six digits of a known code
     * @return an immutable list of at least one division
     * @throws UnknownCodeException if the code is unknown
     */
    public List<AdministrativeDivision> successorChain(String code) {
        List<AdministrativeDivision> chain = new ArrayList<>();
        AdministrativeDivision division = known(code);
        Set<String> visited = new LinkedHashSet<>();
        while (visited.add(division.code()) && chain.size() < MAX_HOPS) {
            chain.add(division);
            List<String> next = division.successorCodes();
            if (division.isCurrent() || next.size() != 1 || !byCode.containsKey(next.get(0))) {
                break;
            }
            division = byCode.get(next.get(0));
        }
        return List.copyOf(chain);
    }

    /**
     * Returns the current divisions a code leads to through its successors (the code itself when current;
     * several after a split; empty when the trail ends at a code with no known successor).
     *
     * @param code six digits of a known code
     * @return an immutable list of current divisions in code order
     * @throws UnknownCodeException if the code is unknown
     */
    public List<AdministrativeDivision> currentSuccessors(String code) {
        Set<AdministrativeDivision> result = new LinkedHashSet<>();
        collectCurrent(known(code), result, new HashSet<>(), 0);
        List<AdministrativeDivision> sorted = new ArrayList<>(result);
        sorted.sort((a, b) -> a.code().compareTo(b.code()));
        return List.copyOf(sorted);
    }

    private void collectCurrent(AdministrativeDivision division, Set<AdministrativeDivision> result, Set<String> visited,
            int depth) {
        if (!visited.add(division.code()) || depth > MAX_HOPS) {
            return;
        }
        if (division.isCurrent()) {
            result.add(division);
            return;
        }
        for (String successor : division.successorCodes()) {
            AdministrativeDivision next = byCode.get(successor);
            if (next != null) {
                collectCurrent(next, result, visited, depth + 1);
            }
        }
    }

    /**
     * Returns the current division for a code: the code itself if current, else the end of its
     * {@link #successorChain successor chain} (which may still be retired when the trail ends).
     *
     * @param code six digits of a known code
     * @return the division
     * @throws UnknownCodeException if the code is unknown
     */
    public AdministrativeDivision current(String code) {
        List<AdministrativeDivision> chain = successorChain(code);
        return chain.get(chain.size() - 1);
    }

    private AdministrativeDivision known(String code) {
        return lookup(code).orElseThrow(() -> new UnknownCodeException(codeSystem, code));
    }

    /**
     * Returns the prefecture-level unit a code lies in, current or retired as the code implies (632121
     * gives the retired 海东地区 632100; the statistical-only 632857 gives 632800); for units directly under a
     * province without a prefecture row, the province.
     *
     * @param code six digits of a known code (either part)
     * @return the prefecture-level unit (or the province)
     * @throws UnknownCodeException if the code is unknown
     */
    public AdministrativeDivision prefectureOf(String code) {
        AdministrativeDivision division = known(code);
        return find(division.prefectureCode()).orElseGet(() -> get(division.provinceCode()));
    }

    /**
     * Returns the province a code lies in.
     *
     * @param code six digits of a known code (either part)
     * @return the province
     * @throws UnknownCodeException if the code or its province is unknown
     */
    public AdministrativeDivision provinceOf(String code) {
        return get(known(code).provinceCode());
    }

    /**
     * Returns every GB/T 2260 code of the table, current and retired, in code order.
     *
     * @return an immutable list
     */
    public List<AdministrativeDivision> all() {
        return all;
    }

    /**
     * Returns every statistical-only code of the table, in code order.
     *
     * @return an immutable list
     */
    public List<AdministrativeDivision> statisticalOnly() {
        return statistical;
    }

    /**
     * Returns the current GB/T 2260 county-level units whose code starts with a prefix (for example
     * {@code 63} for Qinghai). The MCA tables carry no 市辖区 placeholders; statistical-only codes are not
     * included.
     *
     * @param prefix a code prefix of 2 or 4 digits
     * @return an immutable list in code order
     */
    public List<AdministrativeDivision> currentCounties(String prefix) {
        List<AdministrativeDivision> result = new ArrayList<>();
        for (AdministrativeDivision division : all) {
            if (division.level() == DivisionLevel.COUNTY && division.isCurrent() && division.code().startsWith(prefix)) {
                result.add(division);
            }
        }
        return List.copyOf(result);
    }
}
