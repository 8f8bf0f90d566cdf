package org.disabilitystandards.validation.batch;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.disabilitystandards.validation.report.Severity;

/**
 * The totals of a batch run: records (every non-blank line, malformed ones included), valid and invalid
 * records (invalid: at least one ERROR), issue counts by severity and by rule id, and the elapsed time.
 * Immutable; {@link #plus} adds the totals of several files.
 */
public final class BatchSummary {

    private final long records;
    private final long validRecords;
    private final Map<Severity, Long> severities;
    private final Map<String, Long> rules;
    private final Duration elapsed;

    BatchSummary(long records, long validRecords, Map<Severity, Long> severities, Map<String, Long> rules,
            Duration elapsed) {
        this.records = records;
        this.validRecords = validRecords;
        EnumMap<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, severities.getOrDefault(severity, 0L));
        }
        this.severities = Collections.unmodifiableMap(bySeverity);
        this.rules = Collections.unmodifiableMap(new TreeMap<>(rules));
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * Creates a summary from totals counted elsewhere, such as by a distributed run of {@link LineValidator}.
     *
     * @param records      every record, malformed ones included
     * @param validRecords the records without an ERROR
     * @param severities   issue counts by severity (absent severities count 0)
     * @param rules        issue counts by rule id
     * @param elapsed      the wall-clock time of the run
     * @return the summary
     * @throws IllegalArgumentException if a count is negative or there are more valid records than records
     */
    public static BatchSummary of(long records, long validRecords, Map<Severity, Long> severities,
            Map<String, Long> rules, Duration elapsed) {
        if (records < 0 || validRecords < 0 || validRecords > records) {
            throw new IllegalArgumentException("records " + records + " and valid records " + validRecords
                    + " do not add up");
        }
        Objects.requireNonNull(severities, "severities").values().forEach(BatchSummary::requireCount);
        Objects.requireNonNull(rules, "rules").values().forEach(BatchSummary::requireCount);
        return new BatchSummary(records, validRecords, severities, rules, elapsed);
    }

    private static void requireCount(Long count) {
        if (count == null || count < 0) {
            throw new IllegalArgumentException("issue counts must not be negative");
        }
    }

    /**
     * Returns the number of records: every non-blank line (or CSV data row), malformed ones included.
     *
     * @return the record count
     */
    public long records() {
        return records;
    }

    /**
     * Returns the number of records without any ERROR.
     *
     * @return the valid record count
     */
    public long validRecords() {
        return validRecords;
    }

    /**
     * Returns the number of records with at least one ERROR; {@code records() - validRecords()}.
     *
     * @return the invalid record count
     */
    public long invalidRecords() {
        return records - validRecords;
    }

    /**
     * Returns the issue counts by severity, every severity present (0 when none), in severity order.
     *
     * @return an unmodifiable map
     */
    public Map<Severity, Long> severities() {
        return severities;
    }

    /**
     * Returns the issue count of one severity.
     *
     * @param severity the severity
     * @return the count
     */
    public long count(Severity severity) {
        return severities.get(severity);
    }

    /**
     * Returns the issue counts by rule id, sorted by rule id; rules without issues are absent.
     *
     * @return an unmodifiable sorted map
     */
    public Map<String, Long> rules() {
        return rules;
    }

    /**
     * Returns the wall-clock time of the run.
     *
     * @return the elapsed time
     */
    public Duration elapsed() {
        return elapsed;
    }

    /**
     * Adds the totals of another run (another file); elapsed times are added too.
     *
     * @param other the other summary
     * @return the combined summary
     */
    public BatchSummary plus(BatchSummary other) {
        Map<Severity, Long> bySeverity = new EnumMap<>(severities);
        other.severities.forEach((severity, count) -> bySeverity.merge(severity, count, Long::sum));
        Map<String, Long> byRule = new TreeMap<>(rules);
        other.rules.forEach((rule, count) -> byRule.merge(rule, count, Long::sum));
        return new BatchSummary(records + other.records, validRecords + other.validRecords, bySeverity, byRule,
                elapsed.plus(other.elapsed));
    }

    /**
     * Returns an empty summary, the neutral element of {@link #plus}.
     *
     * @return a summary of nothing
     */
    public static BatchSummary empty() {
        return new BatchSummary(0, 0, Map.of(), Map.of(), Duration.ZERO);
    }

    @Override
    public String toString() {
        return "BatchSummary{records=" + records + ", valid=" + validRecords + ", invalid=" + invalidRecords()
                + ", severities=" + severities + ", rules=" + rules + ", elapsed=" + elapsed + "}";
    }
}
