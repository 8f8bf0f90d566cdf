package org.disabilitystandards.core.code;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds the bundled division table {@code gbt2260-divisions.csv} from the source files in
 * {@code sdk-core/src/data/gbt2260} (copies of the shared reference data, see its README). The bundled
 * table is never edited by hand: {@link DivisionTableFreshnessTest} fails when it differs from what this
 * generator produces, and {@code main} rewrites it.
 *
 * <p>Successors are derived, since the MCA tables carry none: a code whose last edition is year L is
 * followed by the codes that first appear in edition L+1 with the same name stem (the name without its
 * unit suffix, 湟中县 and 湟中区 share 湟中), preferring the same province, then the same prefecture, then
 * the same level, then the same full name. Candidates in more than one prefecture are ambiguous (桥西区, 郊区 were common names) and a
 * one-character stem (郊, 城) is matched only within the province; in both cases, and for a code merged into a
 * differently named unit, no successor is recorded.
 */
final class DivisionTableGenerator {

    static final Path DATA = Paths.get("src", "data", "gbt2260");
    static final Path RESOURCE = Paths.get("src", "main", "resources", "org", "disabilitystandards", "core", "code",
            "gbt2260-divisions.csv");
    static final String HEADER = "code,kind,name,nameEn,from,to,successors,parent";

    private static final String[] SUFFIXES = {"自治县", "自治旗", "自治州", "特区", "林区", "矿区", "地区", "新区", "县", "区",
        "市", "旗", "盟", "省"};

    private DivisionTableGenerator() {
    }

    /** One source row: a (code, name) period. */
    private static final class Row {
        final String code;
        final String kind;
        final String name;
        final int from;
        final Integer to;
        final String parent;
        String successors = "";

        Row(String code, String kind, String name, int from, Integer to, String parent) {
            this.code = code;
            this.kind = kind;
            this.name = name;
            this.from = from;
            this.to = to;
            this.parent = parent;
        }
    }

