package org.disabilitystandards.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.disabilitystandards.core.model.Measurements;
import org.disabilitystandards.core.model.PersonRecord;
import org.junit.jupiter.api.Test;

/**
 * Hostile payloads against the databind mapper that embedders use: every one is refused with a
 * {@link JsonProcessingException} that does not echo the payload, never an OutOfMemoryError or a
 * StackOverflowError, and type hints are never honoured.
 */
class ExchangeJsonHardeningTest {

    private static final String ID = "11010519491231002X";
    private static final String PERSON = "{\"recordId\":\"R1\",\"idNumber\":\"" + ID + "\",\"name\":\"张三\","
            + "\"regionCode\":\"630102\"";

    private final ObjectMapper mapper = ExchangeJson.newObjectMapper();

    private void refused(String json, Class<?> type) {
        assertThatThrownBy(() -> mapper.readValue(json, type)).isInstanceOf(JsonProcessingException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(ID).doesNotContain("张三"));
    }

    @Test
    void scalarsAreNotCoercedJustAsTheStreamingReaderRefusesThem() throws Exception {
        refused("{\"iq\":\"60\"}", Measurements.class);
        refused("{\"iq\":60.5}", Measurements.class);
        refused("{\"iq\":true}", Measurements.class);
        refused("{\"averageLossDbHl\":\"85\"}", Measurements.class);
        refused("{\"recordId\":12345,\"idNumber\":\"" + ID + "\",\"name\":\"张三\",\"regionCode\":\"630102\"}",
                PersonRecord.class);
        // near miss: the same values as JSON numbers and strings are read
        assertThat(mapper.readValue("{\"iq\":60}", Measurements.class).iq()).hasValue(60);
        byte[] line = "{\"recordId\":12345}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(PersonRecordReader.withLimits(ReadLimits.defaults()).read(line, 0,
                line.length).problems())
                .anySatisfy(problem -> assertThat(problem.kind()).isEqualTo(ReadProblem.Kind.WRONG_TYPE));
    }

    @Test
    void hugeNumbersAreRefused() {
        refused("{\"averageLossDbHl\":" + "9".repeat(5000) + "}", Measurements.class);
        refused("{\"iq\":" + "1".repeat(200) + "}", Measurements.class);
    }

    @Test
    void deepNestingIsRefusedWithoutStackOverflow() {
        refused(PERSON + ",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}", PersonRecord.class);
    }

    @Test
    void longStringsAndDocumentsAreRefused() {
        refused(PERSON.replace("张三", "张".repeat(200_000)) + "}", PersonRecord.class);
    }

    @Test
    void duplicateKeysAreRefused() {
        refused(PERSON + ",\"name\":\"李四\"}", PersonRecord.class);
    }

    @Test
    void typeHintsAreNeverHonoured() throws JsonProcessingException {
        refused(PERSON + ",\"@class\":\"java.net.URL\"}", PersonRecord.class);
        assertThat(mapper.readValue(PERSON + "}", Object.class)).isInstanceOf(java.util.Map.class);
    }

    @Test
    void wellFormedRecordsStillRead() throws JsonProcessingException {
        PersonRecord record = mapper.readValue(PERSON + "}", PersonRecord.class);
        assertThat(record.idNumber()).isEqualTo(ID);
    }
}
