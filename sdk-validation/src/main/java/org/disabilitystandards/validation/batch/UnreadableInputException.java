package org.disabilitystandards.validation.batch;

import java.io.IOException;

/**
 * An input that is not a text exchange file at all, refused before any line is read: a workbook or other
 * zip archive, a legacy Excel or other OLE2 compound file, a PDF, a gzip stream, or other binary data given
 * where JSON Lines or CSV is expected. One clear message, without any of the input's content.
 */
public final class UnreadableInputException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what the input looks like and what to do, without input content
     */
    public UnreadableInputException(String message) {
        super(message);
    }
}
