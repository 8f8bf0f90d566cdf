package org.disabilitystandards.testkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.disabilitystandards.core.code.BundledTables;

/**
 * The conformance suite: golden cases per rule id and the runner that checks a system against them.
 * {@link #bundled()} is the suite shipped in the versioned resource
 * {@code org/disabilitystandards/testkit/conformance/golden-cases.jsonl} (a header line with the suite
 * and rule-catalogue editions, then one case per line).
 *
 * <p>Typical use in an embedder's test:
 * <pre>{@code
 * SuiteResult result = ConformanceSuite.bundled().forProfile("qinghai")
 *         .run((testCase, profile) -> myImport.ruleIdsFor(testCase.lines(), testCase.asOf()));
 * assertThat(result.allPassed()).as(result.summary()).isTrue();
 * }</pre>
 * Immutable and thread-safe; the bundled suite is loaded once, lazily.
 */
public final class ConformanceSuite {

    private static final String RESOURCE = "golden-cases.jsonl";

    private final String edition;
    private final String catalogueEdition;
    private final List<ConformanceCase> cases;

    private ConformanceSuite(String edition, String catalogueEdition, List<ConformanceCase> cases) {
        this.edition = edition;
        this.catalogueEdition = catalogueEdition;
        this.cases = List.copyOf(cases);
    }

    /** Holder of the bundled suite, loaded on first use. */
    private static final class Bundled {
        static final ConformanceSuite SUITE = loadBundled();

        private static ConformanceSuite loadBundled() {
            return BundledTables.read(ConformanceSuite.class, RESOURCE, ConformanceSuite::load);
        }
    }

    /**
     * Returns the suite bundled with the test kit.
     *
     * @return the bundled suite
     */
    public static ConformanceSuite bundled() {
        return Bundled.SUITE;
    }

