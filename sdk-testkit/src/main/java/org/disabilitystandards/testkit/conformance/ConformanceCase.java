package org.disabilitystandards.testkit.conformance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One golden case of the conformance suite. Immutable.
 *
 * <p>The input is {@link #lines()}: one JSON line of the exchange format (version 1) for record-level
 * rules, several lines for file-level rules (FORMAT.DUPLICATE_*), or a raw line that is not valid
 * exchange JSON for read problems (FORMAT.*); in the {@linkplain InputFormat#CSV CSV flavour}, a header row
 * and the rows. A conforming system, run with one of {@link #profiles()}
 * (changed by {@link #parameters()}, if any) as of {@link #asOf()}, reports exactly
 * {@link #expectedRuleIds()} for the whole input: no more, no fewer.
 */
public final class ConformanceCase {

    /** How the lines of a case are written. */
    public enum InputFormat {
        /** JSON Lines, one exchange record per line (the default). */
        JSON_LINES,
        /** The CSV flavour of the exchange format: a header row, then one record per row. */
        CSV
    }

    private final String id;
    private final String ruleId;
    private final boolean breaks;
    private final String description;
    private final List<String> profiles;
    private final LocalDate asOf;
    private final Map<String, Object> parameters;
    private final InputFormat format;
    private final List<String> lines;
    private final Set<String> expectedRuleIds;
    private final List<String> catalogue;

    ConformanceCase(String id, String ruleId, boolean breaks, String description, List<String> profiles,
            LocalDate asOf, Map<String, Object> parameters, InputFormat format, List<String> lines,
            Set<String> expectedRuleIds, List<String> catalogue) {
        this.id = Objects.requireNonNull(id, "id");
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.breaks = breaks;
        this.description = Objects.requireNonNull(description, "description");
        this.profiles = List.copyOf(profiles);
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.parameters = Map.copyOf(parameters);
        this.format = Objects.requireNonNull(format, "format");
        this.lines = List.copyOf(lines);
        this.expectedRuleIds = Set.copyOf(expectedRuleIds);
        this.catalogue = List.copyOf(catalogue);
        if (this.profiles.isEmpty() || this.lines.isEmpty()) {
            throw new IllegalArgumentException("case " + id + ": needs at least one profile and one line");
        }
        if (this.expectedRuleIds.contains(ruleId) != breaks) {
            throw new IllegalArgumentException("case " + id + ": expected rule ids must contain " + ruleId
                    + " exactly when the case breaks it");
        }
    }

    /**
     * Returns the stable case id, for example {@code CERT.GRADE_MISMATCH/breaks-1}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the rule id the case is about.
     *
     * @return the rule id
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns whether the input breaks {@link #ruleId()} (else it comes close without breaking it).
     *
     * @return true for a "breaks" case
     */
    public boolean breaks() {
        return breaks;
    }

    /**
     * Returns what the case shows, in English.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Returns the names of the bundled profiles the case applies to ({@code national}, {@code qinghai}).
     *
     * @return an immutable list
     */
    public List<String> profiles() {
        return profiles;
    }

    /**
     * Returns whether the case applies to a profile.
     *
     * @param profile the profile name
     * @return true if listed
     */
    public boolean appliesTo(String profile) {
        return profiles.contains(profile);
    }

    /**
     * Returns the as-of date to validate with.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns profile parameter overrides, by the parameter names of the rule catalogue documentation (for
     * example {@code acceptFifteenDigitIds} = {@code true}); values are {@link Boolean}, {@link Integer}
     * or {@link String}. Empty for the profile as bundled.
     *
     * @return an immutable map
     */
    public Map<String, Object> parameters() {
        return parameters;
    }

    /**
     * Returns how the lines are written: JSON Lines, or the CSV flavour with its header as line 1.
     *
     * @return the input format
     */
    public InputFormat format() {
        return format;
    }

    /**
     * Returns the input lines, in file order (line 1 first). Synthetic data only.
     *
     * @return an immutable list with at least one line
     */
    public List<String> lines() {
        return lines;
    }

    /**
     * Returns the rule ids a conforming system reports for the whole input.
     *
     * @return an immutable set, empty when nothing is to be reported
     */
    public Set<String> expectedRuleIds() {
        return expectedRuleIds;
    }

    /**
     * Returns the assistive-device catalogue the case runs with, as the lines of its CSV file
     * ({@code AssistiveProductCatalogue} format); the DEVICE.* rules need one.
     *
     * @return the CSV lines, empty when the case runs without a catalogue
     */
    public List<String> catalogue() {
        return catalogue;
    }

    /**
     * Returns the id, rule and expectation; never the input.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return id + " " + profiles + " as of " + asOf + " expects " + expectedRuleIds;
    }
}
