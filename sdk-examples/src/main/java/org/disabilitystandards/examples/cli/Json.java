package org.disabilitystandards.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes the JSON answers of the commands: one compact object per answer. A tree of objects, arrays and plain
 * values is written by the nodes themselves on a streaming generator, as Jackson's {@link ObjectMapper} writes
 * it with its default settings, without building a mapper (a good part of a short run's start-up); a tree with
 * any other node (a POJO) is written by a mapper.
 */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The mapper for trees holding other nodes, built on first use. */
    private static final class Mapper {

        static final ObjectMapper INSTANCE = new ObjectMapper();

        private Mapper() {
        }
    }

    private Json() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static void print(PrintWriter out, ObjectNode node) {
        out.println(text(node));
        out.flush();
    }

    /** The compact JSON text of a tree, as {@link ObjectMapper#writeValueAsString} writes it by default. */
    static String text(JsonNode node) {
        try {
            if (!plain(node)) {
                return Mapper.INSTANCE.writeValueAsString(node);
            }
            StringWriter text = new StringWriter();
            try (JsonGenerator generator = FACTORY.createGenerator(text)) {
                write(node, generator);
            }
            return text.toString();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the tree holds only objects, arrays, strings, numbers, booleans and nulls. */
    private static boolean plain(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
            case ARRAY:
                for (JsonNode child : node) {
                    if (!plain(child)) {
                        return false;
                    }
                }
                return true;
            case STRING:
            case BOOLEAN:
            case NULL:
                return true;
            case NUMBER:
                return node.isInt() || node.isLong() || node.isDouble() || node.isBigDecimal() || node.isBigInteger();
            default:
                return false;
        }
    }

    /** Writes a plain tree as the nodes write themselves under a mapper's default settings. */
    private static void write(JsonNode node, JsonGenerator generator) throws IOException {
        if (node.isObject()) {
            generator.writeStartObject(node);
            for (var field : node.properties()) {
                generator.writeFieldName(field.getKey());
                write(field.getValue(), generator);
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray(node, node.size());
            for (JsonNode element : node) {
                write(element, generator);
            }
            generator.writeEndArray();
        } else if (node.isTextual()) {
            generator.writeString(node.textValue());
        } else if (node.isBoolean()) {
            generator.writeBoolean(node.booleanValue());
        } else if (node.isNull()) {
            generator.writeNull();
        } else if (node.isInt()) {
            generator.writeNumber(node.intValue());
        } else if (node.isLong()) {
            generator.writeNumber(node.longValue());
        } else if (node.isDouble()) {
            generator.writeNumber(node.doubleValue());
        } else if (node.isBigInteger()) {
            generator.writeNumber(node.bigIntegerValue());
        } else {
            generator.writeNumber(node.decimalValue());
        }
    }
}
