package org.disabilitystandards.testkit.tables;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One synthetic record as a template row and as its JSON Lines twin: the cell values in the order of
 * {@link CountyTemplateRecords#HEADERS} ({@code String} text, {@code java.time.LocalDate} dates,
 * {@code java.math.BigDecimal} for an ID number that a spreadsheet turned into a number, null for an empty
 * cell) and the JSON object of the same record. Synthetic data: {@link #toString()} still shows only the
 * record id.
 *
 * @param recordId the record id
 * @param values   the cells in header order (unmodifiable, may hold nulls)
 * @param jsonLine the JSON Lines twin
 */
public record TemplateRow(String recordId, List<Object> values, String jsonLine) {

    /**
     * Creates a row.
     *
     * @param recordId the record id
     * @param values   the cells in header order (copied; may hold nulls)
     * @param jsonLine the JSON Lines twin
     */
    public TemplateRow {
        Objects.requireNonNull(recordId, "recordId");
        values = Collections.unmodifiableList(new java.util.ArrayList<>(values));
        Objects.requireNonNull(jsonLine, "jsonLine");
    }

    @Override
    public String toString() {
        return "TemplateRow{" + recordId + "}";
    }
}
