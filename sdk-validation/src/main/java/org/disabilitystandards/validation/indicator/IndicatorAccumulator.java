package org.disabilitystandards.validation.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.disabilitystandards.core.code.AdministrativeDivision;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.CareDependencyLevel;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.ServiceProgramme;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.internal.CalendarDates;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.Education;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.Insurance;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.core.model.Service;

/**
 * One streaming pass of an {@link IndicatorCalculator} over records: {@link #accept} each record, then
 * {@link #report()}. Memory does not grow with the number of records: per region it keeps one numerator
 * and one denominator per indicator; the only sets are the county codes with community mental-health
 * rehabilitation (bounded by the counties) and the households with an accessibility retrofit (bounded by
 * the retrofits done, which is the indicator's own numerator, so that a household is counted once).
 * Not thread-safe: use one accumulator per thread and {@link #merge} them.
 */
public final class IndicatorAccumulator {

    private static final int INDICATORS = IndicatorId.values().length;
    private static final int SERVICES = ServiceType.values().length;
    private static final int VOCATIONAL = IndicatorId.VOCATIONAL_TRAINING.ordinal();
    private static final int DIBAO = IndicatorId.MINIMUM_LIVING_GUARANTEE_INCLUSION.ordinal();
    private static final int LIVING = IndicatorId.LIVING_ALLOWANCE_COVERAGE.ordinal();
    private static final int CARE = IndicatorId.CARE_ALLOWANCE_COVERAGE.ordinal();
    private static final int PENSION = IndicatorId.PENSION_INSURANCE.ordinal();
    private static final int MEDICAL = IndicatorId.MEDICAL_INSURANCE.ordinal();
    private static final int EDUCATION = IndicatorId.COMPULSORY_EDUCATION.ordinal();
    private static final int REHABILITATION = IndicatorId.REHABILITATION_COVERAGE.ordinal();
    private static final int DEVICE = IndicatorId.ASSISTIVE_DEVICE_FITTING.ordinal();
    private static final int RETROFIT = IndicatorId.ACCESSIBILITY_RETROFIT_HOUSEHOLDS.ordinal();
    private static final int MENTAL = IndicatorId.MENTAL_COMMUNITY_REHABILITATION_COUNTIES.ordinal();
    private static final String PERSON_KEY_PREFIX = "person:";
    private static final String HOUSEHOLD_KEY_PREFIX = "household:";

    private final IndicatorCalculator calculator;
    private final IndicatorProfile profile;
    private final LocalDate asOf;
    private final YearMonth asOfMonth;
    private final Optional<Breakdown> breakdown;
    private final boolean[] defined = new boolean[INDICATORS];
    private final BenefitType[] benefitOf = new BenefitType[INDICATORS];
    private final boolean[][] needed = new boolean[INDICATORS][SERVICES];
    private final boolean[][] counted = new boolean[INDICATORS][SERVICES];
    /** The programmes whose coded services count, per indicator (exchange format 1.1); null for none. */
    private final ServiceProgramme[][] programmes = new ServiceProgramme[INDICATORS][];
    private final LocalDate[] windowStart = new LocalDate[INDICATORS];
    private final LocalDate[] windowEnd = new LocalDate[INDICATORS];
    private final boolean[] served = new boolean[INDICATORS];
    private final boolean[] needs = new boolean[INDICATORS];

    private final Tally total = new Tally();
    private final Map<String, Tally> byRegionKey = new HashMap<>();
    private final Map<String, String> regionKeyByCode = new HashMap<>();
    private final Map<String, String> countyOfRegionCode = new HashMap<>();
    private final Map<String, String> retrofittedHouseholds = new HashMap<>();
    private final Set<String> mentalRehabilitationCounties = new HashSet<>();
    private long records;
    private long holders;

    IndicatorAccumulator(IndicatorCalculator calculator, LocalDate asOf, Optional<Breakdown> breakdown) {
        this.calculator = calculator;
        this.profile = calculator.profile();
        this.asOf = asOf;
        this.asOfMonth = YearMonth.from(asOf);
        this.breakdown = breakdown;
        for (IndicatorDefinition definition : profile.definitions()) {
            int index = definition.id().ordinal();
            defined[index] = true;
            benefitOf[index] = definition.benefit().orElse(null);
            for (ServiceType type : definition.needs()) {
                needed[index][type.ordinal()] = true;
            }
            for (ServiceType type : definition.services()) {
                counted[index][type.ordinal()] = true;
            }
            if (!definition.programmes().isEmpty()) {
                programmes[index] = definition.programmes().toArray(new ServiceProgramme[0]);
            }
            definition.window().ifPresent(window -> {
                windowStart[index] = window.start(profile, asOf);
                windowEnd[index] = window.end(profile, asOf);
            });
        }
    }

