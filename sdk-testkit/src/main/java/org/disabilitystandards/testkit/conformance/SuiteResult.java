package org.disabilitystandards.testkit.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a conformance run: one {@link CaseResult} per case and profile, in suite order, with a
 * summary. Immutable.
 */
public final class SuiteResult {

    private final String edition;
    private final List<CaseResult> results;

    SuiteResult(String edition, List<CaseResult> results) {
        this.edition = edition;
        this.results = List.copyOf(results);
    }

    /**
     * Returns the edition of the suite that ran.
     *
     * @return for example {@code dsds-conformance 2025.1}
     */
    public String edition() {
        return edition;
    }

    /**
     * Returns every result, in suite order (per case, per profile).
     *
     * @return an immutable list
     */
    public List<CaseResult> results() {
        return results;
    }

    /**
     * Returns the results that failed.
     *
     * @return an immutable list
     */
    public List<CaseResult> failures() {
        List<CaseResult> failed = new ArrayList<>();
        for (CaseResult result : results) {
            if (!result.passed()) {
                failed.add(result);
            }
        }
        return List.copyOf(failed);
    }

    /**
     * Returns the number of results that passed.
     *
     * @return the count
     */
    public int passedCount() {
        return results.size() - failures().size();
    }

    /**
     * Returns whether every case passed under every profile it ran under (and at least one ran).
     *
     * @return true if the system conforms to the cases run
     */
    public boolean allPassed() {
        return !results.isEmpty() && failures().isEmpty();
    }

    /**
     * Returns the number of failed results per rule id the failed cases are about.
     *
     * @return an immutable map sorted by rule id
     */
    public Map<String, Integer> failuresByRule() {
        Map<String, Integer> counts = new TreeMap<>();
        for (CaseResult result : failures()) {
            counts.merge(result.testCase().ruleId(), 1, Integer::sum);
        }
        return Map.copyOf(counts);
    }

    /**
     * Returns a readable summary: the counts, then one line per failure (case id, profile, missing and
     * unexpected rule ids). No input data.
     *
     * @return the summary text
     */
    public String summary() {
        List<CaseResult> failed = failures();
        StringBuilder text = new StringBuilder(edition).append(": ").append(results.size() - failed.size())
                .append(" of ").append(results.size()).append(" passed");
        for (CaseResult result : failed) {
            text.append(System.lineSeparator()).append("  ").append(result);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
