package org.disabilitystandards.examples.spring;

import java.util.Map;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.report.Severity;
import tools.jackson.core.JsonGenerator;

/** Writes a batch summary as JSON: record counts, issue counts by severity and by rule. */
final class SummaryJson {

    private SummaryJson() {
    }

    static void write(JsonGenerator out, BatchSummary summary) {
        out.writeStartObject();
        out.writeNumberProperty("records", summary.records());
        out.writeNumberProperty("validRecords", summary.validRecords());
        out.writeNumberProperty("invalidRecords", summary.invalidRecords());
        out.writeNumberProperty("errors", summary.count(Severity.ERROR));
        out.writeNumberProperty("warnings", summary.count(Severity.WARNING));
        out.writeNumberProperty("infos", summary.count(Severity.INFO));
        out.writeObjectPropertyStart("rules");
        for (Map.Entry<String, Long> rule : summary.rules().entrySet()) {
            out.writeNumberProperty(rule.getKey(), rule.getValue());
        }
        out.writeEndObject();
        out.writeEndObject();
    }
}
