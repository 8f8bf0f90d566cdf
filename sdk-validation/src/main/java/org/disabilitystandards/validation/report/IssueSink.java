package org.disabilitystandards.validation.report;

/**
 * Receives issues as a validator raises them: the low-allocation way to validate many records (no report
 * object per record). Implementations used from several threads must be thread-safe themselves.
 */
@FunctionalInterface
public interface IssueSink {

    /**
     * Receives one issue.
     *
     * @param issue the issue, never null
     */
    void accept(Issue issue);
}
