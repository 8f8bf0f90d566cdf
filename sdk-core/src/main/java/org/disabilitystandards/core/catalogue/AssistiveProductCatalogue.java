package org.disabilitystandards.core.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.ItemCodeSystem;
import org.disabilitystandards.core.code.ItemCodes;
import org.disabilitystandards.core.code.ItemKind;
import org.disabilitystandards.core.convert.Provenance;
import org.disabilitystandards.core.internal.table.LineTable;
import org.disabilitystandards.core.internal.table.TableLoader;
import org.disabilitystandards.core.internal.table.TableProblem;
import org.disabilitystandards.core.table.TableException;
import org.disabilitystandards.core.table.TableException.Reason;

/**
 * An assistive-device catalogue the embedder loads from CSV (a local 基本配置目录 or subsidy catalogue; no
 * national one was found in public sources, so none is bundled). Immutable and thread-safe.
 *
 * <p>Format (UTF-8): comment lines {@code # id: ...}, {@code # version: ...} and {@code # basis: ...} give the
 * table's provenance (all three required, like every table of the SDK); then the header
 * {@value #HEADER}; then one row per product. {@code system} is an assistive-product
 * {@link ItemCodeSystem} ({@code GBT_16432}, {@code ISO_9999}, {@code MCA_AT_CATALOGUE},
 * {@code LOCAL_AT_CATALOGUE}); {@code code} must be valid for it ({@link ItemCodes}); {@code categories} and
 * {@code grades} are {@code |}-separated (empty: any); ages are completed years (empty: no limit);
 * {@code replacementYears} is 0-20 (empty: none); {@code subsidyCapYuan} has at most two decimals (empty: no
 * cap); {@code assessmentRequired} is {@code true} or {@code false}. Cells hold no commas. Every defect is a
 * {@link TableException} naming the table, its version, the line and the column, never the cell's value.
 */
public final class AssistiveProductCatalogue {

    /** The header row. */
    public static final String HEADER = "system,edition,code,device,categories,grades,minAge,maxAge,"
            + "replacementYears,subsidyCapYuan,assessmentRequired";

    private static final String[] COLUMNS = HEADER.split(",");
    private static final int MAX_AGE = 150;
    private static final int MAX_REPLACEMENT_YEARS = 20;

    private final Provenance provenance;
    private final List<CatalogueRow> rows;
    private final Map<String, CatalogueRow> byKey;

    private AssistiveProductCatalogue(Provenance provenance, List<CatalogueRow> rows, Map<String, CatalogueRow> byKey) {
        this.provenance = provenance;
        this.rows = List.copyOf(rows);
        this.byKey = Map.copyOf(byKey);
    }

