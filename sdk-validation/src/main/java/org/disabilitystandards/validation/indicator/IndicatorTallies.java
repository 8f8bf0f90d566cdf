package org.disabilitystandards.validation.indicator;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The counts of an {@link IndicatorAccumulator} as plain, serializable data, so that passes over parts of
 * the records can run on other machines (such as the partitions of a Spark job) and be added up:
 * {@link #plus} and {@link IndicatorAccumulator#merge(IndicatorTallies)}. Holds, per region and for the
 * whole, one numerator and one denominator per indicator, the retrofitted households (each with its
 * region) and the counties with community mental-health rehabilitation; no record. A household retrofitted
 * in two parts is counted once. Immutable.
 */
public final class IndicatorTallies implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The indicator profile's name and version. */
    private final String profile;
    /** The as-of date of the pass. */
    private final LocalDate asOf;
    /** The regional breakdown, or null. */
    private final Breakdown breakdown;
    /** The records counted. */
    private final long records;
    /** The records with a current certificate. */
    private final long holders;
    /** Numerators then denominators of the whole, by indicator ordinal. */
    private final long[] total;
    /** Numerators then denominators by region key. */
    private final Map<String, long[]> regions;
    /** Retrofitted household (or person) keys with their region key. */
    private final Map<String, String> retrofittedHouseholds;
    /** Codes of the counties with community mental-health rehabilitation. */
    private final Set<String> mentalRehabilitationCounties;

    IndicatorTallies(String profile, LocalDate asOf, Optional<Breakdown> breakdown, long records, long holders,
            long[] total, Map<String, long[]> regions, Map<String, String> retrofittedHouseholds,
            Set<String> mentalRehabilitationCounties) {
        this.profile = profile;
        this.asOf = asOf;
        this.breakdown = breakdown.orElse(null);
        this.records = records;
        this.holders = holders;
        this.total = total.clone();
        Map<String, long[]> copy = new HashMap<>();
        regions.forEach((key, counts) -> copy.put(key, counts.clone()));
        this.regions = copy;
        this.retrofittedHouseholds = new HashMap<>(retrofittedHouseholds);
        this.mentalRehabilitationCounties = new HashSet<>(mentalRehabilitationCounties);
    }

    /**
     * Adds the tallies of another part of the same pass (same profile, date and breakdown).
     *
     * @param other the other part
     * @return the tallies of both parts
     * @throws IllegalArgumentException if the other part has another profile, date or breakdown
     */
    public IndicatorTallies plus(IndicatorTallies other) {
        requireSamePass(profile, asOf, breakdown(), other);
        long[] sum = total.clone();
        add(sum, other.total);
        Map<String, long[]> byRegion = new HashMap<>();
        regions.forEach((key, counts) -> byRegion.put(key, counts.clone()));
        other.regions.forEach((key, counts) -> add(byRegion.computeIfAbsent(key, k -> new long[counts.length]),
                counts));
        Map<String, String> households = new HashMap<>(retrofittedHouseholds);
        other.retrofittedHouseholds.forEach(households::putIfAbsent);
        Set<String> counties = new HashSet<>(mentalRehabilitationCounties);
        counties.addAll(other.mentalRehabilitationCounties);
        return new IndicatorTallies(profile, asOf, breakdown(), records + other.records, holders + other.holders,
                sum, byRegion, households, counties);
    }

    /**
     * Checks that other tallies come from a pass of the given profile, date and breakdown.
     *
     * @param profile   the profile's name and version
     * @param asOf      the date
     * @param breakdown the breakdown
     * @param other     the other tallies
     * @throws IllegalArgumentException if they do not
     */
    static void requireSamePass(String profile, LocalDate asOf, Optional<Breakdown> breakdown,
            IndicatorTallies other) {
        if (!profile.equals(other.profile) || !asOf.equals(other.asOf) || !breakdown.equals(other.breakdown())) {
            throw new IllegalArgumentException("can only add tallies of the same profile, date and breakdown");
        }
    }

    static void add(long[] into, long[] counts) {
        for (int i = 0; i < counts.length; i++) {
            into[i] += counts[i];
        }
    }

    /**
     * Returns the indicator profile's name and version.
     *
     * @return for example {@code qinghai 2021-2025}
     */
    public String profile() {
        return profile;
    }

    /**
     * Returns the as-of date of the pass.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the regional breakdown of the pass.
     *
     * @return the breakdown, or empty for the whole province only
     */
    public Optional<Breakdown> breakdown() {
        return Optional.ofNullable(breakdown);
    }

    /**
     * Returns the number of records counted.
     *
     * @return the records
     */
    public long records() {
        return records;
    }

    /**
     * Returns the number of records with a current certificate.
     *
     * @return the holders
     */
    public long holders() {
        return holders;
    }

    long[] total() {
        return total;
    }

    Map<String, long[]> regions() {
        return regions;
    }

    Map<String, String> retrofittedHouseholds() {
        return retrofittedHouseholds;
    }

    Set<String> mentalRehabilitationCounties() {
        return mentalRehabilitationCounties;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof IndicatorTallies that)) {
            return false;
        }
        if (!profile.equals(that.profile) || !asOf.equals(that.asOf) || breakdown != that.breakdown
                || records != that.records || holders != that.holders || !Arrays.equals(total, that.total)
                || !regions.keySet().equals(that.regions.keySet())
                || !retrofittedHouseholds.equals(that.retrofittedHouseholds)
                || !mentalRehabilitationCounties.equals(that.mentalRehabilitationCounties)) {
            return false;
        }
        for (Map.Entry<String, long[]> entry : regions.entrySet()) {
            if (!Arrays.equals(entry.getValue(), that.regions.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(profile, asOf, breakdown, records, holders, Arrays.hashCode(total));
    }

    @Override
    public String toString() {
        return "IndicatorTallies{profile=" + profile + ", asOf=" + asOf + ", breakdown=" + breakdown + ", records="
                + records + ", holders=" + holders + ", regions=" + regions.size() + "}";
    }
}
