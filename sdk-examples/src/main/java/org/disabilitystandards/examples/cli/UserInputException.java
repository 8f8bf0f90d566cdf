package org.disabilitystandards.examples.cli;

import java.util.Locale;

/**
 * An error in what the user gave the tool (a missing file, an invalid argument); its message is shown
 * as is, on one line, and the tool exits with code 2. Messages never contain personal data. An exception made
 * by {@link #of} carries a text key and arguments ({@link CliText}) and is shown in the language of the run;
 * {@link #getMessage()} is its English text.
 */
public final class UserInputException extends RuntimeException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /**
     * A text key used as an argument: rendered in the same language as the message.
     *
     * @param key the key of {@link CliText}
     */
    record Reason(String key) {
    }

    /** The text key of {@link CliText}, or null for a message given as text. */
    private final String key;
    private final transient Object[] arguments;

    /**
     * Creates the exception.
     *
     * @param message the one-line message
     */
    public UserInputException(String message) {
        super(message);
        this.key = null;
        this.arguments = new Object[0];
    }

    private UserInputException(String key, Object[] arguments) {
        super(render(Locale.ENGLISH, key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    /**
     * Creates the exception from a text key of {@link CliText}.
     *
     * @param key       the key
     * @param arguments the arguments; a {@link Reason} is rendered as its text
     * @return the exception
     */
    static UserInputException of(String key, Object... arguments) {
        return new UserInputException(key, arguments);
    }

    /**
     * Returns the message in a language (the English message where the exception has no key).
     *
     * @param locale the language
     * @return the message
     */
    String message(Locale locale) {
        return key == null || arguments == null ? getMessage() : render(locale, key, arguments);
    }

    private static String render(Locale locale, String key, Object[] arguments) {
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            shown[i] = argument instanceof Reason ? CliText.render(locale, ((Reason) argument).key())
                    : String.valueOf(argument);
        }
        return CliText.render(locale, key, shown);
    }
}
