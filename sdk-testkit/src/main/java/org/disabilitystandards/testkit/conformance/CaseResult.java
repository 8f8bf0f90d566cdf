package org.disabilitystandards.testkit.conformance;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of one case under one profile: the rule ids the system reported, those it missed and those
 * it reported without being expected, or the type of the exception it threw. Immutable.
 */
public final class CaseResult {

    private final ConformanceCase testCase;
    private final String profile;
    private final Set<String> reported;
    private final Set<String> missing;
    private final Set<String> unexpected;
    private final String failure;

    private CaseResult(ConformanceCase testCase, String profile, Set<String> reported, String failure) {
        this.testCase = testCase;
        this.profile = profile;
        this.reported = Set.copyOf(reported);
        Set<String> missed = new TreeSet<>(testCase.expectedRuleIds());
        missed.removeAll(reported);
        Set<String> extra = new TreeSet<>(reported);
        extra.removeAll(testCase.expectedRuleIds());
        this.missing = Collections.unmodifiableSet(new LinkedHashSet<>(missed));
        this.unexpected = Collections.unmodifiableSet(new LinkedHashSet<>(extra));
        this.failure = failure;
    }

    static CaseResult reported(ConformanceCase testCase, String profile, Set<String> reported) {
        return new CaseResult(testCase, profile, Objects.requireNonNull(reported, "reported rule ids"), null);
    }

    static CaseResult failed(ConformanceCase testCase, String profile, RuntimeException exception) {
        return new CaseResult(testCase, profile, Set.of(), exception.getClass().getName());
    }

    /**
     * Returns the case.
     *
     * @return the case
     */
    public ConformanceCase testCase() {
        return testCase;
    }

    /**
     * Returns the profile the case ran under.
     *
     * @return the profile name
     */
    public String profile() {
        return profile;
    }

    /**
     * Returns the rule ids the system reported.
     *
     * @return an immutable set
     */
    public Set<String> reported() {
        return reported;
    }

    /**
     * Returns the expected rule ids the system did not report, sorted.
     *
     * @return an immutable set
     */
    public Set<String> missing() {
        return missing;
    }

    /**
     * Returns the rule ids the system reported without being expected, sorted.
     *
     * @return an immutable set
     */
    public Set<String> unexpected() {
        return unexpected;
    }

    /**
     * Returns the class name of the exception the system threw (its message is not kept: it might hold
     * input data).
     *
     * @return the exception type, empty if the system returned normally
     */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Returns whether the system reported exactly the expected rule ids.
     *
     * @return true if passed
     */
    public boolean passed() {
        return failure == null && missing.isEmpty() && unexpected.isEmpty();
    }

    /**
     * Returns one line: verdict, case id, profile, and what was missing, unexpected or thrown.
     *
     * @return the description
     */
    @Override
    public String toString() {
        if (passed()) {
            return "PASS " + testCase.id() + " [" + profile + "]";
        }
        if (failure != null) {
            return "FAIL " + testCase.id() + " [" + profile + "] threw " + failure;
        }
        return "FAIL " + testCase.id() + " [" + profile + "] missing " + missing + " unexpected " + unexpected
                + " (" + testCase.description() + ")";
    }
}
