package org.disabilitystandards.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.model.Assessment;

/**
 * Reads one Assessment of the exchange format from JSON text (grades as integers 1-4, codes as enum
 * names, dates as yyyy-MM-dd). Errors become a one-line {@link UserInputException} without echoing values.
 */
final class AssessmentReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addDeserializer(DisabilityGrade.class, new GradeDeserializer()))
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private AssessmentReader() {
    }

    static Assessment read(String json) {
        try {
            return MAPPER.readValue(json, Assessment.class);
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage();
            int newline = detail.indexOf('\n');
            throw new UserInputException("FORMAT: invalid assessment JSON: "
                    + (newline < 0 ? detail : detail.substring(0, newline)));
        }
    }

    /** GB/T 26341 grades are written as integers 1-4 (not enum ordinals). */
    private static final class GradeDeserializer extends StdDeserializer<DisabilityGrade> {
        /** Serialization version. */
        private static final long serialVersionUID = 1L;

        GradeDeserializer() {
            super(DisabilityGrade.class);
        }

        @Override
        public DisabilityGrade deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.currentToken().isNumeric()) {
                return (DisabilityGrade) context.handleUnexpectedToken(DisabilityGrade.class, parser);
            }
            int number = parser.getIntValue();
            return DisabilityGrade.find(number).orElseThrow(() -> new UserInputException(
                    "FORMAT.UNKNOWN_CODE: grade " + number + " is not a GB/T 26341 grade 1-4"));
        }
    }
}
