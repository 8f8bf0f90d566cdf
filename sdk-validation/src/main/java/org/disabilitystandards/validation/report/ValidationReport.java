package org.disabilitystandards.validation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The issues found in one record (or one file), in the order they were raised, with counts by severity.
 * An immutable, thread-safe value: reports with equal issue lists are equal.
 *
 * @param issues the issues in the order they were raised, unmodifiable
 */
public record ValidationReport(List<Issue> issues) {

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    /**
     * Takes an unmodifiable copy of the issues.
     *
     * @param issues the issues component
     * @throws NullPointerException if the list or an issue is null
     */
    public ValidationReport {
        issues = List.copyOf(issues);
    }

    /**
     * Creates a report of the given issues.
     *
     * @param issues the issues (copied)
     * @return the report
     */
    public static ValidationReport of(List<Issue> issues) {
        return issues.isEmpty() ? EMPTY : new ValidationReport(issues);
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
     * Returns the number of issues of a severity.
     *
     * @param severity the severity
     * @return the count
     */
    public int count(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        int count = 0;
        for (Issue issue : issues) {
            if (issue.severity() == severity) {
                count++;
            }
        }
        return count;
    }

    /**
     * Returns whether any issue is an ERROR.
     *
     * @return true if the report holds an error
     */
    public boolean hasErrors() {
        for (Issue issue : issues) {
            if (issue.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
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

    /**
     * Returns the counts by severity and the issues ({@link Issue#toString()}: no message text, no personal
     * data).
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "ValidationReport{errors=" + count(Severity.ERROR) + ", warnings=" + count(Severity.WARNING)
                + ", infos=" + count(Severity.INFO) + ", issues=" + issues + "}";
    }

    /** An {@link IssueSink} that gathers issues and builds a {@link ValidationReport}. Not thread-safe. */
    public static final class Collector implements IssueSink {

        /** Created with the first issue: a clean record allocates no list. */
        private List<Issue> issues;

        private Collector() {
        }

        @Override
        public void accept(Issue issue) {
            Objects.requireNonNull(issue, "issue");
            if (issues == null) {
                issues = new ArrayList<>(4);
            }
            issues.add(issue);
        }

        /**
         * Builds the report of the issues gathered so far.
         *
         * @return the report
         */
        public ValidationReport report() {
            return issues == null ? EMPTY : ValidationReport.of(issues);
        }
    }
}
