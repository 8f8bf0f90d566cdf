package org.disabilitystandards.validation.rule;

/**
 * The checks of one rule domain on one record. Implementations are immutable and thread-safe: they hold
 * only the {@link Rule}s they raise, resolved once when the validator is built.
 */
interface DomainRules {

    /**
     * Checks a record, raising issues through the check.
     *
     * @param check the record under validation
     */
    void check(RecordCheck check);
}
