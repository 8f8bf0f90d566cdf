package org.disabilitystandards.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disabilitystandards.core.grading.GradingFinding;
import org.disabilitystandards.core.grading.GradingResult;
import org.disabilitystandards.validation.rule.RuleCatalogue;

/**
 * The JSON form of a {@link GradingResult} under GB/T 26341-2010 (design: cli.md, {@code dsds grade --format json}):
 * one object with {@code category}, {@code disabled}, {@code grade} (1-4, or {@code null}), {@code outcome},
 * {@code clause}, {@code basis} (clause and basis) and {@code issues}, each with its {@code rule}, {@code path}
 * and {@code arguments} (named after the finding's rule in the bundled catalogue, sorted by name). The result holds measurements and codes only, no personal data.
 */
public final class GradingResultJson {

    private GradingResultJson() {
    }

    /**
     * Builds the JSON object of a grading result.
     *
     * @param result the result
     * @return a new JSON object
     */
    public static ObjectNode toJson(GradingResult result) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("category", result.category().name());
        node.put("disabled", result.disabled());
        if (result.grade().isPresent()) {
            node.put("grade", result.grade().get().number());
        } else {
            node.putNull("grade");
        }
        node.put("outcome", result.outcome().name());
        node.put("clause", result.clause());
        node.put("basis", result.clause() + ": " + result.basis());
        ArrayNode issues = node.putArray("issues");
        for (GradingFinding finding : result.findings()) {
            ObjectNode issue = issues.addObject();
            issue.put("rule", finding.ruleId());
            issue.put("path", finding.path());
            ObjectNode arguments = issue.putObject("arguments");
            for (Map.Entry<String, Object> argument : namedArguments(finding).entrySet()) {
                arguments.putPOJO(argument.getKey(), argument.getValue());
            }
        }
        return node;
    }

    /**
     * Names a finding's positional arguments after its rule in the bundled catalogue, sorted by name.
     *
     * @param finding a grading finding
     * @return its arguments by name, in name order
     */
    public static Map<String, Object> namedArguments(GradingFinding finding) {
        List<String> names = RuleCatalogue.bundled().get(finding.ruleId()).argumentNames();
        Map<String, Object> named = new TreeMap<>();
        for (int i = 0; i < names.size() && i < finding.arguments().size(); i++) {
            named.put(names.get(i), finding.arguments().get(i));
        }
        return named;
    }
}
