package org.disabilitystandards.jackson3;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.disabilitystandards.core.json.ExchangeJson;
import org.disabilitystandards.core.json.ReadLimits;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON mapper of the suite that runs against both Jackson majors: reads and writes text, throwing an
 * unchecked exception (Jackson 2's are checked) whose message is what the mapper said.
 */
interface JsonCodec {

    /** Reads a value of a type from text. */
    <T> T read(String json, Class<T> type);

    /** Writes a value as text. */
    String write(Object value);

    /** sdk-core's Jackson 2 mapper. */
    static JsonCodec jackson2(ReadLimits limits) {
        ObjectMapper mapper = ExchangeJson.newObjectMapper(limits);
        return new JsonCodec() {
            @Override
            public <T> T read(String json, Class<T> type) {
                try {
                    return mapper.readValue(json, type);
                } catch (com.fasterxml.jackson.core.JacksonException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }

            @Override
            public String write(Object value) {
                try {
                    return mapper.writeValueAsString(value);
                } catch (com.fasterxml.jackson.core.JacksonException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }

            @Override
            public String toString() {
                return "Jackson 2 ExchangeJson";
            }
        };
    }

    /** This module's Jackson 3 mapper. */
    static JsonCodec jackson3(ReadLimits limits) {
        return jackson3(ExchangeJson3.newJsonMapper(limits), "Jackson 3 ExchangeJson3");
    }

    /** A Jackson 3 mapper with Jackson 3's defaults and only the module registered, as in Spring Boot. */
    static JsonCodec jackson3ModuleOnly() {
        return jackson3(JsonMapper.builder().addModule(new DisabilityStandardsJackson3Module()).build(),
                "Jackson 3 defaults + module");
    }

    private static JsonCodec jackson3(JsonMapper mapper, String name) {
        return new JsonCodec() {
            @Override
            public <T> T read(String json, Class<T> type) {
                try {
                    return mapper.readValue(json, type);
                } catch (tools.jackson.core.JacksonException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }

            @Override
            public String write(Object value) {
                return mapper.writeValueAsString(value);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
