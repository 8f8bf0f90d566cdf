package org.disabilitystandards.jackson3;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.disabilitystandards.core.json.ReadLimits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entry points for JSON of the exchange format, version 1, on Jackson 3: the twin of sdk-core's
 * {@link org.disabilitystandards.core.json.ExchangeJson}, with the same hardening and the same output.
 * Every mapper made here registers {@link DisabilityStandardsJackson3Module} (Jackson 3 has
 * {@code Optional} and {@code java.time} support built in: ISO dates {@code yyyy-MM-dd}, months
 * {@code yyyy-MM}), never enables default typing, detects duplicate keys, omits absent optional values and
 * empty lists, and limits what untrusted input may make the parser do ({@link StreamReadConstraints} from
 * {@link ReadLimits}).
 */
public final class ExchangeJson3 {

    /** The longest number literal accepted, in characters: as in sdk-core (Jackson's own default is 1000). */
    static final int MAX_NUMBER_LENGTH = 100;

    private ExchangeJson3() {
    }

    /**
     * Returns a new JSON factory whose parsers enforce the limits (nesting depth, string length, number
     * length, document length) and keep no source excerpt in error messages (the input is personal data).
     *
     * @param limits the read limits
     * @return a new factory; thread-safe
     */
    public static JsonFactory newJsonFactory(ReadLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(Math.max(limits.maxStringLength(), limits.maxLineBytes()))
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(limits.maxLineBytes())
                .maxNameLength(Math.max(limits.maxStringLength(), 1))
                .build();
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * Returns a new mapper for exchange records with the default read limits.
     *
     * @return a new mapper; immutable and thread-safe
     */
    public static JsonMapper newJsonMapper() {
        return newJsonMapper(ReadLimits.defaults());
    }

    /**
     * Returns a new mapper for exchange records: the configuration of sdk-core's Jackson 2 mapper, spelled in
     * Jackson 3 (whose defaults differ: it sorts properties alphabetically, ignores unknown properties and fails on
     * trailing tokens).
     *
     * @param limits the limits its parsers enforce
     * @return a new mapper; immutable and thread-safe
     */
    public static JsonMapper newJsonMapper(ReadLimits limits) {
        return configure(JsonMapper.builder(newJsonFactory(limits))).build();
    }

    /**
     * Applies the exchange-format settings to a mapper builder, for embedders who build their own mapper
     * (for example on a factory of their own).
     *
     * @param builder the builder to configure
     * @return the same builder
     */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder.addModule(new DisabilityStandardsJackson3Module())
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .changeDefaultPropertyInclusion(ignored -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                        JsonInclude.Include.NON_EMPTY));
    }
}
