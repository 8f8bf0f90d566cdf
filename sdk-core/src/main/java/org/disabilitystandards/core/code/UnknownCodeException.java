package org.disabilitystandards.core.code;

/**
 * Thrown when a code, number or name is not defined by a code system. Carries the code system id and the
 * rejected value for the caller's own use; the message names the code system and the value's length only, so
 * that a value that did not validate (which may be anything a caller passed, an ID number included) is never
 * echoed into a log or a report.
 */
public final class UnknownCodeException extends IllegalArgumentException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** Id of the code system that was asked. */
    private final String codeSystemId;
    /** The rejected value, shortened. */
    private final String value;

    /**
     * Creates the exception.
     *
     * @param codeSystem the code system that was asked
     * @param value      the value it does not define
     */
    public UnknownCodeException(CodeSystem codeSystem, Object value) {
        super("Unknown code in " + codeSystem.id() + " (" + codeSystem.edition() + "): a value of "
                + String.valueOf(value).length() + " characters, not shown");
        this.codeSystemId = codeSystem.id();
        this.value = shorten(value);
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    /**
     * Returns the id of the code system that does not define the value.
     *
     * @return the code system id
     */
    public String codeSystemId() {
        return codeSystemId;
    }

    /**
     * Returns the rejected value (shortened to 40 characters).
     *
     * @return the rejected value
     */
    public String value() {
        return value;
    }
}
