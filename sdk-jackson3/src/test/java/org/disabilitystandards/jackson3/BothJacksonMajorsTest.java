package org.disabilitystandards.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.disabilitystandards.core.code.CareDependencyLevel;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.code.WorkInjuryGrade;
import org.disabilitystandards.core.id.DisabilityCertificateNumber;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.core.json.ReadLimits;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.testkit.generators.RecordGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one suite both Jackson majors run: the same round trips must give byte-identical JSON, and the same
 * hostile inputs must be rejected without echoing personal data, by sdk-core's Jackson 2
 * {@code ExchangeJson} and by this module's Jackson 3 {@code ExchangeJson3}. Writing is also checked on a
 * Jackson 3 mapper with nothing but the module (as Spring Boot configures it).
 */
class BothJacksonMajorsTest {

    private static final ReadLimits SMALL = new ReadLimits(2048, 8, 64, 16);
    private static final JsonCodec J2 = JsonCodec.jackson2(ReadLimits.defaults());
    private static final JsonCodec J3 = JsonCodec.jackson3(ReadLimits.defaults());
    private static final JsonCodec J3_MODULE_ONLY = JsonCodec.jackson3ModuleOnly();
    private static final Path SAMPLE = Path.of("..", "sdk-examples", "sample-data", "sample.jsonl");

    /** A valid ID number and certificate number of a synthetic person (checksums correct, not a real one). */
    private static final String ID = "63010219900307001X";
    private static final String CERTIFICATE = ID + "22";

    static Stream<JsonCodec> strictMappers() {
        return Stream.of(J2, J3);
    }

