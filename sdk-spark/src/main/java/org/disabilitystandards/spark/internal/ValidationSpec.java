package org.disabilitystandards.spark.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.disabilitystandards.core.code.AdministrativeDivisions;
import org.disabilitystandards.core.id.PersonalDataPolicy;
import org.disabilitystandards.core.json.ReadLimits;
import org.disabilitystandards.spark.IndicatorSource;
import org.disabilitystandards.spark.ProfileSource;
import org.disabilitystandards.validation.batch.LineValidator;
import org.disabilitystandards.validation.indicator.IndicatorCalculator;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.disabilitystandards.validation.rule.RecordValidator;

/**
 * Everything an executor needs to validate: a small serializable recipe (profile source, as-of date, read
 * limits, personal-data policy, CSV header, indicator source) and, built lazily from it on first use, the
 * {@link LineValidator}, the message renderer and the indicator calculator. The job sends it to the
 * executors as one broadcast variable, which each executor deserializes once and shares among its tasks,
 * so the validator is built once per executor and per run; the built parts are transient and never
 * travel. No static state: two runs with other profiles or dates have two specs.
 */
public final class ValidationSpec implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ProfileSource profile;
    private final LocalDate asOf;
    private final int[] limits;
    private final PersonalDataPolicy policy;
    private final byte[] csvHeader;
    private final IndicatorSource indicators;
    private final String source;

    private transient volatile Built built;

    /** The parts built on an executor. */
    private record Built(LineValidator lines, RecordValidator records, MessageRenderer messages) {
    }

    private transient volatile IndicatorCalculator calculator;

    /**
     * Creates the recipe.
     *
     * @param profile    the validation profile's source
     * @param asOf       the as-of date
     * @param limits     the read limits
     * @param policy     how ID numbers appear in issues
     * @param csvHeader  the CSV header row, or null for JSON Lines
     * @param indicators the indicator profile's source, or null
     * @param source     the label of the input in the issues' {@code file} column, or null
     */
    public ValidationSpec(ProfileSource profile, LocalDate asOf, ReadLimits limits, PersonalDataPolicy policy,
            byte[] csvHeader, IndicatorSource indicators, String source) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.limits = new int[] {limits.maxLineBytes(), limits.maxNestingDepth(), limits.maxStringLength(),
            limits.maxArrayLength()};
        this.policy = Objects.requireNonNull(policy, "policy");
        this.csvHeader = csvHeader == null ? null : csvHeader.clone();
        this.indicators = indicators;
        this.source = source;
    }

    /**
     * Returns a copy for the data rows of a CSV input with this header row.
     *
     * @param header the header row's bytes
     * @return the spec
     */
    public ValidationSpec withCsvHeader(byte[] header) {
        return new ValidationSpec(profile, asOf, readLimits(), policy, header, indicators, source);
    }

    private ReadLimits readLimits() {
        return new ReadLimits(limits[0], limits[1], limits[2], limits[3]);
    }

    private Built built() {
        Built local = built;
        if (local == null) {
            synchronized (this) {
                local = built;
                if (local == null) {
                    RecordValidator records = RecordValidator.forProfile(profile.load());
                    LineValidator lines = csvHeader == null ? LineValidator.jsonLines(records, asOf, readLimits())
                            : LineValidator.csv(records, asOf, readLimits(), csvHeader);
                    local = new Built(lines, records, MessageRenderer.standard());
                    built = local;
                }
            }
        }
        return local;
    }

    /**
     * Returns the line validator, built on first use in this JVM.
     *
     * @return the validator
     */
    public LineValidator lines() {
        return built().lines();
    }

    /**
     * Returns the message renderer.
     *
     * @return the renderer
     */
    public MessageRenderer messages() {
        return built().messages();
    }

    /**
     * Returns the indicator calculator, built on first use in this JVM.
     *
     * @return the calculator
     * @throws IllegalStateException if the run has no indicator source
     */
    public IndicatorCalculator calculator() {
        IndicatorCalculator local = calculator;
        if (local == null) {
            if (indicators == null) {
                throw new IllegalStateException("no indicator profile was given");
            }
            synchronized (this) {
                local = calculator;
                if (local == null) {
                    local = IndicatorCalculator.of(indicators.load(), AdministrativeDivisions.bundled());
                    calculator = local;
                }
            }
        }
        return local;
    }

    /**
     * Returns whether an indicator source was given.
     *
     * @return true if indicators can be computed
     */
    public boolean hasIndicators() {
        return indicators != null;
    }

    /**
     * Returns the as-of date.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns how ID numbers appear in issues.
     *
     * @return the policy
     */
    public PersonalDataPolicy policy() {
        return policy;
    }

    /**
     * Returns the label of the input.
     *
     * @return the label, or null
     */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "ValidationSpec{profile=" + profile.describe() + ", asOf=" + asOf + ", csv=" + (csvHeader != null)
                + ", policy=" + policy + "}";
    }
}
