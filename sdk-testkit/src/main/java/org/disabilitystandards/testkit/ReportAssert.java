package org.disabilitystandards.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.report.ValidationReport;

/**
 * Assertions over a {@link ValidationReport}; obtain one with {@link ValidationAssertions#assertThat(ValidationReport)}.
 * {@link #hasIssue(String)} narrows to the issues of one rule, which {@link IssuesAssert} narrows further
 * by path, severity, line and arguments. Failure messages list issues by rule id, severity, path and line.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, ValidationReport> {

    ReportAssert(ValidationReport actual) {
        super(actual, ReportAssert.class);
        withRepresentation(SafeRepresentation.INSTANCE);
    }

    /**
     * Verifies that the report holds no issue of severity ERROR (warnings and infos are allowed).
     *
     * @return this assertion
     */
    public ReportAssert hasNoErrors() {
        isNotNull();
        if (actual.hasErrors()) {
            failWithMessage("Expecting no ERROR issue but the report has %d:%s", actual.count(Severity.ERROR),
                    IssueDescriptions.describe(select(Severity.ERROR)));
        }
        return this;
    }

    /**
     * Verifies that the report holds no issue at all.
     *
     * @return this assertion
     */
    public ReportAssert hasNoIssues() {
        isNotNull();
        if (!actual.isEmpty()) {
            failWithMessage("Expecting no issue but the report has %d:%s", actual.issues().size(),
                    IssueDescriptions.describe(actual.issues()));
        }
        return this;
    }

    /**
     * Verifies that the report holds at least one issue of a rule, and narrows further assertions to the
     * issues of that rule.
     *
     * @param ruleId the rule id, for example {@code CERT.GRADE_MISMATCH}
     * @return an assertion over the issues of that rule
     */
    public IssuesAssert hasIssue(String ruleId) {
        isNotNull();
        Objects.requireNonNull(ruleId, "ruleId");
        return IssuesAssert.ofReport(actual.issues()).hasRuleId(ruleId);
    }

    /**
     * Verifies that no issue of a rule was raised.
     *
     * @param ruleId the rule id
     * @return this assertion
     */
    public ReportAssert hasNoIssue(String ruleId) {
        isNotNull();
        List<Issue> found = new ArrayList<>();
        for (Issue issue : actual.issues()) {
            if (issue.ruleId().equals(ruleId)) {
                found.add(issue);
            }
        }
        if (!found.isEmpty()) {
            failWithMessage("Expecting no issue %s but found:%s", ruleId, IssueDescriptions.describe(found));
        }
        return this;
    }

    /**
     * Verifies that the distinct rule ids of the report are exactly the given ones, in any order (each may
     * be raised several times). With no argument, the report must be empty.
     *
     * @param ruleIds the expected rule ids
     * @return this assertion
     */
    public ReportAssert hasOnlyRuleIds(String... ruleIds) {
        isNotNull();
        Set<String> expected = new LinkedHashSet<>(List.of(ruleIds));
        Set<String> reported = new LinkedHashSet<>(actual.ruleIds());
        if (!reported.equals(expected)) {
            Set<String> missing = new LinkedHashSet<>(expected);
            missing.removeAll(reported);
            Set<String> unexpected = new LinkedHashSet<>(reported);
            unexpected.removeAll(expected);
            failWithMessage("Expecting only rule ids %s%n  missing: %s%n  unexpected: %s%nissues:%s", expected,
                    missing, unexpected, IssueDescriptions.describe(actual.issues()));
        }
        return this;
    }

    /**
     * Verifies the total number of issues.
     *
     * @param expected the expected number
     * @return this assertion
     */
    public ReportAssert hasIssueCount(int expected) {
        isNotNull();
        if (actual.issues().size() != expected) {
            failWithMessage("Expecting %d issues but found %d:%s", expected, actual.issues().size(),
                    IssueDescriptions.describe(actual.issues()));
        }
        return this;
    }

    /**
     * Verifies the number of issues of one severity.
     *
     * @param severity the severity
     * @param expected the expected number
     * @return this assertion
     */
    public ReportAssert hasIssueCount(Severity severity, int expected) {
        isNotNull();
        if (actual.count(severity) != expected) {
            failWithMessage("Expecting %d %s issues but found %d:%s", expected, severity, actual.count(severity),
                    IssueDescriptions.describe(select(severity)));
        }
        return this;
    }

    private List<Issue> select(Severity severity) {
        List<Issue> selected = new ArrayList<>();
        for (Issue issue : actual.issues()) {
            if (issue.severity() == severity) {
                selected.add(issue);
            }
        }
        return selected;
    }
}