    /** Numerators and denominators of one region (or the whole). */
    private static final class Tally {
        final long[] numerators = new long[INDICATORS];
        final long[] denominators = new long[INDICATORS];

        void add(int indicator, boolean inDenominator, boolean inNumerator) {
            if (inDenominator) {
                denominators[indicator]++;
                if (inNumerator) {
                    numerators[indicator]++;
                }
            }
        }

        void addAll(Tally other) {
            addAll(other.counts());
        }

        /** Numerators then denominators, as in {@link IndicatorTallies}. */
        long[] counts() {
            long[] counts = Arrays.copyOf(numerators, INDICATORS * 2);
            System.arraycopy(denominators, 0, counts, INDICATORS, INDICATORS);
            return counts;
        }

        void addAll(long[] counts) {
            for (int i = 0; i < INDICATORS; i++) {
                numerators[i] += counts[i];
                denominators[i] += counts[INDICATORS + i];
            }
        }
    }

    /**
     * Returns the as-of date of this pass.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Counts one record.
     *
     * @param record the record (records without a current certificate count only in {@code records})
     */
    public void accept(PersonRecord record) {
        records++;
        Optional<Certificate> certificate = record.certificate();
        if (certificate.isEmpty() || !isCurrent(certificate.get())) {
            return;
        }
        holders++;
        Certificate held = certificate.get();
        Tally region = breakdown.isPresent() ? regionTally(record.regionCode()) : null;
        markServicesAndNeeds(record);
        int benefits = activeBenefits(record);
        Optional<LocalDate> birthDate = record.birthDate();
        int age = birthDate.isPresent() ? CalendarDates.completedYears(birthDate.get(), asOf) : -1;
        Optional<Household> household = record.household();
        boolean dibaoHousehold = household.isPresent() && household.get().minimumLivingGuarantee();
        boolean nearPoverty = household.isPresent() && household.get().nearPoverty();
        Optional<Insurance> insurance = record.insurance();
        boolean pensionInsured = insurance.isPresent() && insurance.get().pension();
        boolean medicalInsured = insurance.isPresent() && insurance.get().medical();
        Optional<Education> education = record.education();
        boolean enrolled = education.isPresent() && education.get().enrolled();
        DisabilityCategory category = held.category();
        DisabilityGrade grade = held.grade();

        boolean dibaoEligible = dibaoHousehold
                || nearPoverty && profile.dibaoSingleApplication().covers(category, grade);
        // 国发〔2015〕52号: grade 1-2 holders in need of long-term care; a care assessment of level 0 (基本正常)
        // says there is no such need, a missing one leaves the holder in the population
        boolean careCovered = profile.careAllowanceCovered().covers(category, grade)
                && record.careLevel().map(c -> c.level() != CareDependencyLevel.LEVEL_0).orElse(true);
        boolean pensionAge = age >= profile.pensionMinimumAge() && !enrolled;
        boolean schoolAge = age >= profile.compulsoryEducationFromAge() && age <= profile.compulsoryEducationToAge();
        count(region, VOCATIONAL, true, served[VOCATIONAL]);
        count(region, DIBAO, dibaoEligible, receives(benefits, DIBAO));
        count(region, LIVING, dibaoHousehold, receives(benefits, LIVING));
        count(region, CARE, careCovered, receives(benefits, CARE));
        count(region, PENSION, pensionAge, pensionInsured);
        count(region, MEDICAL, true, medicalInsured);
        count(region, EDUCATION, schoolAge, enrolled);
        count(region, REHABILITATION, needs[REHABILITATION], served[REHABILITATION]);
        count(region, DEVICE, needs[DEVICE], served[DEVICE]);
        if (defined[RETROFIT] && served[RETROFIT] && (profile.retrofitHardship().isEmpty()
                || profile.retrofitHardship().get().covers(category, grade, household))) {
            String key = record.householdId().map(id -> HOUSEHOLD_KEY_PREFIX + id)
                    .orElseGet(() -> PERSON_KEY_PREFIX + record.idNumber());
            retrofittedHouseholds.putIfAbsent(key, breakdown.isPresent() ? regionKeyOf(record.regionCode()) : "");
        }
        if (defined[MENTAL] && served[MENTAL]) {
            countyOf(record.regionCode()).ifPresent(mentalRehabilitationCounties::add);
        }
    }