    @Test
    void everySampleRecordReadsToEqualModelsAndWritesTheSameBytes() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        assertThat(lines).hasSizeGreaterThan(100);
        for (String line : lines) {
            PersonRecord two = J2.read(line, PersonRecord.class);
            PersonRecord three = J3.read(line, PersonRecord.class);
            assertThat(three).isEqualTo(two);
            String written = J2.write(two);
            assertThat(J3.write(three)).isEqualTo(written);
            assertThat(J3_MODULE_ONLY.write(three)).isEqualTo(written);
            assertThat(J2.read(J3.write(three), PersonRecord.class)).isEqualTo(two);
        }
    }

    @Test
    void generatedRecordsRoundTripWithIdenticalJsonUnderBothMajors() {
        qt().withExamples(300).forAll(RecordGenerators.validRecords()).checkAssert(record -> {
            String two = J2.write(record);
            assertThat(J3.write(record)).isEqualTo(two);
            assertThat(J3_MODULE_ONLY.write(record)).isEqualTo(two);
            assertThat(J3.read(two, PersonRecord.class)).isEqualTo(record);
            assertThat(J3_MODULE_ONLY.read(two, PersonRecord.class)).isEqualTo(record);
            assertThat(J2.read(J3.write(record), PersonRecord.class)).isEqualTo(record);
        });
    }

    @Test
    void codesAndIdentifiersWriteTheSameValuesUnderBothMajors() {
        Map<String, Object> values = Map.of(
                "grade", DisabilityGrade.of(4),
                "military", MilitaryDisabilityGrade.of(10),
                "workInjury", WorkInjuryGrade.of(1),
                "care", CareDependencyLevel.of(0),
                "id", ResidentIdNumber.parse(ID),
                "certificate", DisabilityCertificateNumber.parse(CERTIFICATE));
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            String two = J2.write(entry.getValue());
            assertThat(J3.write(entry.getValue())).as(entry.getKey()).isEqualTo(two);
            assertThat(J3.read(two, entry.getValue().getClass())).isEqualTo(entry.getValue());
        }
        assertThat(J3.write(ResidentIdNumber.parse(ID))).isEqualTo("\"" + ID + "\"");
        assertThat(J3.write(DisabilityGrade.of(4))).isEqualTo("4");
    }

    /** Near misses: the last value on each scale and the limits themselves are accepted by both. */
    @ParameterizedTest(name = "{0}: accepts {2}")
    @MethodSource("acceptedEdges")
    void bothMajorsAcceptTheEdges(JsonCodec codec, Class<?> type, String json) {
        assertThat(codec.read(json, type)).isNotNull();
    }

    static Stream<Arguments> acceptedEdges() {
        return strictMappers().flatMap(codec -> Stream.of(
                Arguments.of(codec, DisabilityGrade.class, "4"),
                Arguments.of(codec, DisabilityGrade.class, "1"),
                Arguments.of(codec, MilitaryDisabilityGrade.class, "10"),
                Arguments.of(codec, CareDependencyLevel.class, "0"),
                Arguments.of(codec, CareDependencyLevel.class, "5"),
                Arguments.of(codec, ResidentIdNumber.class, "\"" + ID + "\""),
                Arguments.of(codec, Object.class, "[".repeat(32) + "]".repeat(32)),
                Arguments.of(codec, Object.class, "1" + "0".repeat(99))));
    }

    @ParameterizedTest(name = "{0}: rejects {1}")
    @MethodSource("hostileInputs")
    void bothMajorsRejectHostileInputWithoutEchoingIt(JsonCodec codec, String why, Class<?> type, String json,
            String secret) {
        assertThatThrownBy(() -> codec.read(json, type))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain(secret));
    }

    static Stream<Arguments> hostileInputs() {
        String record = "{\"recordId\":\"R-1\",\"idNumber\":\"" + ID + "\",\"name\":\"测试甲\",\"regionCode\":\"630102\"";
        return strictMappers().flatMap(codec -> Stream.of(
                Arguments.of(codec, "duplicate key", PersonRecord.class,
                        record + ",\"name\":\"测试乙\"}", "测试乙"),
                Arguments.of(codec, "grade 5", DisabilityGrade.class, "5", "\u0000"),
                Arguments.of(codec, "grade 0", DisabilityGrade.class, "0", "\u0000"),
                Arguments.of(codec, "grade as text", DisabilityGrade.class, "\"2\"", "\u0000"),
                Arguments.of(codec, "grade as decimal", DisabilityGrade.class, "2.0", "\u0000"),
                Arguments.of(codec, "military grade 11", MilitaryDisabilityGrade.class, "11", "\u0000"),
                Arguments.of(codec, "work-injury grade 0", WorkInjuryGrade.class, "0", "\u0000"),
                Arguments.of(codec, "care level 6", CareDependencyLevel.class, "6", "\u0000"),
                Arguments.of(codec, "grade beyond int", DisabilityGrade.class, "4294967297", "\u0000"),
                Arguments.of(codec, "ID checksum", ResidentIdNumber.class, "\"630102199003070010\"",
                        "630102199003070010"),
                Arguments.of(codec, "ID as number", ResidentIdNumber.class, "630102199003070010", "630102199003070010"),
                Arguments.of(codec, "certificate grade digit", DisabilityCertificateNumber.class,
                        "\"" + ID + "25\"", ID),
                Arguments.of(codec, "certificate grade 5 in a model", Certificate.class,
                        "{\"number\":\"" + CERTIFICATE + "\",\"category\":\"HEARING\",\"grade\":5}", CERTIFICATE),
                Arguments.of(codec, "undefined code", PersonRecord.class,
                        record + ",\"sex\":\"UNKNOWN_SEX\"}", ID),
                Arguments.of(codec, "default-typing gadget", PersonRecord.class,
                        record + ",\"@class\":\"java.lang.ProcessBuilder\"}", ID),
                Arguments.of(codec, "unknown field", PersonRecord.class, record + ",\"colour\":\"red\"}", ID),
                Arguments.of(codec, "missing required field", PersonRecord.class,
                        "{\"recordId\":\"R-1\",\"idNumber\":\"" + ID + "\",\"regionCode\":\"630102\"}", ID),
                Arguments.of(codec, "null required field", PersonRecord.class,
                        "{\"recordId\":null,\"idNumber\":\"" + ID + "\",\"name\":\"测试甲\",\"regionCode\":\"630102\"}",
                        ID),
                Arguments.of(codec, "nesting deeper than 32", Object.class, "[".repeat(33) + "]".repeat(33), "\u0000"),
                Arguments.of(codec, "number of 101 digits", Object.class, "1" + "0".repeat(100), "0".repeat(100)),
                Arguments.of(codec, "not an object", PersonRecord.class, "[\"" + ID + "\"]", ID),
                Arguments.of(codec, "truncated", PersonRecord.class, record, ID)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallLimitMappers")
    void limitsOfReadLimitsApplyUnderBothMajors(JsonCodec codec) {
        assertThat(codec.read("[[[[[[[[]]]]]]]]", Object.class)).isNotNull();
        assertThatThrownBy(() -> codec.read("[[[[[[[[[]]]]]]]]]", Object.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("depth");
        assertThatThrownBy(() -> codec.read("\"" + "x".repeat(4000) + "\"", Object.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(codec.read("\"" + "x".repeat(1000) + "\"", Object.class)).isNotNull();
    }

    static Stream<JsonCodec> smallLimitMappers() {
        return Stream.of(JsonCodec.jackson2(SMALL), JsonCodec.jackson3(SMALL));
    }
}
