package org.disabilitystandards.core.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the bundled JSON tables of this package.
 */
final class JsonResources {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonResources() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    static JsonNode bundled(String resource) {
        try (InputStream in = JsonResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static JsonNode required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalStateException(where + " lacks field " + field);
        }
        return value;
    }
}
