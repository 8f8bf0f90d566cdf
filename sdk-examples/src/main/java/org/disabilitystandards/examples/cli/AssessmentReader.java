package org.disabilitystandards.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.disabilitystandards.core.json.ExchangeJson;
import org.disabilitystandards.core.model.Assessment;

/**
 * Reads one Assessment of the exchange format from JSON text with the SDK's exchange mapper (grades as
 * integers 1-4, codes as enum names, dates as yyyy-MM-dd). Errors become a one-line
 * {@link UserInputException} without echoing values.
 */
final class AssessmentReader {

    private static final ObjectMapper MAPPER = ExchangeJson.newObjectMapper();

    private AssessmentReader() {
    }

    static Assessment read(String json) {
        try {
            return MAPPER.readValue(json, Assessment.class);
        } catch (JsonProcessingException e) {
            throw UserInputException.of("grade.assessmentJson", JsonProblems.describe(e));
        }
    }
}
