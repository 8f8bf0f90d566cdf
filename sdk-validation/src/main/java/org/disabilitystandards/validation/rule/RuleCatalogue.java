package org.disabilitystandards.validation.rule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disabilitystandards.core.code.BundledTables;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.grading.Gb26341Grading;
import org.disabilitystandards.validation.report.Severity;

/**
 * The catalogue of validation rules with its edition, read from the versioned resource
 * {@code org/disabilitystandards/validation/rule/rules.json}. Rule ids are public API: they never change
 * meaning and are never reused. Immutable and thread-safe; the bundled catalogue is loaded lazily once.
 */
public final class RuleCatalogue {

    private static final String RESOURCE = "rules.json";

    private final String edition;
    private final String notes;
    private final List<Rule> rules;
    private final Map<String, Rule> byId;

    private RuleCatalogue(String edition, String notes, List<Rule> rules) {
        this.edition = edition;
        this.notes = notes;
        this.rules = List.copyOf(rules);
        Map<String, Rule> map = new HashMap<>();
        for (Rule rule : rules) {
            if (map.put(rule.id(), rule) != null) {
                throw new IllegalArgumentException("duplicate rule id " + rule.id());
            }
        }
        this.byId = Map.copyOf(map);
    }

    /** Holder of the bundled catalogue, loaded on first use. */
    private static final class Bundled {
        static final RuleCatalogue CATALOGUE = loadBundled();

        private static RuleCatalogue loadBundled() {
            return BundledTables.read(RuleCatalogue.class, RESOURCE, RuleCatalogue::load);
        }
    }

    /**
     * Returns the catalogue bundled with the SDK.
     *
     * @return the bundled catalogue
     */
    public static RuleCatalogue bundled() {
        return Bundled.CATALOGUE;
    }

    /**
     * Loads a catalogue in the format of the bundled {@code rules.json}.
     *
     * @param in the JSON stream (not closed)
     * @return the catalogue
     * @throws IOException              if the stream cannot be read or is not JSON
     * @throws IllegalArgumentException if a rule is incomplete or invalid (the message names the rule)
     */
    public static RuleCatalogue load(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        List<Rule> rules = new ArrayList<>();
        for (JsonNode node : root.path("rules")) {
            rules.add(parseRule(rules.size(), node));
        }
        return new RuleCatalogue(text(root, "edition", "catalogue"), root.path("notes").asText(""), rules);
    }

    private static Rule parseRule(int index, JsonNode node) {
        String id = text(node, "id", "rule " + index);
        try {
            List<String> arguments = new ArrayList<>();
            for (JsonNode argument : node.path("arguments")) {
                arguments.add(argument.asText());
            }
            JsonNode retired = node.path("retiredOn");
            return new Rule(index, id, RuleDomain.valueOf(text(node, "domain", id)),
                    Severity.valueOf(text(node, "severity", id)), text(node, "document", id),
                    resolveClauses(text(node, "clause", id)),
                    LocalDate.parse(text(node, "effectiveFrom", id)),
                    retired.isTextual() ? LocalDate.parse(retired.asText()) : null,
                    Confidence.valueOf(text(node, "confidence", id)), arguments);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("rule " + id + ": bad date", e);
        }
    }

    private static final Pattern CLAUSE_PLACEHOLDER = Pattern.compile("\\{clause:([A-Z]+)\\}");
    private static final String GBT26341 = "GB/T 26341-2010 ";

    /**
     * Replaces {@code {clause:HEARING}} and the like by the clause number of GB/T 26341-2010 from the grading
     * table, the one source of those numbers.
     */
    static String resolveClauses(String clause) {
        Matcher matcher = CLAUSE_PLACEHOLDER.matcher(clause);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String full = Gb26341Grading.standard().clause(DisabilityCategory.valueOf(matcher.group(1)));
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    full.startsWith(GBT26341) ? full.substring(GBT26341.length()) : full));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(where + ": missing text field " + field);
        }
        return value.asText();
    }

    /**
     * Returns the edition of the catalogue, for example {@code dsds-rules 2025.1}.
     *
     * @return the edition
     */
    public String edition() {
        return edition;
    }

    /**
     * Returns the catalogue's notes (how its dates were chosen).
     *
     * @return the notes, possibly empty
     */
    public String notes() {
        return notes;
    }

    /**
     * Returns every rule, in catalogue order.
     *
     * @return an immutable list
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Finds a rule by id.
     *
     * @param id the rule id
     * @return the rule, or empty if the catalogue has none with that id
     */
    public Optional<Rule> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Returns a rule by id.
     *
     * @param id the rule id
     * @return the rule
     * @throws IllegalArgumentException if the catalogue has no rule with that id
     */
    public Rule get(String id) {
        Rule rule = byId.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("unknown rule id " + id);
        }
        return rule;
    }

    /**
     * Returns the number of rules.
     *
     * @return the size
     */
    public int size() {
        return rules.size();
    }
}
