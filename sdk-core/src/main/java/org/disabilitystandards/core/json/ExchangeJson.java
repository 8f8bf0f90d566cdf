package org.disabilitystandards.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Entry points for JSON of the exchange format, version 1: preconfigured Jackson factories and mappers.
 * Every mapper made here registers {@link DisabilityStandardsModule}, {@link Jdk8Module} and
 * {@link JavaTimeModule} (ISO dates {@code yyyy-MM-dd}, months {@code yyyy-MM}), never enables default
 * typing, omits absent optional values and empty lists, and limits what untrusted input may make the parser do
 * ({@link StreamReadConstraints} from {@link ReadLimits}).
 */
public final class ExchangeJson {

    /** The longest number literal accepted, in characters (Jackson's own default is 1000). */
    static final int MAX_NUMBER_LENGTH = 100;

    private ExchangeJson() {
    }

    /**
     * Returns a new JSON factory whose parsers enforce the limits (nesting depth, string length, number
     * length) and keep no source excerpt in error messages (the input is personal data).
     *
     * @param limits the read limits
     * @return a new factory; thread-safe once built
     */
    public static JsonFactory newJsonFactory(ReadLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(Math.max(limits.maxStringLength(), limits.maxLineBytes()))
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(limits.maxLineBytes())
                .maxNameLength(Math.max(limits.maxStringLength(), 1))
                .build();
        return new JsonFactoryBuilder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /**
     * Returns a new object mapper for exchange records with the default read limits.
     *
     * @return a new mapper, thread-safe once configured
     */
    public static ObjectMapper newObjectMapper() {
        return newObjectMapper(ReadLimits.defaults());
    }

    /**
     * Returns a new object mapper for exchange records.
     *
     * @param limits the limits its parsers enforce
     * @return a new mapper, thread-safe once configured
     */
    public static ObjectMapper newObjectMapper(ReadLimits limits) {
        return JsonMapper.builder(newJsonFactory(limits))
                .addModule(new DisabilityStandardsModule())
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Integer, config -> refuse(config, CoercionInputShape.String,
                        CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Float, config -> refuse(config, CoercionInputShape.String,
                        CoercionInputShape.Boolean, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Boolean, config -> refuse(config, CoercionInputShape.String,
                        CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Textual, config -> refuse(config, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.Boolean))
                .build();
    }

    /**
     * The streaming {@link PersonRecordReader}'s strictness for the mapper as well: a string is never read as a
     * number or a boolean, a number or a boolean never as a string, a float never as an integer. Without this,
     * Jackson would accept {@code "hearingLossDb": "85"} that the reader refuses as FORMAT.WRONG_TYPE.
     */
    private static void refuse(MutableCoercionConfig config, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }
}
