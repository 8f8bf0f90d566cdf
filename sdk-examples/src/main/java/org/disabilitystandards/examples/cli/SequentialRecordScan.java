package org.disabilitystandards.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.disabilitystandards.core.json.JsonLinesReader;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.IssueSink;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.rule.RecordValidator;

/**
 * A single-threaded pass over JSON Lines exchange files for {@code dsds indicators}: reads each line with
 * {@link JsonLinesReader}, validates each record with a {@link RecordValidator}, hands each readable record
 * to a consumer in file order and counts the issues by severity and by rule. Unlike the parallel batch
 * validator it reads JSON Lines only and does not look for duplicate record ids or persons across lines.
 * Not thread-safe: one scan per run; the counts add up over the streams scanned.
 */
final class SequentialRecordScan implements IssueSink {

    private static final Severity[] SEVERITIES = Severity.values();

    private final RecordValidator validator;
    private final LocalDate asOf;
    private final long[] severityCounts = new long[SEVERITIES.length];
    private final Map<String, Long> ruleCounts = new TreeMap<>();
    private long lines;
    private long invalidRecords;
    private boolean error;

    SequentialRecordScan(RecordValidator validator, LocalDate asOf) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Scans one UTF-8 JSON Lines stream (not closed here).
     *
     * @param in      the stream
     * @param records receives every record that could be read, in file order
     * @throws IOException if the stream cannot be read
     */
    void scan(InputStream in, Consumer<PersonRecord> records) throws IOException {
        JsonLinesReader reader = new JsonLinesReader(in);
        for (JsonLinesReader.Entry entry = reader.next(); entry != null; entry = reader.next()) {
            lines++;
            error = false;
            for (int i = 0; i < entry.result().problems().size(); i++) {
                Issue issue = validator.formatIssue(entry.result().problems().get(i));
                if (validator.isEnabled(issue.ruleId())) {
                    accept(issue);
                }
            }
            if (entry.result().record().isPresent()) {
                PersonRecord record = entry.result().record().get();
                validator.validate(record, asOf, this);
                records.accept(record);
            }
            if (error) {
                invalidRecords++;
            }
        }
    }

    /**
     * Counts one issue; called by the validator.
     *
     * @param issue the issue
     */
    @Override
    public void accept(Issue issue) {
        severityCounts[issue.severity().ordinal()]++;
        ruleCounts.merge(issue.ruleId(), 1L, Long::sum);
        error |= issue.severity() == Severity.ERROR;
    }

    /**
     * Returns the non-blank lines read, malformed ones included.
     *
     * @return the line count
     */
    long lines() {
        return lines;
    }

    /**
     * Returns the lines with at least one ERROR.
     *
     * @return the count
     */
    long invalidRecords() {
        return invalidRecords;
    }

    /**
     * Returns the issues of a severity.
     *
     * @param severity the severity
     * @return the count
     */
    long count(Severity severity) {
        return severityCounts[severity.ordinal()];
    }

    /**
     * Returns the issues by rule id.
     *
     * @return an unmodifiable view, sorted by rule id
     */
    Map<String, Long> rules() {
        return Collections.unmodifiableMap(ruleCounts);
    }
}
