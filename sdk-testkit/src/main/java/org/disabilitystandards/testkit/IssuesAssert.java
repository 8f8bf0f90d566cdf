package org.disabilitystandards.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.Severity;

/**
 * Assertions over a selection of issues: those of one rule in a report ({@link ReportAssert#hasIssue(String)})
 * or one issue ({@link ValidationAssertions#assertThat(Issue)}). Each narrowing method ({@link #at},
 * {@link #withSeverity}, {@link #onLine}, {@link #withArgument}, {@link #hasRuleId}) keeps the issues that
 * match and fails if none does, so {@code hasIssue("ID.CHECKSUM").at("idNumber").onLine(12)} asserts that
 * one issue has all three properties.
 */
public final class IssuesAssert extends AbstractAssert<IssuesAssert, List<Issue>> {

    private final String criteria;

    private IssuesAssert(List<Issue> selection, String criteria) {
        super(selection, IssuesAssert.class);
        this.criteria = criteria;
        withRepresentation(SafeRepresentation.INSTANCE);
    }

    static IssuesAssert ofReport(List<Issue> issues) {
        return new IssuesAssert(List.copyOf(issues), "an issue");
    }

    static IssuesAssert ofIssue(Issue issue) {
        return new IssuesAssert(issue == null ? List.of() : List.of(issue), "the issue");
    }

    /**
     * Keeps the issues of a rule.
     *
     * @param ruleId the rule id
     * @return an assertion over the matching issues
     */
    public IssuesAssert hasRuleId(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return narrow(i -> i.ruleId().equals(ruleId), ruleId);
    }

    /**
     * Keeps the issues at a field path, for example {@code certificate.grade}; {@code ""} is the whole
     * record or line.
     *
     * @param path the field path
     * @return an assertion over the matching issues
     */
    public IssuesAssert at(String path) {
        Objects.requireNonNull(path, "path");
        return narrow(i -> i.path().equals(path), "at " + (path.isEmpty() ? "(whole record)" : path));
    }

    /**
     * Keeps the issues of a severity.
     *
     * @param severity the severity
     * @return an assertion over the matching issues
     */
    public IssuesAssert withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return narrow(i -> i.severity() == severity, "with severity " + severity);
    }

    /**
     * Keeps the issues on a line of file input.
     *
     * @param line the 1-based line number
     * @return an assertion over the matching issues
     */
    public IssuesAssert onLine(long line) {
        return narrow(i -> i.line().isPresent() && i.line().getAsLong() == line, "on line " + line);
    }

    /**
     * Keeps the issues with a message argument equal to a value, for example
     * {@code withArgument("encoded", DisabilityGrade.GRADE_1)}. Issue arguments hold no personal data; the
     * failure message shows the expected value only, not the arguments found.
     *
     * @param name  the argument name (see the rule's argument names)
     * @param value the expected value
     * @return an assertion over the matching issues
     */
    public IssuesAssert withArgument(String name, Object value) {
        Objects.requireNonNull(name, "name");
        return narrow(i -> Objects.equals(i.arguments().get(name), value), "with argument " + name + "=" + value);
    }

    /**
     * Verifies how many issues the selection holds.
     *
     * @param expected the expected number
     * @return this assertion
     */
    public IssuesAssert hasCount(int expected) {
        if (actual.size() != expected) {
            failWithMessage("Expecting %d of %s but found %d:%s", expected, criteria, actual.size(),
                    IssueDescriptions.describe(actual));
        }
        return this;
    }

    private IssuesAssert narrow(Predicate<Issue> test, String criterion) {
        List<Issue> kept = new ArrayList<>();
        for (Issue issue : actual) {
            if (test.test(issue)) {
                kept.add(issue);
            }
        }
        String narrowed = criteria + " " + criterion;
        if (kept.isEmpty()) {
            failWithMessage("Expecting %s but found none among:%s", narrowed, IssueDescriptions.describe(actual));
        }
        return new IssuesAssert(List.copyOf(kept), narrowed);
    }
}
