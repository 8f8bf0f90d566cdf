package org.disabilitystandards.validation.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.disabilitystandards.core.json.PersonRecordReader;
import org.disabilitystandards.core.json.ReadLimits;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.disabilitystandards.validation.rule.RuleIds;

/**
 * Validates lines of an exchange file that a caller has already split, such as the rows of a distributed
 * engine's partition, with the very code of {@link ExchangeFileValidator}'s workers: the same reading of JSON
 * Lines or the CSV flavour (exchange format version 1), the same FORMAT issues for bad lines, the same rule
 * findings, stamped the same way. Only what depends on other lines is left to the caller: duplicates (with
 * {@link ValidatedLine#recordIdKey()}, {@link ValidatedLine#personKey()} and {@link #duplicateIssue}) and the
 * totals.
 *
 * <p>Lines are raw UTF-8 bytes without their line break; blank lines (spaces, tabs, carriage returns only) are
 * skipped as the file validator skips them, a UTF-8 byte order mark at the start of line 1 is skipped, a line
 * longer than {@link ReadLimits#maxLineBytes()} becomes {@code FORMAT.TOO_LONG}. Immutable and
 * thread-safe; build one per profile, date and layout, and share it.
 */
public final class LineValidator {

    /**
     * A line handed to {@link #validate}: its 1-based position and its UTF-8 bytes.
     *
     * @param line its 1-based position in the input
     * @param utf8 its bytes, without the line break
     */
    public record NumberedLine(long line, byte[] utf8) {

        /**
         * Checks the line.
         *
         * @param line its 1-based position in the input
         * @param utf8 its bytes, without the line break
         */
        public NumberedLine {
            Objects.requireNonNull(utf8, "utf8");
        }
    }

    /** The two kinds of duplicate, each with its rule. */
    public enum Duplicate {
        /** Two records with one record id: {@code FORMAT.DUPLICATE_RECORD_ID}. */
        RECORD_ID(RuleIds.FORMAT_DUPLICATE_RECORD_ID, "recordId"),
        /** Two records of one person (ID number): {@code FORMAT.DUPLICATE_PERSON}. */
        PERSON(RuleIds.FORMAT_DUPLICATE_PERSON, "idNumber");

        private final String ruleId;
        private final String path;

        Duplicate(String ruleId, String path) {
            this.ruleId = ruleId;
            this.path = path;
        }

        /**
         * Returns the rule id of this kind of duplicate.
         *
         * @return the rule id
         */
        public String ruleId() {
            return ruleId;
        }

        /**
         * Builds the issue of a later occurrence, as the file validator reports it.
         *
         * @param validator the record validator (profile severity)
         * @param line      the later occurrence's line
         * @param recordId  its record id, or null
         * @param firstLine the line of the first occurrence
         * @return the issue, stamped with the line and record id
         */
        Issue issue(RecordValidator validator, long line, String recordId, long firstLine) {
            Issue issue = validator.fileIssue(ruleId, path, firstLine).withLine(line);
            return recordId == null ? issue : issue.withRecordId(recordId);
        }
    }

    private static final int BATCH_BYTES = 256 * 1024;

    private final RecordValidator validator;
    private final PersonRecordReader reader;
    private final CsvLayout csvLayout;
    private final BatchWorker worker;

