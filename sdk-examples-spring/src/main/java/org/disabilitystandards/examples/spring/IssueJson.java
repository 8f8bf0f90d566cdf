package org.disabilitystandards.examples.spring;

import org.disabilitystandards.validation.report.Issue;
import tools.jackson.core.JsonGenerator;

/** Writes one issue as JSON: line, record id, rule, severity, path, message, source; never personal data. */
final class IssueJson {

    private IssueJson() {
    }

    static void write(JsonGenerator out, Issue issue, String message) {
        out.writeStartObject();
        if (issue.line().isPresent()) {
            out.writeNumberProperty("line", issue.line().getAsLong());
        }
        if (issue.recordId().isPresent()) {
            out.writeStringProperty("recordId", issue.recordId().get());
        }
        out.writeStringProperty("ruleId", issue.ruleId());
        out.writeStringProperty("severity", issue.severity().name());
        out.writeStringProperty("path", issue.path());
        out.writeStringProperty("message", message);
        out.writeStringProperty("source", issue.source());
        out.writeEndObject();
    }
}
