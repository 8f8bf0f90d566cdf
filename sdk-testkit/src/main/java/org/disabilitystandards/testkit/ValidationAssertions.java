package org.disabilitystandards.testkit;

import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.ValidationReport;

/**
 * Entry point of the AssertJ-style assertions over validation results:
 * {@code assertThat(report).hasIssue("CERT.GRADE_MISMATCH").at("certificate.grade")},
 * {@code assertThat(report).hasNoErrors()}, {@code assertThat(issue).hasRuleId("ID.CHECKSUM").onLine(12)}.
 *
 * <p>Failure messages describe issues by rule id, severity, path and line only; they never show issue
 * arguments, a record, an ID number or a name, so failing tests on real data leak no personal data into
 * build logs.
 */
public final class ValidationAssertions {

    private ValidationAssertions() {
    }

    /**
     * Starts assertions on a report.
     *
     * @param actual the report under test
     * @return the assertion object
     */
    public static ReportAssert assertThat(ValidationReport actual) {
        return new ReportAssert(actual);
    }

    /**
     * Starts assertions on a single issue.
     *
     * @param actual the issue under test
     * @return the assertion object, selecting exactly that issue
     */
    public static IssuesAssert assertThat(Issue actual) {
        return IssuesAssert.ofIssue(actual);
    }
}
