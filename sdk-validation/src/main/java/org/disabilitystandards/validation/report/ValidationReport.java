package org.disabilitystandards.validation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The issues found in one record (or one file), in the order they were raised, with counts by severity.
 * Immutable and thread-safe.
 */
public final class ValidationReport {

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    private final List<Issue> issues;
    private final int errors;
    private final int warnings;
    private final int infos;

    private ValidationReport(List<Issue> issues) {
        this.issues = issues;
        int e = 0;
        int w = 0;
        int i = 0;
        for (Issue issue : issues) {
            switch (issue.severity()) {
                case ERROR:
                    e++;
                    break;
                case WARNING:
                    w++;
                    break;
                default:
                    i++;
                    break;
            }
        }
        this.errors = e;
        this.warnings = w;
        this.infos = i;
    }

    /**
     * Creates a report of the given issues.
     *
     * @param issues the issues (copied)
     * @return the report
     */
    public static ValidationReport of(List<Issue> issues) {
        return issues.isEmpty() ? EMPTY : new ValidationReport(List.copyOf(issues));
    }

    /**
     * Returns a collector: an {@link IssueSink} that gathers issues into a report. Not thread-safe; one per
     * record or per thread.
     *
     * @return a new collector
     */
    public static Collector collector() {
        return new Collector();
    }

    /**
     * Returns the issues in the order they were raised.
     *
     * @return an unmodifiable list
     */
    public List<Issue> issues() {
        return issues;
    }

    /**
     * Returns the number of issues of a severity.
     *
     * @param severity the severity
     * @return the count
     */
    public int count(Severity severity) {
        switch (Objects.requireNonNull(severity, "severity")) {
            case ERROR:
                return errors;
            case WARNING:
                return warnings;
            default:
                return infos;
        }
    }

    /**
     * Returns whether any issue is an ERROR.
     *
     * @return true if the report holds an error
     */
    public boolean hasErrors() {
        return errors > 0;
    }

    /**
     * Returns whether the report holds no issue at all.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return issues.isEmpty();
    }

    /**
     * Returns the distinct rule ids of the issues, in order of first appearance.
     *
     * @return an unmodifiable list
     */
    public List<String> ruleIds() {
        List<String> ids = new ArrayList<>();
        for (Issue issue : issues) {
            if (!ids.contains(issue.ruleId())) {
                ids.add(issue.ruleId());
            }
        }
        return List.copyOf(ids);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationReport && ((ValidationReport) other).issues.equals(issues);
    }

    @Override
    public int hashCode() {
        return issues.hashCode();
    }

    @Override
    public String toString() {
        return "ValidationReport{errors=" + errors + ", warnings=" + warnings + ", infos=" + infos + ", issues="
                + issues + "}";
    }

    /** An {@link IssueSink} that gathers issues and builds a {@link ValidationReport}. Not thread-safe. */
    public static final class Collector implements IssueSink {

        private final List<Issue> issues = new ArrayList<>();

        private Collector() {
        }

        @Override
        public void accept(Issue issue) {
            issues.add(Objects.requireNonNull(issue, "issue"));
        }

        /**
         * Builds the report of the issues gathered so far.
         *
         * @return the report
         */
        public ValidationReport report() {
            return ValidationReport.of(issues);
        }
    }
}