    /**
     * Loads a catalogue from a CSV file; errors name the file.
     *
     * @param file the file
     * @return the catalogue
     * @throws TableException if the file cannot be read or the table is invalid (names the line and column)
     */
    public static AssistiveProductCatalogue load(Path file) {
        String table = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            return load(table, in);
        } catch (IOException e) {
            throw new TableException(table, null, "", 0, Reason.UNREADABLE, "cannot be read", e);
        }
    }

    /**
     * Loads a catalogue from a CSV stream (not closed) under the name {@code assistive-device catalogue}.
     *
     * @param in the stream
     * @return the catalogue
     * @throws TableException if the stream cannot be read or the table is invalid (names the line and column)
     */
    public static AssistiveProductCatalogue load(InputStream in) {
        return load("assistive-device catalogue", in);
    }

    /**
     * Loads a catalogue from a CSV stream (not closed).
     *
     * @param table the table's name for messages (e.g. the file or resource name)
     * @param in    the stream
     * @return the catalogue
     * @throws TableException if the stream cannot be read or the table is invalid (names the line and column)
     */
    public static AssistiveProductCatalogue load(String table, InputStream in) {
        return TableLoader.lines(table, in, HEADER, new Rows());
    }

    /** Collects the rows, refusing a second row of the same system, edition and code. */
    private static final class Rows implements LineTable.Handler<AssistiveProductCatalogue> {
        private final List<CatalogueRow> rows = new ArrayList<>();
        private final Map<String, CatalogueRow> byKey = new HashMap<>();

        @Override
        public void row(LineTable.Row text) {
            CatalogueRow row = AssistiveProductCatalogue.row(text.cells(), text.line());
            CatalogueRow earlier = byKey.putIfAbsent(key(row.system(), row.edition(), row.code()), row);
            if (earlier != null) {
                throw text.problem(2, Reason.DUPLICATE_KEY, "same system, edition and code as line " + earlier.line());
            }
            rows.add(row);
        }

        @Override
        public AssistiveProductCatalogue finish(Map<String, String> meta, int lastLine) {
            return new AssistiveProductCatalogue(new Provenance(metadata(meta, "id", lastLine),
                    metadata(meta, "version", lastLine), metadata(meta, "basis", lastLine)), rows, byKey);
        }
    }

    private static String metadata(Map<String, String> meta, String name, int line) {
        String value = meta.get(name);
        if (value == null || value.isEmpty()) {
            throw TableProblem.atLine(line, "", Reason.MISSING_FIELD,
                    "missing the comment line '# " + name + ": ...' (provenance)");
        }
        return value;
    }

    private static CatalogueRow row(String[] cells, int line) {
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
        }
        ItemCodeSystem system = system(cells[0], line);
        String edition = required(cells[1], line, 1);
        String code = required(cells[2], line, 2);
        ItemCodes.problem(system, Optional.of(edition), code).ifPresent(problem -> {
            throw TableProblem.atLine(line, COLUMNS[2], Reason.UNKNOWN_CODE, problem);
        });
        String device = required(cells[3], line, 3);
        EnumSet<DisabilityCategory> categories = EnumSet.noneOf(DisabilityCategory.class);
        for (String category : list(cells[4])) {
            try {
                categories.add(DisabilityCategory.valueOf(category));
            } catch (IllegalArgumentException e) {
                throw TableProblem.atLine(line, COLUMNS[4], Reason.UNKNOWN_CODE, "not a category code");
            }
        }
        EnumSet<DisabilityGrade> grades = EnumSet.noneOf(DisabilityGrade.class);
        for (String grade : list(cells[5])) {
            grades.add(DisabilityGrade.of(number(grade, line, 5, 1, 4)));
        }
        int minAge = cells[6].isEmpty() ? -1 : number(cells[6], line, 6, 0, MAX_AGE);
        int maxAge = cells[7].isEmpty() ? -1 : number(cells[7], line, 7, 0, MAX_AGE);
        if (minAge >= 0 && maxAge >= 0 && maxAge < minAge) {
            throw TableProblem.atLine(line, COLUMNS[7], Reason.INVALID_VALUE, "maxAge below minAge");
        }
        int years = cells[8].isEmpty() ? 0 : number(cells[8], line, 8, 0, MAX_REPLACEMENT_YEARS);
        OptionalLong cap = cells[9].isEmpty() ? OptionalLong.empty() : OptionalLong.of(fen(cells[9], line));
        boolean assessment;
        if ("true".equals(cells[10])) {
            assessment = true;
        } else if ("false".equals(cells[10])) {
            assessment = false;
        } else {
            throw TableProblem.atLine(line, COLUMNS[10], Reason.WRONG_TYPE, "expected true or false");
        }
        return new CatalogueRow(line, system, edition, ItemCodes.normalize(system, code), device, categories, grades,
                minAge, maxAge, years, cap, assessment);
    }

    private static ItemCodeSystem system(String cell, int line) {
        try {
            ItemCodeSystem system = ItemCodeSystem.valueOf(cell);
            if (system.kind() == ItemKind.ASSISTIVE_PRODUCT) {
                return system;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw TableProblem.atLine(line, COLUMNS[0], Reason.UNKNOWN_CODE, "not an assistive-product code system");
    }

    private static String required(String cell, int line, int column) {
        if (cell.isEmpty()) {
            throw TableProblem.atLine(line, COLUMNS[column], Reason.MISSING_FIELD, "empty");
        }
        return cell;
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("\\|", -1));
    }

    private static int number(String cell, int line, int column, int min, int max) {
        if (cell.isEmpty() || cell.length() > 4 || !cell.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw TableProblem.atLine(line, COLUMNS[column], Reason.WRONG_TYPE, "not a whole number");
        }
        int value = Integer.parseInt(cell);
        if (value < min || value > max) {
            throw TableProblem.atLine(line, COLUMNS[column], Reason.INVALID_VALUE, "outside " + min + "-" + max);
        }
        return value;
    }

    private static long fen(String cell, int line) {
        try {
            BigDecimal yuan = new BigDecimal(cell);
            if (yuan.signum() < 0 || yuan.scale() > 2 || yuan.precision() - yuan.scale() > 9) {
                throw TableProblem.atLine(line, COLUMNS[9], Reason.INVALID_VALUE, "not an amount of at most 9 digits and 2 decimals");
            }
            return yuan.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw TableProblem.atLine(line, COLUMNS[9], Reason.WRONG_TYPE, "not an amount in yuan");
        }
    }

    private static String key(ItemCodeSystem system, String edition, String normalizedCode) {
        return system.name() + '|' + edition + '|' + normalizedCode;
    }

    /**
     * Returns the table's provenance (the {@code id}, {@code version} and {@code basis} comment lines).
     *
     * @return the provenance
     */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * Returns the rows in file order.
     *
     * @return the rows
     */
    public List<CatalogueRow> rows() {
        return rows;
    }

    /**
     * Finds the row of a product: same code system, same edition, same code (spaces between pairs ignored). A
     * code is never looked up in another system or edition.
     *
     * @param system  the code system
     * @param edition the edition
     * @param code    the code as exchanged
     * @return the row, if the catalogue lists the product
     */
    public Optional<CatalogueRow> find(ItemCodeSystem system, String edition, String code) {
        return Optional.ofNullable(byKey.get(key(system, edition, ItemCodes.normalize(system, code))));
    }

    @Override
    public String toString() {
        return "AssistiveProductCatalogue{" + provenance.tableId() + " " + provenance.version() + ", rows="
                + rows.size() + "}";
    }
}
