package org.disabilitystandards.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
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

/**
 * Jackson module for the codes and identifiers of the exchange format, version 1, for embedders'
 * {@link com.fasterxml.jackson.databind.ObjectMapper}s (see {@link ExchangeJson#newObjectMapper()} for a
 * mapper configured with it).
 *
 * <ul>
 *   <li>Codes are written by their enum constant name ({@code HEARING}), Jackson's default for enums,
 *       except the numeric scales, which the format writes as JSON integers: {@link DisabilityGrade}
 *       1-4 (GB/T 26341-2010 clause 4), {@link MilitaryDisabilityGrade} and {@link WorkInjuryGrade} 1-10,
 *       {@link CareDependencyLevel} 0-5. A number outside its scale, or a non-integer, fails to read.</li>
 *   <li>{@link ResidentIdNumber} (GB 11643-1999) and {@link DisabilityCertificateNumber} are written as
 *       their full value (not their masked {@code toString}) and parsed strictly on read. Error messages
 *       name the reason only, never the value.</li>
 * </ul>
 */
public final class DisabilityStandardsModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public DisabilityStandardsModule() {
        super("DisabilityStandardsModule", Version.unknownVersion());
        scale(DisabilityGrade.class, DisabilityGrade::number, DisabilityGrade::of);
        scale(MilitaryDisabilityGrade.class, MilitaryDisabilityGrade::number, MilitaryDisabilityGrade::of);
        scale(WorkInjuryGrade.class, WorkInjuryGrade::number, WorkInjuryGrade::of);
        scale(CareDependencyLevel.class, CareDependencyLevel::number, CareDependencyLevel::of);
        identifier(ResidentIdNumber.class, ResidentIdNumber::value, ResidentIdNumber::parse, "resident ID number");
        identifier(DisabilityCertificateNumber.class, DisabilityCertificateNumber::value,
                DisabilityCertificateNumber::parse, "disability certificate number");
    }

    private <T> void scale(Class<T> type, ToIntFunction<T> toNumber, IntFunction<T> fromNumber) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeNumber(toNumber.applyAsInt(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
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
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeString(toText.apply(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                if (parser.currentToken() != JsonToken.VALUE_STRING) {
                    throw InvalidFormatException.from(parser, "expected a string " + kind, null, type);
                }
                try {
                    return parse.apply(parser.getText());
                } catch (InvalidIdentifierException e) {
                    throw InvalidFormatException.from(parser, "invalid " + kind + " (" + e.reason() + ")", null, type);
                }
            }
        });
    }
}
