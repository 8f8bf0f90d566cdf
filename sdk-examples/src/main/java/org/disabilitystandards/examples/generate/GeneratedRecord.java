package org.disabilitystandards.examples.generate;

import java.util.Objects;
import java.util.Optional;
import org.disabilitystandards.core.model.PersonRecord;

/**
 * One generated line of an exchange file.
 *
 * @param lineNumber the 1-based line number in the generated file
 * @param recordId   the record id written on the line
 * @param json       the line's text, without its terminator
 * @param defect     the injected defect, or empty for a record that follows every rule
 * @param record     the record the line was written from; empty for format defects, whose line does not
 *                   represent a record faithfully
 */
public record GeneratedRecord(long lineNumber, String recordId, String json, Optional<Defect> defect,
        Optional<PersonRecord> record) {

    /**
     * Checks the components.
     *
     * @param lineNumber the 1-based line number
     * @param recordId   the record id
     * @param json       the line's text
     * @param defect     the injected defect, if any
     * @param record     the record, if the line represents one
     * @throws NullPointerException if a component is null
     */
    public GeneratedRecord {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(defect, "defect");
        Objects.requireNonNull(record, "record");
    }
}
