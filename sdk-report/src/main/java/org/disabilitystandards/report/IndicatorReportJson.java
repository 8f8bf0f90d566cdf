package org.disabilitystandards.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.indicator.Comparison;
import org.disabilitystandards.validation.indicator.IndicatorDefinition;
import org.disabilitystandards.validation.indicator.IndicatorKind;
import org.disabilitystandards.validation.indicator.IndicatorReport;
import org.disabilitystandards.validation.indicator.IndicatorResult;
import org.disabilitystandards.validation.report.Severity;

/**
 * The JSON form of an {@link IndicatorReport} (design: cli.md, {@code dsds indicators}): one object with
 * {@code profile}, {@code profileVersion}, {@code asOf}, {@code records}, {@code holders},
 * {@code indicators} (id, number, names, kind, value, numerator, denominator, target, comparison,
 * binding, met; {@code byRegion} when a breakdown was computed) and, when supplied, {@code validation}
 * (issue counts by rule). Absent values are JSON {@code null}; rates are fractions 0-1.
 */
public final class IndicatorReportJson {

    private IndicatorReportJson() {
    }

    /**
     * Builds the JSON object of a report.
     *
     * @param report the report
     * @return a new JSON object
     */
    public static ObjectNode toJson(IndicatorReport report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("profile", report.profile().name());
        root.put("profileVersion", report.profile().version());
        root.put("asOf", report.asOf().toString());
        root.put("records", report.records());
        root.put("holders", report.holders());
        report.breakdown().ifPresent(breakdown -> root.put("breakdown", breakdown.name().toLowerCase(Locale.ROOT)));
        ArrayNode indicators = root.putArray("indicators");
        for (IndicatorResult result : report.results()) {
            ObjectNode node = indicators.addObject();
            IndicatorDefinition definition = result.definition();
            node.put("id", definition.id().name());
            node.put("number", definition.number());
            node.put("nameZh", definition.nameZh());
            node.put("nameEn", definition.nameEn());
            node.put("kind", definition.kind().name());
            putValues(node, result);
            if (definition.target().isPresent()) {
                node.put("target", definition.target().getAsDouble());
            } else {
                node.putNull("target");
            }
            definition.targetText().ifPresent(text -> node.put("targetText", text));
            node.put("comparison", definition.comparison().map(Comparison::symbol).orElse(null));
            node.put("binding", definition.binding());
            putMet(node, result);
            if (report.breakdown().isPresent()) {
                ObjectNode regions = node.putObject("byRegion");
                for (Map.Entry<String, IndicatorResult> entry : result.byRegion().entrySet()) {
                    ObjectNode region = regions.putObject(entry.getKey());
                    putValues(region, entry.getValue());
                    putMet(region, entry.getValue());
                }
            }
        }
        report.issueCounts().ifPresent(counts -> {
            ObjectNode validation = root.putObject("validation");
            validation.put("issues", counts.values().stream().mapToLong(Long::longValue).sum());
            ObjectNode rules = validation.putObject("rules");
            counts.forEach(rules::put);
        });
        return root;
    }

    /**
     * Builds the JSON object of a report computed over exchange files while they were validated, as
     * {@code dsds indicators --format json} prints it: the object of {@link #toJson(IndicatorReport)}, plus
     * {@code files} (the inputs' names) and, in {@code validation}, the batch run's {@code lines},
     * {@code invalidRecords} and issue counts by {@code severities} (every severity, zero included).
     *
     * @param report  the report
     * @param files   the names of the inputs, in the order they were read
     * @param summary the summary of the validation of the same inputs
     * @return a new JSON object
     */
    public static ObjectNode toJson(IndicatorReport report, List<String> files, BatchSummary summary) {
        ObjectNode root = toJson(report);
        ArrayNode fileNames = root.putArray("files");
        files.forEach(fileNames::add);
        ObjectNode validation = root.has("validation") ? (ObjectNode) root.get("validation")
                : root.putObject("validation");
        validation.put("lines", summary.records());
        validation.put("invalidRecords", summary.invalidRecords());
        ObjectNode severities = validation.putObject("severities");
        for (Severity severity : Severity.values()) {
            severities.put(severity.name(), summary.count(severity));
        }
        return root;
    }

    private static void putValues(ObjectNode node, IndicatorResult result) {
        if (result.value().isPresent() && result.definition().kind() == IndicatorKind.COUNT) {
            node.put("value", result.numerator().getAsLong());
        } else if (result.value().isPresent()) {
            node.put("value", result.value().getAsDouble());
        } else {
            node.putNull("value");
        }
        if (result.numerator().isPresent()) {
            node.put("numerator", result.numerator().getAsLong());
        } else {
            node.putNull("numerator");
        }
        if (result.denominator().isPresent()) {
            node.put("denominator", result.denominator().getAsLong());
        } else {
            node.putNull("denominator");
        }
    }

    private static void putMet(ObjectNode node, IndicatorResult result) {
        node.put("met", result.met().orElse(null));
    }
}
