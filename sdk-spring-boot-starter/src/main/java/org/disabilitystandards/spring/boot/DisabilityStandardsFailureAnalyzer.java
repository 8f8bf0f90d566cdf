package org.disabilitystandards.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link DisabilityStandardsConfigurationException} at start-up as one clear message that names
 * the property, instead of a chain of bean-creation exceptions. Registered in {@code META-INF/spring.factories}.
 */
public final class DisabilityStandardsFailureAnalyzer
        extends AbstractFailureAnalyzer<DisabilityStandardsConfigurationException> {

    /** Creates the analyzer (Spring Boot instantiates it). */
    public DisabilityStandardsFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DisabilityStandardsConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
