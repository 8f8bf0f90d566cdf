package org.disabilitystandards.examples.cli;

/**
 * An error in what the user gave the tool (a missing file, an invalid argument); its message is shown
 * as is, on one line, and the tool exits with code 2. Messages never contain personal data.
 */
public final class UserInputException extends RuntimeException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the one-line message
     */
    public UserInputException(String message) {
        super(message);
    }
}
