package org.disabilitystandards.validation.quota;

/**
 * An employer description the quota check cannot work with (more disabled employees than staff, a
 * federation organ without its cadre count, an organ without its level). The message names the field and
 * holds no personal data.
 */
public final class InvalidEmployerException extends IllegalArgumentException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the field
     */
    public InvalidEmployerException(String message) {
        super(message);
    }
}
