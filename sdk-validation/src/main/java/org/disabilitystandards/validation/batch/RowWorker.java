package org.disabilitystandards.validation.batch;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.IssueSink;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.rule.RecordValidator;

/**
 * The work done on a worker thread for a batch of {@link SourceRow}s of a workbook sheet or database table:
 * map each row ({@link RowMapper}), turn read problems into FORMAT issues, validate the record, stamp every
 * issue with the row number, the record id and its position in the source (the cell of the issue's field,
 * else the row), and compute the compact duplicate keys, as {@link BatchWorker} does for lines. Immutable and
 * shared by all workers.
 */
final class RowWorker implements Function<RowWorker.Batch, BatchResult> {

    private final RecordValidator validator;
    private final LocalDate asOf;
    private final ColumnLayout layout;
    private final RowSource source;
    private final boolean acceptFifteenDigitIds;

    RowWorker(RecordValidator validator, LocalDate asOf, ColumnLayout layout, RowSource source) {
        this.validator = validator;
        this.asOf = asOf;
        this.layout = layout;
        this.source = source;
        this.acceptFifteenDigitIds = validator.profile().parameters().acceptFifteenDigitIds();
    }

    @Override
    public BatchResult apply(Batch batch) {
        return new Run(batch).validate();
    }

    /** Up to a batch of consecutive rows, read on the reading thread and then only read. */
    static final class Batch {

        final SourceRow[] rows;
        final long[] numbers;
        int count;
        long progress;

        Batch(int size) {
            rows = new SourceRow[size];
            numbers = new long[size];
        }

        boolean add(SourceRow row) {
            rows[count] = row;
            numbers[count] = row.number();
            count++;
            return count < rows.length;
        }
    }

    /** The state of one batch on one worker thread. */
    private final class Run implements IssueSink {

        private final Batch batch;
        private final BatchResult result;
        private final ParsedLine parsed = new ParsedLine();
        private final RowMapper mapper = new RowMapper(layout);
        private SourceRow row;
        private boolean error;

        Run(Batch batch) {
            this.batch = batch;
            this.result = new BatchResult(batch.count, batch.progress, batch.numbers);
            result.recordIdPositions = new String[batch.count];
            result.idNumberPositions = new String[batch.count];
        }

        BatchResult validate() {
            for (int i = 0; i < batch.count; i++) {
                row = batch.rows[i];
                mapper.map(row::cell, row.number(), parsed);
                error = false;
                List<ReadProblem> problems = parsed.problems;
                for (ReadProblem problem : problems) {
                    Issue issue = validator.formatIssue(problem);
                    if (validator.isEnabled(issue.ruleId())) {
                        accept(issue);
                    }
                }
                if (parsed.record != null) {
                    validator.validate(parsed.record, asOf, this);
                }
                String recordId = parsed.recordId;
                result.recordIds[i] = recordId;
                result.recordKeys[i] = recordId == null ? BatchResult.NO_KEY : CompactKeys.recordIdKey(recordId);
                result.idKeys[i] = parsed.idNumber == null ? BatchResult.NO_KEY : CompactKeys.idNumberKey(
                        acceptFifteenDigitIds ? ResidentIdNumber.fifteenToEighteen(parsed.idNumber)
                                .orElse(parsed.idNumber) : parsed.idNumber);
                result.hasError[i] = error;
                result.issueEnd[i] = result.issues.size();
                result.records[i] = parsed.record;
                result.recordIdPositions[i] = position(ExchangeColumn.RECORD_ID);
                result.idNumberPositions[i] = position(ExchangeColumn.ID_NUMBER);
            }
            return result;
        }

        /** Returns the position of a column's cell in the current row, or of the row if there is no such column. */
        private String position(ExchangeColumn column) {
            return source.position(row, column == null ? -1 : layout.indexOf(column));
        }

        @Override
        public void accept(Issue issue) {
            Issue stamped = issue.withLine(row.number()).withPosition(position(ExchangeColumn.forPath(issue.path())));
            if (parsed.recordId != null) {
                stamped = stamped.withRecordId(parsed.recordId);
            }
            if (stamped.severity() == Severity.ERROR) {
                error = true;
            }
            result.issues.add(stamped);
        }
    }
}
