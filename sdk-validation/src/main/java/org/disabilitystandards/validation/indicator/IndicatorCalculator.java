package org.disabilitystandards.validation.indicator;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.disabilitystandards.core.code.AdministrativeDivision;
import org.disabilitystandards.core.code.AdministrativeDivisions;

/**
 * Computes a profile's indicators from exchange records. Built once per profile and shared (immutable,
 * thread-safe); each pass over records uses its own {@link IndicatorAccumulator}:
 *
 * <pre>{@code
 * IndicatorCalculator calculator = IndicatorCalculator.of(IndicatorProfile.byName("qinghai"));
 * IndicatorAccumulator pass = calculator.start(LocalDate.of(2025, 12, 31), Breakdown.PREFECTURE);
 * records.forEach(pass::accept);
 * IndicatorReport report = pass.report();
 * }</pre>
 *
 * <p>Definitions (design: conversions-and-indicators.md, "Indicators of the plan"). The population is the
 * certificate holders: records with a certificate issued on or before the as-of date and not expired
 * ({@code validUntil} absent or not before the as-of date). A rate's numerator is counted within its
 * denominator, so a rate never exceeds 1. Benefits count when active on the as-of date (their month
 * range covers its month); services count when dated inside the indicator's window and not after the
 * as-of date; ages are whole years on the as-of date from the recorded birth date (records without one
 * are outside the age-based denominators).
 */
public final class IndicatorCalculator {

    /** The region key of records whose region code the division table does not know. */
    public static final String UNKNOWN_REGION = "unknown";

    private final IndicatorProfile profile;
    private final AdministrativeDivisions divisions;

    private IndicatorCalculator(IndicatorProfile profile, AdministrativeDivisions divisions) {
        this.profile = Objects.requireNonNull(profile);
        this.divisions = Objects.requireNonNull(divisions);
    }

    /**
     * Returns a calculator for a profile with the bundled GB/T 2260 table.
     *
     * @param profile the profile
     * @return the calculator
     */
    public static IndicatorCalculator of(IndicatorProfile profile) {
        return new IndicatorCalculator(profile, AdministrativeDivisions.bundled());
    }

    /**
     * Returns a calculator for a profile with a given GB/T 2260 table.
     *
     * @param profile   the profile
     * @param divisions the division table (region keys and the county-level units of the province)
     * @return the calculator
     */
    public static IndicatorCalculator of(IndicatorProfile profile, AdministrativeDivisions divisions) {
        return new IndicatorCalculator(profile, divisions);
    }

    /**
     * Returns the profile.
     *
     * @return the profile
     */
    public IndicatorProfile profile() {
        return profile;
    }

    /**
     * Returns the division table.
     *
     * @return the table
     */
    public AdministrativeDivisions divisions() {
        return divisions;
    }

    /**
     * Starts a pass over records without a regional breakdown.
     *
     * @param asOf the as-of date
     * @return a new accumulator (not thread-safe; one per thread, combine with
     *         {@link IndicatorAccumulator#merge})
     */
    public IndicatorAccumulator start(LocalDate asOf) {
        return new IndicatorAccumulator(this, asOf, Optional.empty());
    }

    /**
     * Starts a pass over records with a regional breakdown.
     *
     * @param asOf      the as-of date
     * @param breakdown prefectures or counties
     * @return a new accumulator (not thread-safe; one per thread, combine with
     *         {@link IndicatorAccumulator#merge})
     */
    public IndicatorAccumulator start(LocalDate asOf, Breakdown breakdown) {
        return new IndicatorAccumulator(this, asOf, Optional.of(breakdown));
    }

    /**
     * Returns the current county-level code for a region code: the code itself if current, its successor
     * if retired (632121 gives 630203).
     *
     * @param regionCode six digits
     * @return the current code, or empty if the table does not know the code
     */
    Optional<String> currentCounty(String regionCode) {
        return divisions.find(regionCode).map(division -> divisions.current(division.code()).code());
    }

    /**
     * Returns the region key of a region code: the first four digits of the current prefecture
     * (632121 gives {@code 6302}; the statistical-only 632857 gives its parent {@code 6328}) or the current county
     * code; {@link #UNKNOWN_REGION} if unknown.
     *
     * @param regionCode six digits
     * @param breakdown  prefectures or counties
     * @return the key
     */
    String regionKey(String regionCode, Breakdown breakdown) {
        Optional<AdministrativeDivision> division = divisions.lookup(regionCode);
        if (division.isEmpty()) {
            return UNKNOWN_REGION;
        }
        if (breakdown == Breakdown.COUNTY) {
            return division.get().isStatisticalOnly() ? regionCode : divisions.current(regionCode).code();
        }
        AdministrativeDivision prefecture = divisions.current(divisions.prefectureOf(regionCode).code());
        return prefecture.code().substring(0, 4);
    }
}
