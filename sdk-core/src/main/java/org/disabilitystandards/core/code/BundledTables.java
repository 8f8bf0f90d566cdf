package org.disabilitystandards.core.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the versioned tables bundled with the SDK (code tables, rule catalogue, profiles, crosswalks,
 * thresholds) from the class path. A missing resource is a broken build, not bad input, so it fails with
 * an unchecked exception that names the resource.
 */
public final class BundledTables {

    /**
     * Parses a table from its stream.
     *
     * @param <T> the table type
     */
    @FunctionalInterface
    public interface Parser<T> {
        /**
         * Parses the table.
         *
         * @param in the resource stream (closed by the caller)
         * @return the table
         * @throws IOException if the stream cannot be read or parsed
         */
        T parse(InputStream in) throws IOException;
    }

    private BundledTables() {
    }

    /**
     * Reads a bundled table.
     *
     * @param anchor   the class whose package the resource name is relative to
     * @param resource the resource name, relative to the anchor's package or absolute
     * @param parser   the parser of the table
     * @param <T>      the table type
     * @return the parsed table
     * @throws IllegalStateException if the resource is missing
     * @throws UncheckedIOException  if it cannot be read
     */
    public static <T> T read(Class<?> anchor, String resource, Parser<T> parser) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            return parser.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
