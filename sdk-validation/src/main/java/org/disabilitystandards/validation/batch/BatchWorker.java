package org.disabilitystandards.validation.batch;

import java.time.LocalDate;
import java.util.List;
import java.util.Queue;
import java.util.function.Function;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.core.json.PersonRecordReader;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.internal.RecordIdFormat;
import org.disabilitystandards.core.json.RecordReadResult;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.IssueSink;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.rule.RecordValidator;

/**
 * The work done on a worker thread for one {@link LineBatch}: read each line (JSON Lines or CSV), turn read
 * problems into FORMAT issues, validate the record, stamp every issue with its line and record id, and
 * compute the compact duplicate keys. Immutable and shared by all workers; the per-batch state lives in a
 * {@link Run} created for each batch.
 */
final class BatchWorker implements Function<LineBatch, BatchResult> {


    private final PersonRecordReader reader;
    private final RecordValidator validator;
    private final LocalDate asOf;
    private final CsvLayout csvLayout;
    private final boolean acceptFifteenDigitIds;
    private final Queue<byte[]> spare;

    /**
     * Creates the worker.
     *
     * @param csvLayout the CSV columns, or null for JSON Lines
     */
    BatchWorker(PersonRecordReader reader, RecordValidator validator, LocalDate asOf, CsvLayout csvLayout) {
        this(reader, validator, asOf, csvLayout, null);
    }

    /**
     * Creates the worker, which hands the line buffer of every batch it has validated to {@code spare}
     * (dropped when the queue is full), for the reading thread to reuse.
     *
     * @param csvLayout the CSV columns, or null for JSON Lines
     * @param spare     where used line buffers go, or null
     */
    BatchWorker(PersonRecordReader reader, RecordValidator validator, LocalDate asOf, CsvLayout csvLayout,
            Queue<byte[]> spare) {
        this.spare = spare;
        this.reader = reader;
        this.validator = validator;
        this.asOf = asOf;
        this.csvLayout = csvLayout;
        this.acceptFifteenDigitIds = validator.profile().parameters().acceptFifteenDigitIds();
    }

    /**
     * Returns the text whose key identifies the person: where the profile accepts 15-digit ID numbers
     * (GB 11643-1999 first generation, converted with WARNING ID.CONVERTED), the converted 18 characters, so
     * that the old and the new number of one person are the same person.
     */
    private String personKeyText(String idNumber) {
        return acceptFifteenDigitIds ? ResidentIdNumber.fifteenToEighteen(idNumber).orElse(idNumber) : idNumber;
    }

    @Override
    public BatchResult apply(LineBatch batch) {
        BatchResult result = new Run(batch).validate();
        if (spare != null) {
            // the result keeps no reference to the line bytes: records and issues hold their own values
            spare.offer(batch.data);
            batch.data = null;
        }
        return result;
    }

    /** The state of one batch on one worker thread. */
    private final class Run implements IssueSink {

        private final LineBatch batch;
        private final BatchResult result;
        private final ParsedLine parsed = new ParsedLine();
        private final CsvRecordParser csv = csvLayout == null ? null : new CsvRecordParser(csvLayout);
        private long line;
        private String recordId;
        private boolean error;

        Run(LineBatch batch) {
            this.batch = batch;
            this.result = new BatchResult(batch);
        }

        BatchResult validate() {
            for (int i = 0; i < batch.count; i++) {
                line = batch.lineNumbers[i];
                read(i);
                recordId = parsed.recordId != null && RecordIdFormat.isWellFormed(parsed.recordId) ? parsed.recordId : null;
                error = false;
                List<ReadProblem> problems = parsed.problems;
                for (int p = 0; p < problems.size(); p++) {
                    Issue issue = validator.formatIssue(problems.get(p));
                    if (validator.isEnabled(issue.ruleId())) {
                        accept(issue);
                    }
                }
                if (parsed.record != null) {
                    validator.validate(parsed.record, asOf, this);
                }
                result.recordIds[i] = recordId;
                result.recordKeys[i] = parsed.recordId == null ? BatchResult.NO_KEY
                        : CompactKeys.recordIdKey(parsed.recordId);
                result.idKeys[i] = parsed.idNumber == null ? BatchResult.NO_KEY
                        : CompactKeys.idNumberKey(personKeyText(parsed.idNumber));
                result.hasError[i] = error;
                result.issueEnd[i] = result.issues.size();
                result.records[i] = parsed.record;
            }
            return result;
        }

        private void read(int i) {
            if (batch.tooLong[i]) {
                set(reader.lineTooLong());
            } else if (csv != null) {
                csv.read(batch.data, batch.starts[i], batch.lengths[i], parsed);
            } else {
                set(reader.read(batch.data, batch.starts[i], batch.lengths[i]));
            }
        }

        private void set(RecordReadResult read) {
            parsed.set(read.record().orElse(null), read.problems(), read.recordId().orElse(null),
                    read.idNumber().orElse(null));
        }

        @Override
        public void accept(Issue issue) {
            Issue stamped = issue.withLine(line);
            if (recordId != null) {
                stamped = stamped.withRecordId(recordId);
            }
            if (stamped.severity() == Severity.ERROR) {
                error = true;
            }
            result.issues.add(stamped);
        }
    }
}
