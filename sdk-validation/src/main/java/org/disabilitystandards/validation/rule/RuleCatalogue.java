package org.disabilitystandards.validation.rule;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.grading.Gb26341Grading;
import org.disabilitystandards.core.internal.table.TableChecks;
import org.disabilitystandards.core.internal.table.TableLoader;
import org.disabilitystandards.core.internal.table.TableProblem;
import org.disabilitystandards.core.table.TableException;
import org.disabilitystandards.core.table.TableException.Reason;
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
                throw TableProblem.at("/rules/" + rule.index() + "/id", Reason.DUPLICATE_KEY,
                        "duplicate rule id " + rule.id());
            }
        }
        this.byId = Map.copyOf(map);
    }

    /**
     * The schema of a rule catalogue.
     *
     * @param edition the catalogue's edition
     * @param notes   notes on the catalogue, or null
     * @param rules   the rules
     */
    record Document(@JsonProperty(required = true) String edition, String notes,
            @JsonProperty(required = true) List<RuleDocument> rules) {
        Document {
            TableChecks.nonBlank("edition", edition);
            TableChecks.nonEmpty("rules", rules);
        }
    }

    /**
     * The schema of one rule.
     *
     * @param id            the rule id
     * @param domain        the domain
     * @param severity      the default severity
     * @param document      the source document
     * @param clause        the clause, with {@code {clause:CATEGORY}} placeholders
     * @param effectiveFrom the first day in force
     * @param retiredOn     the first day no longer in force, or null
     * @param confidence    how certain the source is
     * @param arguments     the message argument names, or null
     */
    record RuleDocument(@JsonProperty(required = true) String id, @JsonProperty(required = true) RuleDomain domain,
            @JsonProperty(required = true) Severity severity, @JsonProperty(required = true) String document,
            @JsonProperty(required = true) String clause, @JsonProperty(required = true) String effectiveFrom,
            String retiredOn, @JsonProperty(required = true) Confidence confidence, List<String> arguments) {
        RuleDocument {
            TableChecks.nonBlank("id", id);
            TableChecks.nonBlank("document", document);
            TableChecks.nonBlank("clause", clause);
            date("effectiveFrom", effectiveFrom);
            if (retiredOn != null && !date("retiredOn", retiredOn).isAfter(date("effectiveFrom", effectiveFrom))) {
                throw TableProblem.at("/retiredOn", Reason.INVALID_VALUE, "retiredOn must be after effectiveFrom");
            }
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        private static LocalDate date(String field, String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw TableProblem.at("/" + field, Reason.WRONG_TYPE, field + " is not a date yyyy-MM-dd");
            }
        }

        Rule rule(int index) {
            return new Rule(index, id, domain, severity, document, resolveClauses(clause), date("effectiveFrom",
                    effectiveFrom), retiredOn == null ? null : date("retiredOn", retiredOn), confidence, arguments);
        }
    }

    /** Holder of the bundled catalogue, loaded on first use. */
    private static final class Bundled {
        static final RuleCatalogue CATALOGUE = TableLoader.bundledJson(RuleCatalogue.class, RESOURCE, Document.class,
                Document::edition, RuleCatalogue::of);
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
     * Loads a catalogue in the format of the bundled {@code rules.json}, under the name {@code rules}.
     *
     * @param in the JSON stream (not closed)
     * @return the catalogue
     * @throws TableException if the stream cannot be read or a rule is incomplete or invalid (names the
     *                        catalogue, its edition and the JSON pointer of the rule)
     */
    public static RuleCatalogue load(InputStream in) {
        return TableLoader.json("rules", in, Document.class, Document::edition, RuleCatalogue::of);
    }

    private static RuleCatalogue of(Document document) {
        List<Rule> rules = new ArrayList<>(document.rules().size());
        for (RuleDocument rule : document.rules()) {
            rules.add(rule.rule(rules.size()));
        }
        return new RuleCatalogue(document.edition(), document.notes() == null ? "" : document.notes(), rules);
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

    /**
     * Compares the edition, notes and rules.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof RuleCatalogue that && edition.equals(that.edition) && notes.equals(that.notes)
                && rules.equals(that.rules);
    }

    /**
     * Hashes the edition, notes and rules.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(edition, notes, rules);
    }

    /**
     * Names the catalogue by its edition and size.
     *
     * @return for example {@code RuleCatalogue{dsds-rules 2025.1, 79 rules}}
     */
    @Override
    public String toString() {
        return "RuleCatalogue{" + edition + ", " + rules.size() + " rules}";
    }
}
