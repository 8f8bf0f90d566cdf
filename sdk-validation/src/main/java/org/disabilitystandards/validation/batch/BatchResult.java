package org.disabilitystandards.validation.batch;

import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;

/**
 * What a worker found in one {@link LineBatch}: per line its number, record id, duplicate keys, whether
 * it has an ERROR and the record read from it, and the issues of all lines in line order
 * ({@code issueEnd[i]} is the end of line {@code i}'s issues). Written by one worker, then read by the
 * emitting thread.
 */
final class BatchResult {

    /** Marks an absent duplicate key. */
    static final long NO_KEY = -1;

    final int count;
    final long bytesRead;
    final long[] lineNumbers;
    final String[] recordIds;
    final long[] recordKeys;
    final long[] idKeys;
    final boolean[] hasError;
    final int[] issueEnd;
    /** The record read from each line, null where none could be read. */
    final PersonRecord[] records;
    final List<Issue> issues = new ArrayList<>();
    /**
     * For rows of a {@link RowSource}: the positions of each row's record id and ID number cells, for the
     * duplicate issues; null for lines.
     */
    String[] recordIdPositions;
    String[] idNumberPositions;

    BatchResult(LineBatch batch) {
        this(batch.count, batch.bytesRead, batch.lineNumbers);
    }

    /** Creates the result of {@code count} rows of a {@link RowSource}, numbered by {@code lineNumbers}. */
    BatchResult(int count, long bytesRead, long[] lineNumbers) {
        this.count = count;
        this.bytesRead = bytesRead;
        this.lineNumbers = lineNumbers;
        recordIds = new String[count];
        recordKeys = new long[count];
        idKeys = new long[count];
        hasError = new boolean[count];
        issueEnd = new int[count];
        records = new PersonRecord[count];
    }
}
