package org.disabilitystandards.core.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
 * {@link CatalogueTableException} naming the line and the column.
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
     * Loads a catalogue from a CSV file.
     *
     * @param file the file
     * @return the catalogue
     * @throws CatalogueTableException if the table is invalid (the message names the line and column)
     * @throws UncheckedIOException    if the file cannot be read
     */
    public static AssistiveProductCatalogue load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the assistive-device catalogue", e);
        }
    }

    /**
     * Loads a catalogue from a CSV stream (not closed).
     *
     * @param in the stream
     * @return the catalogue
     * @throws CatalogueTableException if the table is invalid (the message names the line and column)
     * @throws UncheckedIOException    if the stream cannot be read
     */
    public static AssistiveProductCatalogue load(InputStream in) {
        try {
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the assistive-device catalogue", e);
        }
    }

    private static AssistiveProductCatalogue parse(BufferedReader reader) throws IOException {
        Map<String, String> meta = new HashMap<>();
        List<CatalogueRow> rows = new ArrayList<>();
        Map<String, CatalogueRow> byKey = new HashMap<>();
        boolean header = false;
        int line = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            if (text.startsWith("#")) {
                int colon = text.indexOf(':');
                if (!header && colon > 0) {
                    meta.putIfAbsent(text.substring(1, colon).trim(), text.substring(colon + 1).trim());
                }
            } else if (!header) {
                if (!HEADER.equals(text.strip())) {
                    throw new CatalogueTableException(line, "", "expected the header " + HEADER);
                }
                header = true;
            } else {
                CatalogueRow row = row(text, line);
                String key = key(row.system(), row.edition(), row.code());
                CatalogueRow earlier = byKey.putIfAbsent(key, row);
                if (earlier != null) {
                    throw new CatalogueTableException(line, "code", "same system, edition and code as line "
                            + earlier.line());
                }
                rows.add(row);
            }
        }
        if (!header) {
            throw new CatalogueTableException(line, "", "no header row");
        }
        return new AssistiveProductCatalogue(new Provenance(metadata(meta, "id", line), metadata(meta, "version", line),
                metadata(meta, "basis", line)), rows, byKey);
    }

    private static String metadata(Map<String, String> meta, String name, int line) {
        String value = meta.get(name);
        if (value == null || value.isEmpty()) {
            throw new CatalogueTableException(line, "", "missing the comment line '# " + name + ": ...' (provenance)");
        }
        return value;
    }

    private static CatalogueRow row(String text, int line) {
        String[] cells = text.split(",", -1);
        if (cells.length != COLUMNS.length) {
            throw new CatalogueTableException(line, "", "expected " + COLUMNS.length + " cells, found " + cells.length);
        }
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
        }
        ItemCodeSystem system = system(cells[0], line);
        String edition = required(cells[1], line, 1);
        String code = required(cells[2], line, 2);
        ItemCodes.problem(system, Optional.of(edition), code).ifPresent(problem -> {
            throw new CatalogueTableException(line, COLUMNS[2], problem);
        });
        String device = required(cells[3], line, 3);
        EnumSet<DisabilityCategory> categories = EnumSet.noneOf(DisabilityCategory.class);
        for (String category : list(cells[4])) {
            try {
                categories.add(DisabilityCategory.valueOf(category));
            } catch (IllegalArgumentException e) {
                throw new CatalogueTableException(line, COLUMNS[4], "not a category code");
            }
        }
        EnumSet<DisabilityGrade> grades = EnumSet.noneOf(DisabilityGrade.class);
        for (String grade : list(cells[5])) {
            grades.add(DisabilityGrade.of(number(grade, line, 5, 1, 4)));
        }
        int minAge = cells[6].isEmpty() ? -1 : number(cells[6], line, 6, 0, MAX_AGE);
        int maxAge = cells[7].isEmpty() ? -1 : number(cells[7], line, 7, 0, MAX_AGE);
        if (minAge >= 0 && maxAge >= 0 && maxAge < minAge) {
            throw new CatalogueTableException(line, COLUMNS[7], "maxAge below minAge");
        }
        int years = cells[8].isEmpty() ? 0 : number(cells[8], line, 8, 0, MAX_REPLACEMENT_YEARS);
        OptionalLong cap = cells[9].isEmpty() ? OptionalLong.empty() : OptionalLong.of(fen(cells[9], line));
        boolean assessment;
        if ("true".equals(cells[10])) {
            assessment = true;
        } else if ("false".equals(cells[10])) {
            assessment = false;
        } else {
            throw new CatalogueTableException(line, COLUMNS[10], "expected true or false");
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
        throw new CatalogueTableException(line, COLUMNS[0], "not an assistive-product code system");
    }

    private static String required(String cell, int line, int column) {
        if (cell.isEmpty()) {
            throw new CatalogueTableException(line, COLUMNS[column], "empty");
        }
        return cell;
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("\\|", -1));
    }

    private static int number(String cell, int line, int column, int min, int max) {
        if (cell.isEmpty() || cell.length() > 4 || !cell.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new CatalogueTableException(line, COLUMNS[column], "not a whole number");
        }
        int value = Integer.parseInt(cell);
        if (value < min || value > max) {
            throw new CatalogueTableException(line, COLUMNS[column], "outside " + min + "-" + max);
        }
        return value;
    }

    private static long fen(String cell, int line) {
        try {
            BigDecimal yuan = new BigDecimal(cell);
            if (yuan.signum() < 0 || yuan.scale() > 2 || yuan.precision() - yuan.scale() > 9) {
                throw new CatalogueTableException(line, COLUMNS[9], "not an amount of at most 9 digits and 2 decimals");
            }
            return yuan.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new CatalogueTableException(line, COLUMNS[9], "not an amount in yuan");
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
