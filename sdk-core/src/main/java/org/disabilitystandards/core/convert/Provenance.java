package org.disabilitystandards.core.convert;

import java.util.Objects;

/**
 * Where a conversion answer comes from: the table id and version, and the basis (legal text, standard clause
 * or the SDK's documented reasoning).
 *
 * @param tableId the table id, for example {@code military-gbt26341-reference}
 * @param version the table version
 * @param basis   the basis text
 */
public record Provenance(String tableId, String version, String basis) {

    /**
     * Creates a provenance.
     *
     * @param tableId the table id, for example {@code military-gbt26341-reference}
     * @param version the table version
     * @param basis the basis text
     * @throws NullPointerException if a component is null
     */
    public Provenance {
        Objects.requireNonNull(tableId, "tableId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(basis, "basis");
    }
}
