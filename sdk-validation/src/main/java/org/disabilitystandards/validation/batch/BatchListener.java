package org.disabilitystandards.validation.batch;

import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;

/**
 * Receives the findings of a batch run as they are made, so that an embedder can stream issues to a file
 * or a queue and show progress without the library holding a list of every issue.
 *
 * <p>All calls come from the thread that called {@link ExchangeFileValidator#validate}, one at a time and
 * strictly in file order, whatever the number of worker threads: the sequence of calls is reproducible.
 * An exception thrown by a listener stops the run and is passed on to the caller.
 */
public interface BatchListener {

    /** A listener that ignores everything. */
    BatchListener NONE = new BatchListener() {
    };

    /**
     * Receives one issue, with its line number and, when known, its record id.
     *
     * @param issue the issue
     */
    default void onIssue(Issue issue) {
    }

    /**
     * Reports progress after each batch of lines.
     *
     * @param records   the records (non-blank lines) done so far
     * @param bytesRead the bytes of input read so far (ahead of {@code records} by at most a few batches)
     */
    default void onProgress(long records, long bytesRead) {
    }

    /**
     * Receives one record that could be read, after the issues of its line: every such record once, in file
     * order, for consumers that compute something from the same pass (the plan's indicators, for example).
     * Lines that could not be read into a record (malformed JSON, a missing required field) have issues only.
     *
     * @param line   the 1-based line number
     * @param record the record, whatever its issues
     */
    default void onRecord(long line, PersonRecord record) {
    }
}
