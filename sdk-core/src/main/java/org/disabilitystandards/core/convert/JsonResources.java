package org.disabilitystandards.core.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.disabilitystandards.core.code.BundledTables;

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
        return BundledTables.read(JsonResources.class, resource, MAPPER::readTree);
    }

    static JsonNode required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalStateException(where + " lacks field " + field);
        }
        return value;
    }
}