    private boolean isCurrent(Certificate certificate) {
        Optional<LocalDate> validUntil = certificate.validUntil();
        return !certificate.issuedOn().isAfter(asOf) && (validUntil.isEmpty() || !validUntil.get().isBefore(asOf));
    }

    private void count(Tally region, int indicator, boolean inDenominator, boolean inNumerator) {
        if (!defined[indicator]) {
            return;
        }
        total.add(indicator, inDenominator, inNumerator);
        if (region != null) {
            region.add(indicator, inDenominator, inNumerator);
        }
    }

    private boolean receives(int activeBenefits, int indicator) {
        BenefitType benefit = benefitOf[indicator];
        return benefit != null && (activeBenefits & (1 << benefit.ordinal())) != 0;
    }

    private int activeBenefits(PersonRecord record) {
        int mask = 0;
        for (Benefit benefit : record.benefits()) {
            Optional<YearMonth> to = benefit.to();
            if (!asOfMonth.isBefore(benefit.from()) && (to.isEmpty() || !asOfMonth.isAfter(to.get()))) {
                mask |= 1 << benefit.type().ordinal();
            }
        }
        return mask;
    }

    private void markServicesAndNeeds(PersonRecord record) {
        for (int i = 0; i < INDICATORS; i++) {
            served[i] = false;
            needs[i] = false;
        }
        for (ServiceType need : record.needs()) {
            int type = need.ordinal();
            for (int i = 0; i < INDICATORS; i++) {
                needs[i] |= needed[i][type];
            }
        }
        for (Service service : record.services()) {
            int type = service.type().ordinal();
            LocalDate date = service.date();
            for (int i = 0; i < INDICATORS; i++) {
                if ((counted[i][type] || programmes[i] != null && inProgramme(service, programmes[i]))
                        && !date.isBefore(windowStart[i]) && !date.isAfter(windowEnd[i])) {
                    served[i] = true;
                }
            }
        }
    }