    /**
     * Rewrites the bundled resource from the data folder. Run from the {@code sdk-core} directory.
     *
     * @param args unused
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Files.writeString(RESOURCE, generate(DATA), StandardCharsets.UTF_8);
    }

    static String generate(Path dataDir) throws IOException {
        List<String> history = Files.readAllLines(dataDir.resolve("gbt2260-history.csv"), StandardCharsets.UTF_8);
        List<String> statistical = Files.readAllLines(dataDir.resolve("nbs-statistical-only-codes.csv"),
                StandardCharsets.UTF_8);
        Map<String, String> english = new HashMap<>();
        List<String> englishLines = Files.readAllLines(dataDir.resolve("division-names-en.csv"), StandardCharsets.UTF_8);
        requireHeader(englishLines.get(0), "nameZh,nameEn");
        for (String line : englishLines.subList(1, englishLines.size())) {
            String[] cells = line.split(",", -1);
            english.put(cells[0], cells[1]);
        }
        requireHeader(history.get(0), "code,name,level,first_edition,last_edition,source");
        requireHeader(statistical.get(0), "code,name,level,first_year,last_year,parent_code,source");
        Map<String, List<Row>> byCode = new TreeMap<>();
        int newest = 0;
        int oldest = Integer.MAX_VALUE;
        for (String line : history.subList(1, history.size())) {
            String[] cells = line.split(",", -1);
            int from = editionYear(cells[3]);
            Integer to = cells[4].isEmpty() ? null : editionYear(cells[4]);
            oldest = Math.min(oldest, from);
            newest = Math.max(newest, to == null ? from : to);
            byCode.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(new Row(cells[0], "G", cells[1], from, to, ""));
        }
        int newestStatistical = 0;
        int oldestStatistical = Integer.MAX_VALUE;
        for (String line : statistical.subList(1, statistical.size())) {
            String[] cells = line.split(",", -1);
            int from = Integer.parseInt(cells[3]);
            Integer to = cells[4].isEmpty() ? null : Integer.valueOf(cells[4]);
            oldestStatistical = Math.min(oldestStatistical, from);
            newestStatistical = Math.max(newestStatistical, to == null ? from : to);
            byCode.computeIfAbsent(cells[0], k -> new ArrayList<>())
                    .add(new Row(cells[0], "S", cells[1], from, to, cells[5]));
        }
        for (List<Row> rows : byCode.values()) {
            rows.sort(Comparator.comparingInt(r -> r.from));
        }
        deriveSuccessors(byCode);
        StringBuilder out = new StringBuilder();
        out.append("# GB/T 2260 administrative division codes with their history, and NBS statistical-only codes\n");
        out.append("# Generated by DivisionTableGenerator from sdk-core/src/data/gbt2260 (copies of the shared reference"
                + " data); do not edit by hand\n");
        out.append("# edition: MCA ").append(oldest).append("12-").append(newest).append("12\n");
        out.append("# source: 中华人民共和国民政部 县以上行政区划代码, year-end editions ").append(oldest).append('-')
                .append(newest).append(" (mca-web, mca-2021chg, mca-2024ys, mca-dmfw2025; see gbt2260-history.README.md)\n");
        out.append("# statistical: 国家统计局 统计用区划代码 ").append(oldestStatistical).append('-').append(newestStatistical)
                .append(", county-level codes in no MCA table (not GB/T 2260 codes)\n");
        out.append("# kind: G = GB/T 2260 (MCA), S = statistical-only (NBS); from/to: first/last year-end edition with"
                + " that name, to empty = current; successors ('|') on the last row of a retired code\n");
        out.append(HEADER).append('\n');
        for (List<Row> rows : byCode.values()) {
            for (Row row : rows) {
                out.append(row.code).append(',').append(row.kind).append(',').append(row.name).append(',')
                        .append(english.getOrDefault(row.name, "")).append(',').append(row.from).append(',')
                        .append(row.to == null ? "" : row.to.toString()).append(',').append(row.successors).append(',')
                        .append(row.parent).append('\n');
            }
        }
        return out.toString();
    }

    private static void deriveSuccessors(Map<String, List<Row>> byCode) {
        Map<Integer, List<Row>> startingIn = new HashMap<>();
        for (List<Row> rows : byCode.values()) {
            for (Row row : rows) {
                if (row.kind.equals("G")) {
                    startingIn.computeIfAbsent(row.from, k -> new ArrayList<>()).add(row);
                }
            }
        }
        for (List<Row> rows : byCode.values()) {
            Row last = rows.get(rows.size() - 1);
            if (!last.kind.equals("G") || last.to == null) {
                continue;
            }
            String stem = stem(last.name);
            List<Row> candidates = startingIn.getOrDefault(last.to + 1, List.of()).stream()
                    .filter(r -> !r.code.equals(last.code) && stem(r.name).equals(stem)
                            && !existedIn(byCode.get(r.code), last.to))
                    .collect(Collectors.toList());
            candidates = narrow(candidates, r -> r.code.regionMatches(0, last.code, 0, 2));
            candidates = narrow(candidates, r -> r.code.regionMatches(0, last.code, 0, 4));
            candidates = narrow(candidates, r -> level(r.code) == level(last.code));
            candidates = narrow(candidates, r -> r.name.equals(last.name));
            boolean generic = stem.length() < 2;
            if (candidates.stream().map(r -> r.code.substring(0, 4)).distinct().count() > 1
                    || generic && candidates.stream().anyMatch(r -> !r.code.regionMatches(0, last.code, 0, 2))) {
                candidates = List.of();
            }
            last.successors = candidates.stream().map(r -> r.code).distinct().sorted().collect(Collectors.joining("|"));
        }
    }

    private static boolean existedIn(List<Row> rows, int year) {
        return rows.stream().anyMatch(r -> r.kind.equals("G") && r.from <= year && (r.to == null || r.to >= year));
    }

    private static List<Row> narrow(List<Row> candidates, java.util.function.Predicate<Row> preferred) {
        List<Row> kept = candidates.stream().filter(preferred).collect(Collectors.toList());
        return kept.isEmpty() ? candidates : kept;
    }

    private static int level(String code) {
        return code.endsWith("0000") ? 1 : code.endsWith("00") ? 2 : 3;
    }

    static String stem(String name) {
        for (String suffix : SUFFIXES) {
            if (name.length() > suffix.length() + 1 && name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static int editionYear(String edition) {
        if (edition.length() != 6 || !edition.endsWith("12")) {
            throw new IllegalArgumentException("not a year-end edition: " + edition);
        }
        return Integer.parseInt(edition.substring(0, 4));
    }

    private static void requireHeader(String actual, String expected) {
        if (!actual.equals(expected)) {
            throw new IllegalArgumentException("expected header " + expected + ", found " + actual);
        }
    }
}
