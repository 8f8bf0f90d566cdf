package org.disabilitystandards.validation.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.rule.RecordValidator;

/**
 * The emitting side of a batch run, on the caller's thread: takes the {@link BatchResult}s in file order,
 * finds duplicate record ids ({@code FORMAT.DUPLICATE_RECORD_ID}) and persons ({@code FORMAT.DUPLICATE_PERSON},
 * by ID number) with {@link SpillingFirstSeenTable}s of compact keys, passes every issue and every record read
 * to the listener, runs the cross-record pass of the service-history rules ({@link ServiceHistoryPass}) on records
 * with services, and keeps the counts of the summary. Holds no issue after passing it on. Must be closed at
 * the end of the run: closing deletes the duplicate tables' temporary files.
 */
final class Emitter implements Consumer<BatchResult>, AutoCloseable {

    private static final Severity[] SEVERITIES = Severity.values();

    private final RecordValidator validator;
    private final BatchListener listener;
    private final boolean duplicateRecordIds;
    private final boolean duplicatePersons;
    private final SpillingFirstSeenTable recordIds;
    private final SpillingFirstSeenTable persons;
    private final ServiceHistoryPass history;
    private final long[] severityCounts = new long[SEVERITIES.length];
    private final Map<String, long[]> ruleCounts = new HashMap<>();
    private long records;
    private long validRecords;

    /**
     * Creates the emitter of one run.
     *
     * @param validator      the record validator, for the duplicate issues and which of them are enabled
     * @param listener       receives issues, records and progress
     * @param keysInMemory   the most keys each duplicate table holds in memory before it spills
     * @param spillDirectory where the duplicate tables put their temporary files
     * @param asOf           the as-of date of the run, for the service-history rules across records
     */
    Emitter(RecordValidator validator, BatchListener listener, int keysInMemory, Path spillDirectory, LocalDate asOf) {
        this.validator = validator;
        this.listener = listener;
        this.duplicateRecordIds = validator.isEnabled(LineValidator.Duplicate.RECORD_ID.ruleId());
        this.duplicatePersons = validator.isEnabled(LineValidator.Duplicate.PERSON.ruleId());
        this.recordIds = new SpillingFirstSeenTable(keysInMemory, spillDirectory);
        this.persons = new SpillingFirstSeenTable(keysInMemory, spillDirectory);
        this.history = new ServiceHistoryPass(validator, asOf, keysInMemory, spillDirectory);
    }

    /**
     * Passes on issues that belong to no record, such as those of a CSV header row.
     *
     * @param issues the issues, already stamped with their line
     */
    void fileIssues(List<Issue> issues) {
        for (Issue issue : issues) {
            emit(issue);
        }
    }

    /**
     * Takes the next result in file order.
     *
     * @param result the result
     * @throws UncheckedIOException if a duplicate table cannot spill or read its temporary file
     */
    @Override
    public void accept(BatchResult result) {
        try {
            emitResult(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void emitResult(BatchResult result) throws IOException {
        List<Issue> issues = result.issues;
        int next = 0;
        for (int i = 0; i < result.count; i++) {
            boolean error = result.hasError[i];
            for (int end = result.issueEnd[i]; next < end; next++) {
                emit(issues.get(next));
            }
            long line = result.lineNumbers[i];
            if (duplicateRecordIds && result.recordKeys[i] != BatchResult.NO_KEY) {
                long first = recordIds.putIfAbsent(result.recordKeys[i], line);
                if (first != FirstSeenTable.ABSENT) {
                    error |= duplicate(LineValidator.Duplicate.RECORD_ID, first, line, result.recordIds[i],
                            result.recordIdPositions == null ? null : result.recordIdPositions[i]);
                }
            }
            if (duplicatePersons && result.idKeys[i] != BatchResult.NO_KEY) {
                long first = persons.putIfAbsent(result.idKeys[i], line);
                if (first != FirstSeenTable.ABSENT) {
                    error |= duplicate(LineValidator.Duplicate.PERSON, first, line, result.recordIds[i],
                            result.idNumberPositions == null ? null : result.idNumberPositions[i]);
                }
            }
            PersonRecord record = result.records[i];
            if (record != null && !record.services().isEmpty()) {
                error |= history.check(line, record, result.recordIds[i], this::emit);
            }
            records++;
            if (!error) {
                validRecords++;
            }
            if (result.records[i] != null) {
                listener.onRecord(line, result.records[i]);
            }
        }
        listener.onProgress(records, result.bytesRead);
    }

    private boolean duplicate(LineValidator.Duplicate kind, long firstLine, long line, String recordId,
            String position) {
        Issue issue = kind.issue(validator, line, recordId, firstLine);
        if (position != null) {
            issue = issue.withPosition(position);
        }
        emit(issue);
        return issue.severity() == Severity.ERROR;
    }

    private void emit(Issue issue) {
        severityCounts[issue.severity().ordinal()]++;
        long[] count = ruleCounts.get(issue.ruleId());
        if (count == null) {
            count = new long[1];
            ruleCounts.put(issue.ruleId(), count);
        }
        count[0]++;
        listener.onIssue(issue);
    }

    /**
     * Returns the number of records taken so far.
     *
     * @return the records
     */
    long records() {
        return records;
    }

    /**
     * Returns the totals so far.
     *
     * @param elapsed the time taken
     * @return the summary
     */
    BatchSummary summary(Duration elapsed) {
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : SEVERITIES) {
            bySeverity.put(severity, severityCounts[severity.ordinal()]);
        }
        Map<String, Long> byRule = new HashMap<>();
        ruleCounts.forEach((rule, count) -> byRule.put(rule, count[0]));
        return new BatchSummary(records, validRecords, bySeverity, byRule, elapsed);
    }

    /**
     * Deletes the temporary files of both duplicate tables.
     *
     * @throws IOException if a file cannot be closed or deleted
     */
    @Override
    public void close() throws IOException {
        try {
            recordIds.close();
        } finally {
            try {
                persons.close();
            } finally {
                history.close();
            }
        }
    }
}