    private static boolean inProgramme(Service service, ServiceProgramme[] candidates) {
        for (ServiceProgramme programme : candidates) {
            if (service.isIn(programme)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns how many region codes the pass has cached (for tests: junk codes must not grow the cache).
     *
     * @return the number of cached codes
     */
    int cachedRegionCodes() {
        return regionKeyByCode.size() + countyOfRegionCode.size();
    }

    private Tally regionTally(String regionCode) {
        return byRegionKey.computeIfAbsent(regionKeyOf(regionCode), key -> new Tally());
    }

    private String regionKeyOf(String regionCode) {
        String key = regionKeyByCode.get(regionCode);
        if (key == null) {
            key = calculator.regionKey(regionCode, breakdown.orElse(Breakdown.PREFECTURE));
            if (!IndicatorCalculator.UNKNOWN_REGION.equals(key)) {
                // only codes of the table are remembered: junk codes cannot grow the cache
                regionKeyByCode.put(regionCode, key);
            }
        }
        return key;
    }

    private Optional<String> countyOf(String regionCode) {
        String county = countyOfRegionCode.get(regionCode);
        if (county == null) {
            county = calculator.currentCounty(regionCode).orElse(IndicatorCalculator.UNKNOWN_REGION);
            if (!IndicatorCalculator.UNKNOWN_REGION.equals(county)) {
                countyOfRegionCode.put(regionCode, county);
            }
        }
        return IndicatorCalculator.UNKNOWN_REGION.equals(county) ? Optional.empty() : Optional.of(county);
    }

    /**
     * Adds the counts of another pass of the same calculator and date (for parallel passes). A household
     * retrofitted in both passes is counted once.
     *
     * @param other the other pass
     * @throws IllegalArgumentException if the other pass has another calculator, date or breakdown
     */
    public void merge(IndicatorAccumulator other) {
        if (other.calculator != calculator) {
            throw new IllegalArgumentException("can only merge passes of the same calculator, date and breakdown");
        }
        merge(other.tallies());
    }

    /**
     * Adds the counts of another pass over other records, made elsewhere (another machine, another process)
     * with the same indicator profile, date and breakdown. A household retrofitted in both passes is counted
     * once.
     *
     * @param other the other pass's tallies
     * @throws IllegalArgumentException if the other pass has another profile, date or breakdown
     */
    public void merge(IndicatorTallies other) {
        IndicatorTallies.requireSamePass(profileKey(), asOf, breakdown, other);
        records += other.records();
        holders += other.holders();
        total.addAll(other.total());
        other.regions().forEach((key, counts) -> byRegionKey.computeIfAbsent(key, k -> new Tally()).addAll(counts));
        other.retrofittedHouseholds().forEach(retrofittedHouseholds::putIfAbsent);
        mentalRehabilitationCounties.addAll(other.mentalRehabilitationCounties());
    }

    private String profileKey() {
        return profile.name() + " " + profile.version();
    }

    /**
     * Returns the counts so far as serializable data, to be added to the counts of other passes.
     *
     * @return a snapshot of the counts
     */
    public IndicatorTallies tallies() {
        Map<String, long[]> regions = new HashMap<>();
        byRegionKey.forEach((key, tally) -> regions.put(key, tally.counts()));
        return new IndicatorTallies(profileKey(), asOf, breakdown, records, holders,
                total.counts(), regions, retrofittedHouseholds, mentalRehabilitationCounties);
    }

    /**
     * Computes the results from the records accepted so far.
     *
     * @return the report (without a validation summary; see {@link IndicatorReport#withIssueCounts})
     */
    public IndicatorReport report() {
        Tally whole = copyOf(total);
        Map<String, Tally> regions = new LinkedHashMap<>();
        byRegionKey.forEach((key, tally) -> regions.put(key, copyOf(tally)));
        breakdown.ifPresent(b -> calculator.divisions().currentCounties(profile.provincePrefix())
                .forEach(county -> regions.computeIfAbsent(calculator.regionKey(county.code(), b), k -> new Tally())));
        fillCounts(whole, regions);
        List<IndicatorResult> results = new ArrayList<>();
        for (IndicatorDefinition definition : profile.definitions()) {
            Map<String, IndicatorResult> regional = new HashMap<>();
            regions.forEach((key, tally) -> regional.put(key, result(definition, tally, true, Map.of())));
            results.add(result(definition, whole, false, regional));
        }
        return new IndicatorReport(profile, asOf, records, holders, breakdown, results, Optional.empty());
    }

    private static Tally copyOf(Tally tally) {
        Tally copy = new Tally();
        copy.addAll(tally);
        return copy;
    }

    /** Fills the household and county indicators, which are sets rather than per-record counts. */
    private void fillCounts(Tally whole, Map<String, Tally> regions) {
        whole.numerators[RETROFIT] = retrofittedHouseholds.size();
        for (String key : retrofittedHouseholds.values()) {
            Tally region = regions.get(key);
            if (region != null) {
                region.numerators[RETROFIT]++;
            }
        }
        for (AdministrativeDivision county : calculator.divisions().currentCounties(profile.provincePrefix())) {
            boolean served = mentalRehabilitationCounties.contains(county.code());
            whole.add(MENTAL, true, served);
            breakdown.ifPresent(b -> regions.get(calculator.regionKey(county.code(), b)).add(MENTAL, true, served));
        }
    }

    private static IndicatorResult result(IndicatorDefinition definition, Tally tally, boolean regional,
            Map<String, IndicatorResult> byRegion) {
        int index = definition.id().ordinal();
        long numerator = tally.numerators[index];
        long denominator = tally.denominators[index];
        switch (definition.kind()) {
            case NOT_MEASURED:
                return new IndicatorResult(definition, OptionalDouble.empty(), OptionalLong.empty(),
                        OptionalLong.empty(), Optional.empty(), byRegion);
            case COUNT:
                Optional<Boolean> countMet = regional ? Optional.empty()
                        : Optional.of(definition.comparison().orElseThrow()
                                .isMet(numerator, definition.target().orElseThrow()));
                return new IndicatorResult(definition, OptionalDouble.of(numerator), OptionalLong.of(numerator),
                        OptionalLong.empty(), countMet, byRegion);
            default:
                if (denominator == 0) {
                    return new IndicatorResult(definition, OptionalDouble.empty(), OptionalLong.of(numerator),
                            OptionalLong.of(0), Optional.empty(), byRegion);
                }
                double value = (double) numerator / denominator;
                boolean met = definition.comparison().orElseThrow().isMet(value, definition.target().orElseThrow());
                return new IndicatorResult(definition, OptionalDouble.of(value), OptionalLong.of(numerator),
                        OptionalLong.of(denominator), Optional.of(met), byRegion);
        }
    }
}
