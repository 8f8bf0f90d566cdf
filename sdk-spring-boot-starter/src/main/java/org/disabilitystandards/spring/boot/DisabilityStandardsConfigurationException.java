package org.disabilitystandards.spring.boot;

/**
 * A {@code disability-standards.*} property whose value the SDK cannot use (an unknown profile, a rule id
 * the catalogue lacks, a crosswalk table that is missing or broken). Thrown while the application context
 * starts; {@code DisabilityStandardsFailureAnalyzer} turns it into one start-up message naming the property.
 * The message never contains personal data: properties hold none.
 */
public class DisabilityStandardsConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The full name of the property whose value is wrong. */
    private final String property;
    /** What to do about it. */
    private final String action;

    /**
     * Creates the exception.
     *
     * @param property the full name of the property, for example {@code disability-standards.profile}
     * @param problem  what is wrong with its value
     * @param action   what to do about it
     * @param cause    the SDK's own exception, or null
     */
    public DisabilityStandardsConfigurationException(String property, String problem, String action, Throwable cause) {
        super("Invalid " + property + ": " + problem, cause);
        this.property = property;
        this.action = action;
    }

    /**
     * Returns the property whose value is wrong.
     *
     * @return the full property name
     */
    public String property() {
        return property;
    }

    /**
     * Returns what to do about it.
     *
     * @return the suggested action
     */
    public String action() {
        return action;
    }
}
