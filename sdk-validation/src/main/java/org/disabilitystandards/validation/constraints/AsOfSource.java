package org.disabilitystandards.validation.constraints;

/**
 * Where an identifier constraint takes its as-of date from (the latest acceptable birth date).
 */
public enum AsOfSource {
    /**
     * Today in China time (Asia/Shanghai), from the Bean Validation {@code ClockProvider} of the validation
     * context, so that tests and embedders can fix the clock through the standard API.
     */
    CLOCK_PROVIDER,
    /** The fixed ISO date of the annotation's {@code asOf} attribute. */
    FIXED
}
