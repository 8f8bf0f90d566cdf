package org.disabilitystandards.jackson3;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.disabilitystandards.core.code.CareDependencyLevel;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.code.UnknownCodeException;
import org.disabilitystandards.core.code.WorkInjuryGrade;
import org.disabilitystandards.core.id.DisabilityCertificateNumber;
import org.disabilitystandards.core.id.InvalidIdentifierException;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.jackson3.internal.ModelTypes;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Jackson 3 ({@code tools.jackson}) module for the codes, identifiers and models of the exchange format,
 * version 1: the Jackson 3 twin of sdk-core's Jackson 2
 * {@link org.disabilitystandards.core.json.DisabilityStandardsModule}, writing the same JSON.
 *
 * <ul>
 *   <li>Codes are written by their enum constant name ({@code HEARING}), except the numeric scales, which
 *       the format writes as JSON integers: {@link DisabilityGrade} 1-4 (GB/T 26341-2010 clause 4),
 *       {@link MilitaryDisabilityGrade} and {@link WorkInjuryGrade} 1-10, {@link CareDependencyLevel} 0-5.
 *       A number outside its scale, or a non-integer, fails to read.</li>
 *   <li>{@link ResidentIdNumber} (GB 11643-1999) and {@link DisabilityCertificateNumber} are written as
 *       their full value and parsed strictly; error messages name the reason only, never the value.</li>
 *   <li>The model interfaces ({@code PersonRecord}, {@code Certificate}, ...) are read as their immutable
 *       implementations. Their Jackson 2 {@code @JsonDeserialize(as = ...)} annotations are invisible to
 *       Jackson 3, so the module maps them instead.</li>
 *   <li>Model properties are written in the order of the exchange format and absent optional values and
 *       empty lists are omitted, whatever the mapper's own defaults (Jackson 3 sorts properties
 *       alphabetically unless told otherwise), so that a Spring Boot {@code JsonMapper} with this module
 *       writes the same JSON as {@link ExchangeJson3#newJsonMapper()}.</li>
 * </ul>
 *
 * <p>The module makes no mapper-wide choice: default typing stays off, and stream-read limits and
 * duplicate-key detection belong to the mapper (see {@link ExchangeJson3}).
 */
public final class DisabilityStandardsJackson3Module extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public DisabilityStandardsJackson3Module() {
        super("DisabilityStandardsJackson3Module", Version.unknownVersion());
        scale(DisabilityGrade.class, DisabilityGrade::number, DisabilityGrade::of);
        scale(MilitaryDisabilityGrade.class, MilitaryDisabilityGrade::number, MilitaryDisabilityGrade::of);
        scale(WorkInjuryGrade.class, WorkInjuryGrade::number, WorkInjuryGrade::of);
        scale(CareDependencyLevel.class, CareDependencyLevel::number, CareDependencyLevel::of);
        identifier(ResidentIdNumber.class, ResidentIdNumber::value, ResidentIdNumber::parse, "resident ID number");
        identifier(DisabilityCertificateNumber.class, DisabilityCertificateNumber::value,
                DisabilityCertificateNumber::parse, "disability certificate number");
        ModelTypes.mapAbstractTypes(this);
        setSerializerModifier(ModelTypes.exchangeOrder());
    }

    /**
     * Registers the module and omits absent values and empty lists of the model types.
     *
     * @param context the mapper's set-up context
     */
    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                JsonInclude.Include.NON_EMPTY);
        for (Class<?> type : ModelTypes.serializedTypes()) {
            context.configOverride(type).setInclude(nonEmpty);
        }
    }

    private <T> void scale(Class<T> type, ToIntFunction<T> toNumber, IntFunction<T> fromNumber) {
        addSerializer(type, new ValueSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator generator, SerializationContext context) {
                generator.writeNumber(toNumber.applyAsInt(value));
            }
        });
        addDeserializer(type, new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) {
                if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
                        || parser.getNumberType() != JsonParser.NumberType.INT) {
                    throw InvalidFormatException.from(parser, "expected an integer of the " + type.getSimpleName()
                            + " scale", null, type);
                }
                try {
                    return fromNumber.apply(parser.getIntValue());
                } catch (UnknownCodeException e) {
                    throw InvalidFormatException.from(parser, e.getMessage(), parser.getIntValue(), type);
                }
            }
        });
    }

    private <T> void identifier(Class<T> type, Function<T, String> toText, Function<String, T> parse, String kind) {
        addSerializer(type, new ValueSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(toText.apply(value));
            }
        });
        addDeserializer(type, new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) {
                if (parser.currentToken() != JsonToken.VALUE_STRING) {
                    throw InvalidFormatException.from(parser, "expected a string " + kind, null, type);
                }
                try {
                    return parse.apply(parser.getString());
                } catch (InvalidIdentifierException e) {
                    throw InvalidFormatException.from(parser, "invalid " + kind + " (" + e.reason() + ")", null, type);
                }
            }
        });
    }
}
