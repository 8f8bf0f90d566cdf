package org.disabilitystandards.testkit.tables;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.disabilitystandards.validation.report.Issue;

/**
 * Compares what a table reader (workbook, database) finds with what the JSON Lines reader finds for the same
 * records: an issue's finding is its record id, rule and path and, for rules outside FORMAT (whose detail
 * names the source's own notion: a JSON type, a cell), its arguments; line and position are left out, since
 * they differ by nature.
 */
public final class TableFindings {

    private TableFindings() {
    }

    /**
     * Describes what an issue says, without where.
     *
     * @param issue the issue
     * @return record id, rule id, path and (outside FORMAT) arguments; no personal data (issues hold none)
     */
    public static String finding(Issue issue) {
        return issue.recordId().orElse("-") + " " + issue.ruleId() + " " + issue.path() + " "
                + (issue.ruleId().startsWith("FORMAT.") ? "" : issue.arguments());
    }

    /**
     * Returns the findings of issues, in order.
     *
     * @param issues the issues
     * @return their findings
     */
    public static List<String> findings(List<Issue> issues) {
        return issues.stream().map(TableFindings::finding).collect(Collectors.toList());
    }

    /**
     * Returns the JSON Lines twin of rows, one line each, UTF-8.
     *
     * @param rows the rows
     * @return the file's bytes
     */
    public static byte[] jsonLines(List<TemplateRow> rows) {
        return rows.stream().map(TemplateRow::jsonLine).collect(Collectors.joining("\n", "", "\n"))
                .getBytes(StandardCharsets.UTF_8);
    }
}
