package org.disabilitystandards.examples.spring;

/** A request the API cannot serve: answered 400 with the message, which never contains personal data. */
final class BadRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadRequestException(String message) {
        super(message);
    }
}
