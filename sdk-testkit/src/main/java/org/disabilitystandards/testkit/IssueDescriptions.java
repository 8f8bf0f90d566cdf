package org.disabilitystandards.testkit;

import java.util.List;
import org.disabilitystandards.validation.report.Issue;

/** Describes issues for failure messages without their arguments: rule id, severity, path and line only. */
final class IssueDescriptions {

    private IssueDescriptions() {
    }

    /**
     * Describes one issue as {@code ERROR CERT.GRADE_MISMATCH at certificate.grade line 12}.
     *
     * @param issue the issue
     * @return the description
     */
    static String describe(Issue issue) {
        StringBuilder text = new StringBuilder(64).append(issue.severity()).append(' ').append(issue.ruleId());
        if (!issue.path().isEmpty()) {
            text.append(" at ").append(issue.path());
        }
        if (issue.line().isPresent()) {
            text.append(" line ").append(issue.line().getAsLong());
        }
        return text.toString();
    }

    /**
     * Describes a list of issues, one per line, or {@code (no issues)}.
     *
     * @param issues the issues
     * @return the description
     */
    static String describe(List<Issue> issues) {
        if (issues.isEmpty()) {
            return "(no issues)";
        }
        StringBuilder text = new StringBuilder();
        for (Issue issue : issues) {
            text.append(System.lineSeparator()).append("  ").append(describe(issue));
        }
        return text.toString();
    }
}
