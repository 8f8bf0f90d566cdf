package org.disabilitystandards.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.disabilitystandards.validation.batch.BatchSummary;

/**
 * The JSON form of a batch-validation summary (design: cli.md, {@code dsds validate --format json}): one object
 * with {@code profile}, {@code asOf}, {@code files} (the inputs' names), {@code records}, {@code validRecords},
 * {@code invalidRecords}, {@code severities} (issue counts by severity), {@code rules} (issue counts by rule
 * id) and {@code elapsedMillis}. Counts only, no personal data.
 */
public final class BatchSummaryJson {

    private BatchSummaryJson() {
    }

    /**
     * Builds the JSON object of a summary.
     *
     * @param profile the name of the profile the records were validated against
     * @param asOf    the as-of date of the run
     * @param files   the names of the inputs, in the order they were read
     * @param summary the summary of all inputs
     * @return a new JSON object
     */
    public static ObjectNode toJson(String profile, LocalDate asOf, List<String> files, BatchSummary summary) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("profile", profile);
        node.put("asOf", asOf.toString());
        ArrayNode fileNames = node.putArray("files");
        files.forEach(fileNames::add);
        node.put("records", summary.records());
        node.put("validRecords", summary.validRecords());
        node.put("invalidRecords", summary.invalidRecords());
        ObjectNode severities = node.putObject("severities");
        summary.severities().forEach((severity, count) -> severities.put(severity.name(), count));
        ObjectNode rules = node.putObject("rules");
        summary.rules().forEach(rules::put);
        node.put("elapsedMillis", summary.elapsed().toMillis());
        return node;
    }
}
