package org.disabilitystandards.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.disabilitystandards.core.code.CareDependencyLevel;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.json.ReadProblem.Kind;
import org.disabilitystandards.core.model.PersonRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonRecordReaderTest {

    private final PersonRecordReader reader = PersonRecordReader.standard();

    private static List<String> problems(RecordReadResult result) {
        return result.problems().stream().map(p -> p.kind() + " " + p.path()).collect(Collectors.toList());
    }

    @Test
    void aMinimalRecordHasNoProblems() {
        RecordReadResult result = reader.read(Fixtures.minimal(""));
        assertThat(result.problems()).isEmpty();
        PersonRecord record = result.record().orElseThrow();
        assertThat(record.recordId()).isEqualTo("R1");
        assertThat(record.idNumber()).isEqualTo(Fixtures.ID);
        assertThat(record.regionCode()).isEqualTo("630102");
        assertThat(result.recordId()).contains("R1");
        assertThat(result.idNumber()).contains(Fixtures.ID);
        assertThat(result.toString()).doesNotContain(Fixtures.ID).doesNotContain("样例");
    }

    @Test
    void unknownFieldNamesThatMayBePersonalDataAreNotEchoedInThePath() {
        RecordReadResult result = reader.read(Fixtures.minimal(",\"632803199001010638\":1,\"张三\":2,"
                + "\"x\\u001b[2J\":3,\"abc1234\":4,\"" + "a".repeat(33) + "\":5,\"nickname_2\":6"));
        assertThat(problems(result)).containsExactly("UNKNOWN_FIELD ?", "UNKNOWN_FIELD ?", "UNKNOWN_FIELD ?",
                "UNKNOWN_FIELD ?", "UNKNOWN_FIELD ?", "UNKNOWN_FIELD nickname_2");
        assertThat(result.record()).isPresent();
    }

    @Test
    void unknownFieldsAreReportedAndSkippedButTheRecordBuilds() {
        RecordReadResult result = reader.read(Fixtures.minimal(
                ",\"nationality\":{\"a\":[1,2,{\"b\":3}]},\"certificate\":{\"number\":\"" + Fixtures.ID
                        + "22\",\"category\":\"HEARING\",\"grade\":2,\"issuedOn\":\"2019-03-01\",\"colour\":\"red\"},"
                        + "\"assessments\":[{\"category\":\"HEARING\",\"assessedOn\":\"2019-02-10\",\"measurements\":"
                        + "{\"averageLossDbHl\":85,\"pitch\":3}}]"));
        assertThat(problems(result)).containsExactly("UNKNOWN_FIELD nationality", "UNKNOWN_FIELD certificate.colour",
                "UNKNOWN_FIELD assessments[0].measurements.pitch");
        assertThat(result.record()).isPresent();
        assertThat(result.record().orElseThrow().certificate()).isPresent();
        assertThat(result.record().orElseThrow().assessments().get(0).measurements().orElseThrow().averageLossDbHl())
                .hasValue(85.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ",\"certificate\":{\"number\":\"X\",\"category\":\"DEAF\",\"grade\":2,\"issuedOn\":\"2019-03-01\"}|UNKNOWN_CODE certificate.category",
        ",\"certificate\":{\"number\":\"X\",\"category\":\"HEARING\",\"grade\":5,\"issuedOn\":\"2019-03-01\"}|UNKNOWN_CODE certificate.grade",
        ",\"certificate\":{\"number\":\"X\",\"category\":\"HEARING\",\"grade\":0,\"issuedOn\":\"2019-03-01\"}|UNKNOWN_CODE certificate.grade",
        ",\"certificate\":{\"number\":\"X\",\"category\":\"HEARING\",\"grade\":99999999999999999999999,\"issuedOn\":\"2019-03-01\"}|UNKNOWN_CODE certificate.grade",
        ",\"certificate\":{\"number\":\"X\",\"category\":\"HEARING\",\"grade\":\"2\",\"issuedOn\":\"2019-03-01\"}|WRONG_TYPE certificate.grade",
        ",\"certificate\":{\"number\":\"X\",\"category\":\"HEARING\",\"grade\":2.0,\"issuedOn\":\"2019-03-01\"}|WRONG_TYPE certificate.grade",
        ",\"certificate\":{\"number\":\"X\",\"category\":\"HEARING\",\"grade\":2,\"issuedOn\":\"2019-02-30\"}|WRONG_TYPE certificate.issuedOn",
        ",\"certificate\":{\"number\":\"X\",\"category\":\"HEARING\",\"grade\":2,\"issuedOn\":\"2019/03/01\"}|WRONG_TYPE certificate.issuedOn",
        ",\"certificate\":{\"category\":\"HEARING\",\"grade\":2,\"issuedOn\":\"2019-03-01\"}|MISSING_FIELD certificate.number",
        ",\"certificate\":{\"number\":null,\"category\":\"HEARING\",\"grade\":2,\"issuedOn\":\"2019-03-01\"}|MISSING_FIELD certificate.number",
        ",\"certificate\":[]|WRONG_TYPE certificate",
        ",\"military\":{\"grade\":11,\"nature\":\"COMBAT\"}|UNKNOWN_CODE military.grade",
        ",\"police\":{\"grade\":3,\"nature\":\"BRAVERY\"}|UNKNOWN_CODE police.nature",
        ",\"workInjury\":{\"grade\":0}|UNKNOWN_CODE workInjury.grade",
        ",\"careLevel\":{\"level\":6}|UNKNOWN_CODE careLevel.level",
        ",\"careLevel\":{\"assessedOn\":\"2020-01-01\"}|MISSING_FIELD careLevel.level",
        ",\"assessments\":[{\"category\":\"HEARING\",\"assessedOn\":\"2019-02-10\"},{\"category\":\"INTELLECTUAL\",\"assessedOn\":\"2019-02-10\",\"measurements\":{\"iq\":\"45\"}}]|WRONG_TYPE assessments[1].measurements.iq",
        ",\"assessments\":[{\"category\":\"INTELLECTUAL\",\"assessedOn\":\"2019-02-10\",\"measurements\":{\"iq\":45.5}}]|WRONG_TYPE assessments[0].measurements.iq",
        ",\"assessments\":[{\"category\":\"VISUAL\",\"assessedOn\":\"2019-02-10\",\"measurements\":{\"bestCorrectedAcuity\":1e999}}]|WRONG_TYPE assessments[0].measurements.bestCorrectedAcuity",
        ",\"assessments\":[{\"category\":\"MULTIPLE\",\"assessedOn\":\"2019-02-10\"}]|UNKNOWN_CODE assessments[0].category",
        ",\"assessments\":[{\"category\":\"PHYSICAL\",\"assessedOn\":\"2019-02-10\",\"measurements\":{\"findings\":[\"ONE_LOWER_LEG_LOSS\",\"TAIL_LOSS\"]}}]|UNKNOWN_CODE assessments[0].measurements.findings[1]",
        ",\"assessments\":[{\"category\":\"MENTAL\",\"assessedOn\":\"2019-02-10\",\"measurements\":{\"adaptiveBehavior\":\"HUGE\"}}]|UNKNOWN_CODE assessments[0].measurements.adaptiveBehavior",
        ",\"assessments\":[null]|WRONG_TYPE assessments[0]",
        ",\"assessments\":{}|WRONG_TYPE assessments",
        ",\"benefits\":[{\"type\":\"LIVING_ALLOWANCE\",\"from\":\"2019-4\"}]|WRONG_TYPE benefits[0].from",
        ",\"benefits\":[{\"type\":\"LIVING_ALLOWANCE\",\"from\":\"2019-13\"}]|WRONG_TYPE benefits[0].from",
        ",\"benefits\":[{\"from\":\"2019-04\"}]|MISSING_FIELD benefits[0].type",
        ",\"benefits\":[{\"type\":\"LIVING_ALLOWANCE\",\"from\":\"2019-04\",\"amountFen\":\"80\"}]|WRONG_TYPE benefits[0].amountFen",
        ",\"needs\":[\"REHABILITATION\",\"MASSAGE\"]|UNKNOWN_CODE needs[1]",
        ",\"services\":[{\"type\":\"REHABILITATION\"}]|MISSING_FIELD services[0].date",
        ",\"household\":{\"minimumLivingGuarantee\":\"yes\"}|WRONG_TYPE household.minimumLivingGuarantee",
        ",\"insurance\":{\"pension\":1}|WRONG_TYPE insurance.pension",
        ",\"education\":{\"enrolled\":true,\"stage\":\"KINDERGARTEN\"}|UNKNOWN_CODE education.stage",
        ",\"employment\":{}|MISSING_FIELD employment.status",
        ",\"sex\":\"M\"|UNKNOWN_CODE sex",
        ",\"sex\":1|WRONG_TYPE sex",
        ",\"birthDate\":\"1985-7-15\"|WRONG_TYPE birthDate",
        ",\"residence\":\"SUBURBAN\"|UNKNOWN_CODE residence",
        ",\"householdId\":5|WRONG_TYPE householdId",
    })
    void problemsOfOptionalPartsNameTheirPathAndKeepTheRecord(String extra, String expected) {
        RecordReadResult result = reader.read(Fixtures.minimal(extra));
        assertThat(problems(result)).containsExactly(expected);
        assertThat(result.record()).as("the record still builds").isPresent();
        assertThat(result.problems().get(0).detail().toString()).doesNotContain("DEAF", "BRAVERY", "HUGE", "2019");
        assertThat(result.problems().get(0).detail().arguments()).allSatisfy(argument -> assertThat(argument.toString())
                .doesNotContain("DEAF", "BRAVERY", "HUGE", "2019"));
    }

    @Test
    void aNestedObjectWithAMissingRequiredFieldIsDropped() {
        RecordReadResult result = reader.read(Fixtures.minimal(
                ",\"certificate\":{\"number\":\"X\",\"category\":\"DEAF\",\"grade\":9}"));
        assertThat(problems(result)).containsExactly("UNKNOWN_CODE certificate.category", "UNKNOWN_CODE certificate.grade",
                "MISSING_FIELD certificate.issuedOn");
        assertThat(result.record().orElseThrow().certificate()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"idNumber\":\"1\",\"name\":\"n\",\"regionCode\":\"630102\"}|MISSING_FIELD recordId",
        "{\"recordId\":null,\"idNumber\":\"1\",\"name\":\"n\",\"regionCode\":\"630102\"}|MISSING_FIELD recordId",
        "{\"recordId\":\"\",\"idNumber\":\"1\",\"name\":\"n\",\"regionCode\":\"630102\"}|MISSING_FIELD recordId",
        "{\"recordId\":\"R 1\",\"idNumber\":\"1\",\"name\":\"n\",\"regionCode\":\"630102\"}|WRONG_TYPE recordId",
        "{\"recordId\":\"R1\",\"name\":\"n\",\"regionCode\":\"630102\"}|MISSING_FIELD idNumber",
        "{\"recordId\":\"R1\",\"idNumber\":630102,\"name\":\"n\",\"regionCode\":\"630102\"}|WRONG_TYPE idNumber",
        "{\"recordId\":\"R1\",\"idNumber\":\"1\",\"regionCode\":\"630102\"}|MISSING_FIELD name",
        "{\"recordId\":\"R1\",\"idNumber\":\"1\",\"name\":\"n\"}|MISSING_FIELD regionCode",
        "{\"recordId\":\"R1\",\"idNumber\":\"1\",\"name\":\"n\",\"regionCode\":630102}|WRONG_TYPE regionCode",
    })
    void aMissingOrInvalidRequiredFieldLeavesNoRecord(String line, String expected) {
        RecordReadResult result = reader.read(line);
        assertThat(problems(result)).containsExactly(expected);
        assertThat(result.record()).isEmpty();
    }

    @Test
    void rawIdentifiersAreGivenEvenWithoutARecord() {
        RecordReadResult result = reader.read("{\"recordId\":\"R9\",\"idNumber\":\"ABC\",\"certificate\":{\"grade\":7}");
        assertThat(result.record()).isEmpty();
        assertThat(result.recordId()).contains("R9");
        assertThat(result.idNumber()).contains("ABC");
        assertThat(problems(result)).containsExactly("UNKNOWN_CODE certificate.grade", "MISSING_FIELD certificate.number",
                "MISSING_FIELD certificate.category", "MISSING_FIELD certificate.issuedOn", "MALFORMED_JSON ");
    }

    @Test
    void problemsInSeveralNestedObjectsAreAllKept() {
        RecordReadResult result = reader.read(Fixtures.minimal(",\"sex\":\"X\",\"careLevel\":{\"level\":9},"
                + "\"benefits\":[{\"type\":\"CASH\",\"from\":\"2019-04\"},{\"type\":\"CARE_ALLOWANCE\",\"from\":\"x\"}]"));
        assertThat(problems(result)).containsExactly("UNKNOWN_CODE sex", "UNKNOWN_CODE careLevel.level",
                "UNKNOWN_CODE benefits[0].type", "WRONG_TYPE benefits[1].from");
        assertThat(result.record().orElseThrow().benefits()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|empty",
        "[]|array",
        "\"text\"|string",
        "42|number",
        "null|null",
        "{\"recordId\":\"R1\"|truncated",
        "{\"recordId\":\"R1\",}|trailing comma",
        "{\"recordId\":\"R1\"}{}|two objects",
        "{\"recordId\":\"R1\"} x|garbage after",
        "not json at all|garbage",
        "{'recordId':'R1'}|single quotes",
    })
    void malformedLinesAreReportedAsMalformedJson(String line, String what) {
        RecordReadResult result = reader.read(line);
        assertThat(result.record()).as(what).isEmpty();
        assertThat(result.problems()).as(what).extracting(ReadProblem::kind).contains(Kind.MALFORMED_JSON);
    }

    @Test
    void invalidUtf8AndControlCharactersAreMalformed() {
        byte[] prefix = "{\"recordId\":\"R1\",\"name\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] line = new byte[prefix.length + 3];
        System.arraycopy(prefix, 0, line, 0, prefix.length);
        line[prefix.length] = (byte) 0xC3;
        line[prefix.length + 1] = (byte) 0x28;
        line[prefix.length + 2] = '"';
        assertThat(problems(reader.read(line, 0, line.length))).contains("MALFORMED_JSON ");
        assertThat(problems(reader.read("{\"recordId\":\"R\u00011\"}"))).contains("MALFORMED_JSON ");
    }

    @Test
    void binaryGarbageNeverThrows() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 200)).checkAssert(text -> {
            RecordReadResult result = reader.read(text);
            assertThat(result).isNotNull();
        });
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        assertThat(reader.read(bytes, 0, bytes.length).problems()).isNotEmpty();
    }

    @Test
    void gradesOnBothSidesOfTheScaleEdges() {
        qt().forAll(integers().between(-3, 12)).checkAssert(grade -> {
            RecordReadResult result = reader.read(Fixtures.minimal(",\"careLevel\":{\"level\":" + grade + "}"));
            if (grade >= 0 && grade <= 5) {
                assertThat(result.problems()).isEmpty();
                assertThat(result.record().orElseThrow().careLevel().orElseThrow().level())
                        .isEqualTo(CareDependencyLevel.of(grade));
            } else {
                assertThat(problems(result)).containsExactly("UNKNOWN_CODE careLevel.level");
            }
        });
        for (int grade = 1; grade <= 4; grade++) {
            RecordReadResult result = reader.read(Fixtures.minimal(",\"assessments\":[{\"category\":\"SPEECH\","
                    + "\"assessedOn\":\"2020-01-01\",\"grade\":" + grade + "}]"));
            assertThat(result.record().orElseThrow().assessments().get(0).grade()).contains(DisabilityGrade.of(grade));
        }
    }

    @Test
    void duplicateKeysAreWrongTypeAndTheFirstValueIsKept() {
        RecordReadResult result = reader.read(Fixtures.minimal(",\"sex\":\"MALE\",\"sex\":\"FEMALE\","
                + "\"certificate\":{\"number\":\"N\",\"category\":\"VISUAL\",\"grade\":1,\"grade\":2,\"issuedOn\":\"2019-01-01\"}"));
        assertThat(problems(result)).containsExactly("WRONG_TYPE sex", "WRONG_TYPE certificate.grade");
        assertThat(result.problems()).extracting(ReadProblem::reason).containsOnly(FormatReason.DUPLICATE_KEY);
        PersonRecord record = result.record().orElseThrow();
        assertThat(record.sex()).contains(org.disabilitystandards.core.code.Sex.MALE);
        assertThat(record.certificate().orElseThrow().grade()).isEqualTo(DisabilityGrade.GRADE_1);
    }

    @Test
    void deepNestingIsTooLongNotAStackOverflow() {
        String deep = "{\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        RecordReadResult result = reader.read(deep);
        assertThat(problems(result)).containsExactly("UNKNOWN_FIELD x", "TOO_LONG ");
        assertThat(result.record()).isEmpty();
        PersonRecordReader roomy = PersonRecordReader.withLimits(new ReadLimits(1 << 20, 32, 4096, 1000));
        assertThat(problems(roomy.read(Fixtures.minimal(",\"x\":" + "[".repeat(31) + "]".repeat(31)))))
                .containsExactly("UNKNOWN_FIELD x");
        assertThat(problems(roomy.read(Fixtures.minimal(",\"x\":" + "[".repeat(32) + "]".repeat(32)))))
                .containsExactly("UNKNOWN_FIELD x", "TOO_LONG ");
    }

    @Test
    void stringsLongerThanTheirLimitAreTooLong() {
        PersonRecordReader roomy = PersonRecordReader.withLimits(new ReadLimits(4 << 20, 32, 4096, 1000));
        String megabyte = "a".repeat(1 << 20);
        RecordReadResult result = roomy.read(Fixtures.minimal(",\"householdId\":\"" + megabyte + "\""));
        assertThat(problems(result)).containsExactly("TOO_LONG householdId");
        assertThat(result.record()).isPresent();
        assertThat(problems(roomy.read(Fixtures.minimal(",\"householdId\":\"" + "h".repeat(64) + "\"")))).isEmpty();
        assertThat(problems(roomy.read(Fixtures.minimal(",\"householdId\":\"" + "h".repeat(65) + "\""))))
                .containsExactly("TOO_LONG householdId");
        RecordReadResult longName = roomy.read("{\"recordId\":\"R1\",\"idNumber\":\"1\",\"name\":\"" + megabyte
                + "\",\"regionCode\":\"1\"}");
        assertThat(problems(longName)).containsExactly("TOO_LONG name");
        assertThat(longName.record()).isEmpty();
    }

    @Test
    void linesOverTheLimitAreTooLong() {
        String padding = ",\"householdId\":\"h\"";
        String exact = Fixtures.minimal(padding);
        int size = exact.getBytes(StandardCharsets.UTF_8).length;
        PersonRecordReader limited = PersonRecordReader.withLimits(new ReadLimits(size, 32, 4096, 1000));
        assertThat(limited.read(exact).problems()).isEmpty();
        PersonRecordReader tighter = PersonRecordReader.withLimits(new ReadLimits(size - 1, 32, 4096, 1000));
        assertThat(problems(tighter.read(exact))).containsExactly("TOO_LONG ");
        byte[] tenMegabytes = new byte[10 << 20];
        java.util.Arrays.fill(tenMegabytes, (byte) ' ');
        assertThat(problems(reader.read(tenMegabytes, 0, tenMegabytes.length))).containsExactly("TOO_LONG ");
    }

    @Test
    void arraysOverTheLimitAreTooLongOnce() {
        PersonRecordReader limited = PersonRecordReader.withLimits(new ReadLimits(1 << 16, 32, 4096, 2));
        assertThat(problems(limited.read(Fixtures.minimal(",\"needs\":[\"REHABILITATION\",\"LEGAL_AID\"]")))).isEmpty();
        RecordReadResult result = limited.read(Fixtures.minimal(
                ",\"needs\":[\"REHABILITATION\",\"LEGAL_AID\",\"DAY_CARE\",\"DAY_CARE\"]"));
        assertThat(problems(result)).containsExactly("TOO_LONG needs");
        assertThat(result.record().orElseThrow().needs()).hasSize(2);
    }

    @Test
    void hugeNumbersDoNotBreakTheReader() {
        assertThat(problems(reader.read(Fixtures.minimal(",\"benefits\":[{\"type\":\"LIVING_ALLOWANCE\",\"from\":\"2019-04\","
                + "\"amountFen\":123456789012345678901234567890}]")))).containsExactly("WRONG_TYPE benefits[0].amountFen");
        assertThat(problems(reader.read(Fixtures.minimal(",\"x\":1" + "0".repeat(5000))))).containsExactly("TOO_LONG ");
    }
}
