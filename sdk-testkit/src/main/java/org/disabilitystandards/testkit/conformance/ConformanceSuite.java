package org.disabilitystandards.testkit.conformance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
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
import org.disabilitystandards.core.internal.table.TableChecks;
import org.disabilitystandards.core.internal.table.TableLoader;
import org.disabilitystandards.core.internal.table.TableProblem;
import org.disabilitystandards.core.table.TableException;
import org.disabilitystandards.core.table.TableException.Reason;

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
            String table = TableLoader.bundledName(ConformanceSuite.class, RESOURCE);
            try (InputStream in = TableLoader.open(ConformanceSuite.class, RESOURCE)) {
                return load(table, in);
            } catch (IOException e) {
                throw new TableException(table, null, "", 0, Reason.UNREADABLE, "cannot be read", e);
            }
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
     * The schema of the header line.
     *
     * @param suite          the suite's name
     * @param edition        its edition
     * @param catalogue      the rule catalogue edition the expectations were written for
     * @param exchangeFormat the exchange format version, or null
     * @param notes          notes, or null
     */
    record Header(@JsonProperty(required = true) String suite, @JsonProperty(required = true) String edition,
            @JsonProperty(required = true) String catalogue, Integer exchangeFormat, String notes) {
        Header {
            TableChecks.nonBlank("suite", suite);
            TableChecks.nonBlank("edition", edition);
            TableChecks.nonBlank("catalogue", catalogue);
        }
    }

    /**
     * The schema of one case line.
     *
     * @param id          the case id
     * @param rule        the rule id
     * @param breaks      whether the case breaks the rule
     * @param description what the case shows
     * @param profiles    the profiles it runs under
     * @param asOf        the as-of date, yyyy-MM-dd
     * @param parameters  profile parameter overrides (boolean, whole number or text), or null
     * @param format      the input format, or null for JSON_LINES
     * @param record      one exchange-format object, or null
     * @param lines       raw input lines, or null
     * @param catalogue   the CSV lines of an assistive-device catalogue, or null
     * @param expected    the rule ids expected
     */
    record CaseLine(@JsonProperty(required = true) String id, @JsonProperty(required = true) String rule,
            @JsonProperty(required = true) boolean breaks, @JsonProperty(required = true) String description,
            @JsonProperty(required = true) List<String> profiles, @JsonProperty(required = true) String asOf,
            Map<String, JsonNode> parameters, ConformanceCase.InputFormat format, JsonNode record,
            List<String> lines, List<String> catalogue, @JsonProperty(required = true) List<String> expected) {
        CaseLine {
            TableChecks.nonBlank("id", id);
            TableChecks.nonBlank("rule", rule);
            TableChecks.nonBlank("description", description);
            TableChecks.present("profiles", profiles);
            TableChecks.present("expected", expected);
            try {
                LocalDate.parse(TableChecks.nonBlank("asOf", asOf));
            } catch (DateTimeParseException e) {
                throw TableProblem.at("/asOf", Reason.WRONG_TYPE, "asOf is not a date yyyy-MM-dd");
            }
            if (parameters != null) {
                parameters.forEach((name, value) -> {
                    if (!value.isBoolean() && !value.isInt() && !value.isTextual()) {
                        throw TableProblem.at("/parameters/" + name, Reason.WRONG_TYPE,
                                "a parameter is a boolean, whole number or text");
                    }
                });
            }
        }

        ConformanceCase toCase() {
            Map<String, Object> values = new LinkedHashMap<>();
            if (parameters != null) {
                parameters.forEach((name, value) -> values.put(name, value.isBoolean() ? value.asBoolean()
                        : value.isInt() ? (Object) value.asInt() : value.asText()));
            }
            List<String> input = new ArrayList<>();
            if (record != null) {
                input.add(record.toString());
            }
            if (lines != null) {
                input.addAll(lines);
            }
            return new ConformanceCase(id, rule, breaks, description, profiles, LocalDate.parse(asOf), values,
                    format == null ? ConformanceCase.InputFormat.JSON_LINES : format, input,
                    new LinkedHashSet<>(expected), catalogue == null ? List.of() : catalogue);
        }
    }

    /**
     * Loads a suite in the format of the bundled resource, under the name {@code conformance suite}: a header
     * object with {@code suite}, {@code edition} and {@code catalogue}, then one case object per line with
     * {@code id}, {@code rule}, {@code breaks}, {@code description}, {@code profiles}, {@code asOf}, optional
     * {@code parameters}, optional {@code catalogue} (the CSV lines of an assistive-device catalogue),
     * either {@code record} (an exchange-format object) or {@code lines} (raw lines), an optional {@code format}
     * ({@code JSON_LINES}, the default, or {@code CSV}, whose first line is the header), and {@code expected}.
     * Blank lines are skipped.
     *
     * @param in the UTF-8 stream (not closed)
     * @return the suite
     * @throws TableException if the stream cannot be read, or a case is incomplete, inconsistent or its id is
     *                        not unique (names the line)
     */
    public static ConformanceSuite load(InputStream in) {
        return load("conformance suite", in);
    }

    private static ConformanceSuite load(String table, InputStream in) {
        return TableLoader.jsonLines(table, in, Header.class, Header::edition, CaseLine.class, (header, lines) -> {
            List<ConformanceCase> cases = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (TableLoader.JsonLine<CaseLine> line : lines) {
                if (!ids.add(line.value().id())) {
                    throw TableProblem.atLine(line.line(), "id", Reason.DUPLICATE_KEY,
                            "duplicate case id " + line.value().id());
                }
                cases.add(line.value().toCase());
            }
            return new ConformanceSuite(header.suite() + " " + header.edition(), header.catalogue(), cases);
        });
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
