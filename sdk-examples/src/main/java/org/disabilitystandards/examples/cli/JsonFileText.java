package org.disabilitystandards.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.disabilitystandards.core.json.ExchangeJson;
import org.disabilitystandards.core.json.ReadLimits;

/**
 * Reads a small JSON file a command is given ({@code grade --assessment @FILE}, {@code quota FILE},
 * {@code convert --table FILE}) before any mapper sees it: at most {@link #MAX_BYTES} bytes, then one pass
 * that checks it is exactly one JSON value (nothing after it), nested at most {@link #MAX_DEPTH} levels. Every
 * failure is a one-line {@link UserInputException} that names the file and the kind of problem, never a value
 * from the file.
 */
final class JsonFileText {

    /** The largest file accepted: 1 MiB. */
    static final int MAX_BYTES = 1 << 20;
    /** The deepest nesting accepted. */
    static final int MAX_DEPTH = ReadLimits.DEFAULT_MAX_NESTING_DEPTH;

    private static final JsonFactory FACTORY = ExchangeJson.newJsonFactory(new ReadLimits(MAX_BYTES, MAX_DEPTH,
            MAX_BYTES, ReadLimits.DEFAULT_MAX_ARRAY_LENGTH));

    private JsonFileText() {
    }

    /**
     * Reads and checks a file.
     *
     * @param what how the message names the file (an option and the file name)
     * @param file the file
     * @return the file's bytes, one JSON value
     * @throws UserInputException if the file cannot be read, is too large, or is not one JSON value
     */
    static byte[] read(String what, Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw UserInputException.of("error.cannotRead", what, new UserInputException.Reason("reason.directory"));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw UserInputException.of("error.cannotRead", what, new UserInputException.Reason("reason.noSuchFile"));
        } catch (AccessDeniedException e) {
            throw UserInputException.of("error.cannotRead", what, new UserInputException.Reason("reason.permission"));
        } catch (IOException e) {
            throw UserInputException.of("error.cannotRead", what, e.getClass().getSimpleName());
        }
        if (bytes.length > MAX_BYTES) {
            throw UserInputException.of("error.fileTooLarge", what, MAX_BYTES >> 20);
        }
        check(what, bytes);
        return bytes;
    }

    /**
     * Checks that bytes are exactly one JSON value within the nesting limit.
     *
     * @param what  how the message names the input
     * @param bytes the bytes
     * @throws UserInputException if they are not
     */
    static void check(String what, byte[] bytes) {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            if (parser.nextToken() == null) {
                throw UserInputException.of("error.jsonEmpty", what);
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw UserInputException.of("error.jsonTrailing", what, parser.currentLocation().getLineNr());
            }
        } catch (StreamConstraintsException e) {
            throw UserInputException.of("error.jsonTooDeep", what, MAX_DEPTH);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw line > 0 ? UserInputException.of("error.jsonInvalidAt", what, line) : UserInputException.of("error.jsonInvalid", what);
        } catch (IOException e) {
            throw UserInputException.of("error.jsonInvalid", what);
        }
    }
}