    private LineValidator(RecordValidator validator, LocalDate asOf, ReadLimits limits, CsvLayout csvLayout) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.reader = PersonRecordReader.withLimits(Objects.requireNonNull(limits, "limits"));
        this.csvLayout = csvLayout;
        this.worker = new BatchWorker(reader, validator, Objects.requireNonNull(asOf, "asOf"), csvLayout);
    }

    /**
     * Creates a validator of JSON Lines.
     *
     * @param validator the record validator (its profile decides the rules)
     * @param asOf      the date whose rules apply
     * @param limits    the limits for hostile input
     * @return the line validator
     */
    public static LineValidator jsonLines(RecordValidator validator, LocalDate asOf, ReadLimits limits) {
        return new LineValidator(validator, asOf, limits, null);
    }

    /**
     * Creates a validator of the data rows of a CSV exchange file, reading its header row as the file
     * validator does: a byte order mark is skipped, a header that is too long or not valid UTF-8 is
     * {@code FORMAT.MALFORMED_CSV}.
     *
     * @param validator the record validator (its profile decides the rules)
     * @param asOf      the date whose rules apply
     * @param limits    the limits for hostile input
     * @param header    the file's header row (its first non-blank line) in UTF-8, without its line break
     * @return the line validator; {@link #headerIssues} reports the header's problems
     */
    public static LineValidator csv(RecordValidator validator, LocalDate asOf, ReadLimits limits, byte[] header) {
        Objects.requireNonNull(header, "header");
        int from = header.length >= 3 && header[0] == (byte) 0xEF && header[1] == (byte) 0xBB
                && header[2] == (byte) 0xBF ? 3 : 0;
        int end = header.length > from && header[header.length - 1] == '\r' ? header.length - 1 : header.length;
        String text = end - from > limits.maxLineBytes() ? null : new Utf8Text().decode(header, from, end - from);
        return new LineValidator(validator, asOf, limits, CsvLayout.fromHeader(text));
    }

    /**
     * Returns the issues of the CSV header row, as the file validator reports them on its line; none for
     * JSON Lines.
     *
     * @param line the header's line number
     * @return the issues, possibly empty
     */
    public List<Issue> headerIssues(long line) {
        if (csvLayout == null) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        for (ReadProblem problem : csvLayout.problems()) {
            Issue issue = validator.formatIssue(problem);
            if (validator.isEnabled(issue.ruleId())) {
                issues.add(issue.withLine(line));
            }
        }
        return issues;
    }

    /**
     * Builds the issue of the later occurrence of a duplicate, as the file validator reports it.
     *
     * @param kind      record id or person
     * @param line      the later occurrence's line
     * @param recordId  its record id, or null when unreadable
     * @param firstLine the line of the first occurrence (the one earlier in input order)
     * @return the issue, or empty if the profile switches the rule off
     */
    public Optional<Issue> duplicateIssue(Duplicate kind, long line, String recordId, long firstLine) {
        if (!validator.isEnabled(kind.ruleId())) {
            return Optional.empty();
        }
        return Optional.of(kind.issue(validator, line, recordId, firstLine));
    }

    /**
     * Validates lines lazily, a batch at a time, in the order given; blank lines yield nothing.
     *
     * @param lines the lines (each array is read while its batch is validated, not kept)
     * @return one result per non-blank line, in order
     */
    public Iterator<ValidatedLine> validate(Iterator<NumberedLine> lines) {
        return new Results(Objects.requireNonNull(lines, "lines"));
    }

    /**
     * Validates one line.
     *
     * @param line the line
     * @return the result, or empty if the line is blank
     */
    public Optional<ValidatedLine> validate(NumberedLine line) {
        Iterator<ValidatedLine> results = validate(List.of(line).iterator());
        return results.hasNext() ? Optional.of(results.next()) : Optional.empty();
    }

    private static boolean isBlank(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static int bomLength(NumberedLine line) {
        byte[] b = line.utf8();
        return line.line() == 1 && b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB
                && b[2] == (byte) 0xBF ? 3 : 0;
    }

    @Override
    public String toString() {
        return "LineValidator{profile=" + validator.profile().name() + ", flavour="
                + (csvLayout == null ? "JSON Lines" : "CSV") + ", limits=" + reader.limits() + "}";
    }

    /** Pulls lines into batches and hands out the results of one batch after another. */
    private final class Results implements Iterator<ValidatedLine> {

        private final Iterator<NumberedLine> lines;
        private BatchResult current;
        private int next;
        private int issueStart;

        Results(Iterator<NumberedLine> lines) {
            this.lines = lines;
        }

        @Override
        public boolean hasNext() {
            while (current == null || next == current.count) {
                LineBatch batch = nextBatch();
                if (batch == null) {
                    return false;
                }
                current = worker.apply(batch);
                next = 0;
                issueStart = 0;
            }
            return true;
        }

        @Override
        public ValidatedLine next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int i = next++;
            int issueEnd = current.issueEnd[i];
            ValidatedLine result = new ValidatedLine(current.lineNumbers[i], current.recordIds[i],
                    current.recordKeys[i], current.idKeys[i], current.hasError[i],
                    current.issues.subList(issueStart, issueEnd), current.records[i]);
            issueStart = issueEnd;
            return result;
        }

        private LineBatch nextBatch() {
            LineBatch batch = new LineBatch(ExchangeFileValidator.DEFAULT_BATCH_LINES, BATCH_BYTES / 4);
            int maxBytes = reader.limits().maxLineBytes();
            while (!batch.isFull(BATCH_BYTES) && lines.hasNext()) {
                NumberedLine line = lines.next();
                byte[] bytes = line.utf8();
                int from = bomLength(line);
                int end = bytes.length;
                if (end > from && bytes[end - 1] == '\r') {
                    end--;
                }
                if (end - from > maxBytes) {
                    batch.add(line.line(), bytes, 0, true);
                } else if (!isBlank(bytes, from)) {
                    byte[] text = from == 0 ? bytes : Arrays.copyOfRange(bytes, from, end);
                    batch.add(line.line(), text, end - from, false);
                }
            }
            return batch.count == 0 ? null : batch;
        }
    }
}