    /**
     * Loads a suite in the format of the bundled resource: a header object with {@code suite},
     * {@code edition} and {@code catalogue}, then one case object per line with {@code id}, {@code rule},
     * {@code breaks}, {@code description}, {@code profiles}, {@code asOf}, optional {@code parameters}, optional
     * {@code catalogue} (the CSV lines of an assistive-device catalogue),
     * either {@code record} (an exchange-format object) or {@code lines} (raw lines), an optional {@code format}
     * ({@code JSON_LINES}, the default, or {@code CSV}, whose first line is the header), and {@code expected}.
     * Blank lines are skipped.
     *
     * @param in the UTF-8 stream (not closed)
     * @return the suite
     * @throws IOException              if the stream cannot be read or a line is not JSON
     * @throws IllegalArgumentException if a case is incomplete, inconsistent or its id is not unique (the
     *                                  message names the case)
     */
    public static ConformanceSuite load(InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        JsonNode header = null;
        List<ConformanceCase> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = mapper.readTree(line);
            if (header == null) {
                header = node;
                continue;
            }
            ConformanceCase parsed = parseCase(mapper, node);
            if (!ids.add(parsed.id())) {
                throw new IllegalArgumentException("duplicate case id " + parsed.id());
            }
            cases.add(parsed);
        }
        if (header == null) {
            throw new IllegalArgumentException("empty suite: no header line");
        }
        return new ConformanceSuite(text(header, "suite", "header") + " " + text(header, "edition", "header"),
                text(header, "catalogue", "header"), cases);
    }

    private static ConformanceCase parseCase(ObjectMapper mapper, JsonNode node) throws IOException {
        String id = text(node, "id", "case");
        List<String> profiles = new ArrayList<>();
        for (JsonNode profile : node.path("profiles")) {
            profiles.add(profile.asText());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        node.path("parameters").fields().forEachRemaining(entry -> parameters.put(entry.getKey(),
                scalar(id, entry.getKey(), entry.getValue())));
        List<String> lines = new ArrayList<>();
        if (node.has("record")) {
            lines.add(mapper.writeValueAsString(node.get("record")));
        }
        for (JsonNode raw : node.path("lines")) {
            lines.add(raw.asText());
        }
        List<String> catalogue = new ArrayList<>();
        for (JsonNode raw : node.path("catalogue")) {
            catalogue.add(raw.asText());
        }
        Set<String> expected = new LinkedHashSet<>();
        for (JsonNode ruleId : node.path("expected")) {
            expected.add(ruleId.asText());
        }
        if (!node.path("breaks").isBoolean()) {
            throw new IllegalArgumentException("case " + id + ": missing boolean field breaks");
        }
        ConformanceCase.InputFormat format;
        try {
            format = ConformanceCase.InputFormat.valueOf(node.path("format").asText("JSON_LINES"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("case " + id + ": format must be JSON_LINES or CSV", e);
        }
        try {
            return new ConformanceCase(id, text(node, "rule", id), node.get("breaks").asBoolean(),
                    text(node, "description", id), profiles, LocalDate.parse(text(node, "asOf", id)), parameters,
                    format, lines, expected, catalogue);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("case " + id + ": bad asOf date", e);
        }
    }

    private static Object scalar(String id, String name, JsonNode value) {
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isInt()) {
            return value.asInt();
        }
        if (value.isTextual()) {
            return value.asText();
        }
        throw new IllegalArgumentException("case " + id + ": parameter " + name + " must be a boolean, int or text");
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(where + ": missing text field " + field);
        }
        return value.asText();
    }

    /**
     * Returns the edition of the suite.
     *
     * @return for example {@code dsds-conformance 2025.1}
     */
    public String edition() {
        return edition;
    }

    /**
     * Returns the edition of the rule catalogue the expectations were written for.
     *
     * @return for example {@code dsds-rules 2025.1}
     */
    public String catalogueEdition() {
        return catalogueEdition;
    }

    /**
     * Returns the cases, in suite order.
     *
     * @return an immutable list
     */
    public List<ConformanceCase> cases() {
        return cases;
    }

    /**
     * Returns the cases about one rule id.
     *
     * @param ruleId the rule id
     * @return an immutable list, empty if the suite has none
     */
    public List<ConformanceCase> casesFor(String ruleId) {
        return filter(c -> c.ruleId().equals(ruleId)).cases;
    }

    /**
     * Returns the sub-suite of the cases that match a predicate, for example those without parameter
     * overrides: {@code filter(c -> c.parameters().isEmpty())}.
     *
     * @param predicate which cases to keep
     * @return the sub-suite, same editions
     */
    public ConformanceSuite filter(Predicate<ConformanceCase> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        List<ConformanceCase> kept = new ArrayList<>();
        for (ConformanceCase c : cases) {
            if (predicate.test(c)) {
                kept.add(c);
            }
        }
        return new ConformanceSuite(edition, catalogueEdition, kept);
    }

    /**
     * Returns the sub-suite for a system fixed on one profile: the cases that apply to it, run under that
     * profile only.
     *
     * @param profile the profile name, {@code national} or {@code qinghai}
     * @return the sub-suite, whose cases list only that profile
     */
    public ConformanceSuite forProfile(String profile) {
        Objects.requireNonNull(profile, "profile");
        List<ConformanceCase> kept = new ArrayList<>();
        for (ConformanceCase c : cases) {
            if (c.appliesTo(profile)) {
                kept.add(new ConformanceCase(c.id(), c.ruleId(), c.breaks(), c.description(), List.of(profile),
                        c.asOf(), c.parameters(), c.format(), c.lines(), c.expectedRuleIds(), c.catalogue()));
            }
        }
        return new ConformanceSuite(edition, catalogueEdition, kept);
    }

    /**
     * Runs every case under every profile it lists. A system that throws fails that case; the run goes on.
     *
     * @param system the system under test
     * @return the result, per case and profile
     */
    public SuiteResult run(SystemUnderTest system) {
        Objects.requireNonNull(system, "system");
        List<CaseResult> results = new ArrayList<>();
        for (ConformanceCase c : cases) {
            for (String profile : c.profiles()) {
                results.add(runOne(system, c, profile));
            }
        }
        return new SuiteResult(edition, results);
    }

    private static CaseResult runOne(SystemUnderTest system, ConformanceCase c, String profile) {
        Set<String> reported;
        try {
            reported = system.reportedRuleIds(c, profile);
        } catch (RuntimeException e) {
            return CaseResult.failed(c, profile, e);
        }
        return CaseResult.reported(c, profile, reported);
    }

    @Override
    public String toString() {
        return "ConformanceSuite{" + edition + ", catalogue " + catalogueEdition + ", " + cases.size() + " cases}";
    }
}
