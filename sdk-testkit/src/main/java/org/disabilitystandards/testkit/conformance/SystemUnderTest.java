package org.disabilitystandards.testkit.conformance;

import java.util.Set;

/**
 * A system checked by the conformance suite: given a case and the name of one of its profiles, it
 * validates the case's lines as one small file under that profile (with the case's parameter overrides)
 * as of the case's date and returns the distinct rule ids it reported. Exceptions it throws count as a
 * failed case.
 */
@FunctionalInterface
public interface SystemUnderTest {

    /**
     * Validates a case's input.
     *
     * @param testCase the case: {@link ConformanceCase#lines()}, {@link ConformanceCase#asOf()},
     *                 {@link ConformanceCase#parameters()}
     * @param profile  the profile name, one of {@link ConformanceCase#profiles()}
     * @return the rule ids reported, never null
     */
    Set<String> reportedRuleIds(ConformanceCase testCase, String profile);
}
