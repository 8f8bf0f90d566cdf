package org.disabilitystandards.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.disabilitystandards.core.code.CareDependencyLevel;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.code.WorkInjuryGrade;
import org.disabilitystandards.core.id.DisabilityCertificateNumber;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.core.model.PersonRecord;
import org.junit.jupiter.api.Test;

class ExchangeJsonTest {

    private final ObjectMapper mapper = ExchangeJson.newObjectMapper();

    @Test
    void everyModelTypeRoundTripsThroughTheMapper() throws Exception {
        PersonRecord record = Fixtures.fullRecord();
        String json = mapper.writeValueAsString(record);
        assertThat(mapper.readValue(json, PersonRecord.class)).isEqualTo(record);
        for (Object part : List.of(record.certificate().orElseThrow(), record.assessments().get(0),
                record.assessments().get(1).measurements().orElseThrow(), record.military().orElseThrow(),
                record.workInjury().orElseThrow(), record.careLevel().orElseThrow(), record.household().orElseThrow(),
                record.benefits().get(0), record.insurance().orElseThrow(), record.services().get(0),
                record.education().orElseThrow(), record.employment().orElseThrow())) {
            String text = mapper.writeValueAsString(part);
            assertThat(mapper.readValue(text, part.getClass().getSuperclass())).as(text).isEqualTo(part);
        }
    }

    @Test
    void writesTheExchangeFormatShapes() throws Exception {
        JsonNode node = mapper.readTree(mapper.writeValueAsString(Fixtures.fullRecord()));
        assertThat(node.get("certificate").get("grade").isInt()).isTrue();
        assertThat(node.get("certificate").get("grade").intValue()).isEqualTo(2);
        assertThat(node.get("certificate").get("category").textValue()).isEqualTo("HEARING");
        assertThat(node.get("military").get("grade").intValue()).isEqualTo(6);
        assertThat(node.get("workInjury").get("grade").intValue()).isEqualTo(7);
        assertThat(node.get("careLevel").get("level").intValue()).isZero();
        assertThat(node.get("birthDate").textValue()).isEqualTo("1985-07-15");
        assertThat(node.get("benefits").get(0).get("from").textValue()).isEqualTo("2019-04");
        assertThat(node.get("idNumber").textValue()).isEqualTo(Fixtures.ID);
    }

    @Test
    void theStreamingReaderReadsWhatTheMapperWrites() throws Exception {
        PersonRecord record = Fixtures.fullRecord();
        RecordReadResult result = PersonRecordReader.standard().read(mapper.writeValueAsString(record));
        assertThat(result.problems()).isEmpty();
        assertThat(result.record()).contains(record);
    }

    @Test
    void numericScalesAreIntegersOnTheirScale() throws Exception {
        assertThat(mapper.writeValueAsString(DisabilityGrade.GRADE_4)).isEqualTo("4");
        assertThat(mapper.readValue("1", DisabilityGrade.class)).isEqualTo(DisabilityGrade.GRADE_1);
        assertThat(mapper.readValue("4", DisabilityGrade.class)).isEqualTo(DisabilityGrade.GRADE_4);
        assertThatThrownBy(() -> mapper.readValue("5", DisabilityGrade.class)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> mapper.readValue("0", DisabilityGrade.class)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> mapper.readValue("\"2\"", DisabilityGrade.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThat(mapper.readValue("10", MilitaryDisabilityGrade.class)).isEqualTo(MilitaryDisabilityGrade.GRADE_10);
        assertThatThrownBy(() -> mapper.readValue("11", MilitaryDisabilityGrade.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThat(mapper.readValue("10", WorkInjuryGrade.class)).isEqualTo(WorkInjuryGrade.GRADE_10);
        assertThatThrownBy(() -> mapper.readValue("11", WorkInjuryGrade.class)).isInstanceOf(JsonProcessingException.class);
        assertThat(mapper.readValue("0", CareDependencyLevel.class)).isEqualTo(CareDependencyLevel.LEVEL_0);
        assertThat(mapper.readValue("5", CareDependencyLevel.class)).isEqualTo(CareDependencyLevel.LEVEL_5);
        assertThatThrownBy(() -> mapper.readValue("6", CareDependencyLevel.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> mapper.readValue("-1", CareDependencyLevel.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThat(mapper.writeValueAsString(DisabilityCategory.MULTIPLE)).isEqualTo("\"MULTIPLE\"");
    }

    @Test
    void identifiersAreWrittenInFullAndParsedStrictly() throws Exception {
        ResidentIdNumber id = ResidentIdNumber.parse(Fixtures.ID);
        assertThat(mapper.writeValueAsString(id)).isEqualTo("\"" + Fixtures.ID + "\"");
        assertThat(mapper.readValue("\"" + Fixtures.ID + "\"", ResidentIdNumber.class)).isEqualTo(id);
        DisabilityCertificateNumber number = DisabilityCertificateNumber.of(id, DisabilityCategory.HEARING,
                DisabilityGrade.GRADE_2, 1);
        assertThat(mapper.readValue(mapper.writeValueAsString(number), DisabilityCertificateNumber.class))
                .isEqualTo(number);
        String wrongCheck = Fixtures.ID.substring(0, 17) + (Fixtures.ID.charAt(17) == '0' ? "1" : "0");
        assertThatThrownBy(() -> mapper.readValue("\"" + wrongCheck + "\"", ResidentIdNumber.class))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("CHECKSUM")
                .hasMessageNotContaining(wrongCheck);
        assertThatThrownBy(() -> mapper.readValue("\"" + Fixtures.ID.toLowerCase() + "5\"",
                DisabilityCertificateNumber.class)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void deepNestingIsRefusedByTheMapper() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThatThrownBy(() -> mapper.readTree(deep)).isInstanceOf(JsonProcessingException.class);
    }
}
