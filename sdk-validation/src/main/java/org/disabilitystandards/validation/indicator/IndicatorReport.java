package org.disabilitystandards.validation.indicator;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The indicators of a profile computed from a set of records as of a date, optionally with the
 * validation summary (issue counts by rule id) of the same records. Contains no personal data: only
 * counts and region codes.
 *
 * @param profile     the profile (definitions and targets)
 * @param asOf        the as-of date
 * @param records     the records read
 * @param holders     the records of certificate holders (the population of the indicators)
 * @param breakdown   the regional breakdown of the results, if one was computed
 * @param results     one result per indicator of the profile, in the plan's order
 * @param issueCounts issues by rule id from validating the same records, sorted by rule id; empty when no
 *                    validation summary was supplied
 */
public record IndicatorReport(IndicatorProfile profile, LocalDate asOf, long records, long holders,
        Optional<Breakdown> breakdown, List<IndicatorResult> results, Optional<Map<String, Long>> issueCounts) {

    /**
     * Checks and copies the components.
     *
     * @param profile see the record component
     * @param asOf see the record component
     * @param records see the record component
     * @param holders see the record component
     * @param breakdown see the record component
     * @param results see the record component
     * @param issueCounts see the record component
     */
    public IndicatorReport {
        Objects.requireNonNull(profile);
        Objects.requireNonNull(asOf);
        Objects.requireNonNull(breakdown);
        results = List.copyOf(results);
        issueCounts = issueCounts.map(counts -> Collections.unmodifiableMap(new TreeMap<>(counts)));
    }

    /**
     * Returns a copy with the validation summary of the same records.
     *
     * @param counts the number of issues per rule id
     * @return the report with the summary
     */
    public IndicatorReport withIssueCounts(Map<String, Long> counts) {
        return new IndicatorReport(profile, asOf, records, holders, breakdown, results, Optional.of(counts));
    }

    /**
     * Returns the result of one indicator.
     *
     * @param id the indicator
     * @return the result, or empty if the profile does not define it
     */
    public Optional<IndicatorResult> result(IndicatorId id) {
        for (IndicatorResult result : results) {
            if (result.id() == id) {
                return Optional.of(result);
            }
        }
        return Optional.empty();
    }
}
