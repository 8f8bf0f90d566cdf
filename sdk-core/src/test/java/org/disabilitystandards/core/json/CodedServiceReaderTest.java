package org.disabilitystandards.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.disabilitystandards.core.code.ChildAidProof;
import org.disabilitystandards.core.code.ChildAidTargetGroup;
import org.disabilitystandards.core.code.ItemCodeSystem;
import org.disabilitystandards.core.code.ItemKind;
import org.disabilitystandards.core.code.ServiceProgramme;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.core.model.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The service fields of exchange format 1.1 in the streaming reader. */
class CodedServiceReaderTest {

    private final PersonRecordReader reader = PersonRecordReader.standard();

    private static String services(String service) {
        return ",\"services\":[" + service + "]";
    }

    private static List<String> problems(RecordReadResult result) {
        return result.problems().stream().map(p -> p.kind() + " " + p.path()).collect(Collectors.toList());
    }

    @Test
    void readsEveryNewField() {
        RecordReadResult result = reader.read(Fixtures.minimal(services("{\"type\":\"CHILD_REHABILITATION\","
                + "\"date\":\"2025-01-15\",\"providerId\":\"QH-INST-01\",\"item\":{\"code\":\"REHABILITATION_TRAINING\","
                + "\"system\":\"CHILD_AID_ITEM\"},\"programme\":\"CHILD_REHABILITATION_AID\",\"amountFen\":1500000,"
                + "\"period\":{\"from\":\"2025-01\",\"to\":\"2025-06\"},\"assessedOn\":\"2024-12-20\","
                + "\"childAid\":{\"targetGroup\":\"AUTISM\",\"applicationDate\":\"2024-12-01\",\"proof\":\"HOSPITAL_DIAGNOSIS\","
                + "\"registrationRegionCode\":\"630102\"}}")));
        assertThat(result.problems()).isEmpty();
        Service service = result.record().orElseThrow().services().get(0);
        assertThat(service.item().orElseThrow().system()).isEqualTo(ItemCodeSystem.CHILD_AID_ITEM);
        assertThat(service.item().orElseThrow().kind()).isEqualTo(ItemKind.AID_ITEM);
        assertThat(service.programme()).contains(ServiceProgramme.CHILD_REHABILITATION_AID);
        assertThat(service.amountFen()).hasValue(1_500_000);
        assertThat(service.period().orElseThrow().to()).isEqualTo(YearMonth.of(2025, 6));
        assertThat(service.period().orElseThrow().monthsIn(2025)).isEqualTo(6);
        assertThat(service.assessedOn()).contains(LocalDate.of(2024, 12, 20));
        assertThat(service.childAid().orElseThrow().targetGroup()).isEqualTo(ChildAidTargetGroup.AUTISM);
        assertThat(service.childAid().orElseThrow().proof()).contains(ChildAidProof.HOSPITAL_DIAGNOSIS);
        assertThat(service.isIn(ServiceProgramme.CHILD_REHABILITATION_AID)).isTrue();
    }

    @Test
    void aFormatOneZeroServiceReadsAsBefore() {
        RecordReadResult result = reader.read(Fixtures.minimal(services(
                "{\"type\":\"ACCESSIBILITY_RETROFIT\",\"date\":\"2024-05-01\"}")));
        assertThat(result.problems()).isEmpty();
        Service service = result.record().orElseThrow().services().get(0);
        assertThat(service.item()).isEmpty();
        assertThat(service.isIn(ServiceProgramme.HOUSEHOLD_ACCESSIBILITY_RETROFIT)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"code\":\"22 06\",\"system\":\"GBT_16432\"}|MISSING_FIELD services[0].item.edition",
        "{\"code\":\"22 06\"}|MISSING_FIELD services[0].item.system",
        "{\"system\":\"GBT_16432\",\"edition\":\"2016\"}|MISSING_FIELD services[0].item.code",
        "{\"code\":\"22 06\",\"system\":\"ISO9999\",\"edition\":\"2016\"}|UNKNOWN_CODE services[0].item.system",
        "{\"code\":22,\"system\":\"GBT_16432\",\"edition\":\"2016\"}|WRONG_TYPE services[0].item.code",
        "{\"code\":\"22 06\",\"system\":\"GBT_16432\",\"edition\":\"2016\",\"title\":\"x\"}|UNKNOWN_FIELD services[0].item.title",
        "[]|WRONG_TYPE services[0].item",
    })
    void itemProblemsNameTheirPath(String item, String expected) {
        RecordReadResult result = reader.read(Fixtures.minimal(services(
                "{\"type\":\"ASSISTIVE_DEVICE_FITTING\",\"date\":\"2025-05-12\",\"item\":" + item + "}")));
        assertThat(problems(result)).containsExactly(expected);
        assertThat(result.record()).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"amountFen\":-1|WRONG_TYPE services[0].amountFen",
        "\"amountFen\":1.5|WRONG_TYPE services[0].amountFen",
        "\"programme\":\"RETROFIT\"|UNKNOWN_CODE services[0].programme",
        "\"period\":{\"from\":\"2025-06\",\"to\":\"2025-01\"}|WRONG_TYPE services[0].period.to",
        "\"period\":{\"from\":\"2025-06\"}|MISSING_FIELD services[0].period.to",
        "\"period\":{\"from\":\"2025-13\",\"to\":\"2025-12\"}|WRONG_TYPE services[0].period.from",
        "\"assessedOn\":\"2025-02-30\"|WRONG_TYPE services[0].assessedOn",
        "\"childAid\":{\"applicationDate\":\"2024-12-01\"}|MISSING_FIELD services[0].childAid.targetGroup",
        "\"childAid\":{\"targetGroup\":\"DEAF\",\"applicationDate\":\"2024-12-01\"}|UNKNOWN_CODE services[0].childAid.targetGroup",
        "\"childAid\":{\"targetGroup\":\"HEARING\"}|MISSING_FIELD services[0].childAid.applicationDate",
        "\"childAid\":{\"targetGroup\":\"HEARING\",\"applicationDate\":\"2024-12-01\",\"proof\":\"PHOTO\"}|UNKNOWN_CODE services[0].childAid.proof",
    })
    void newFieldProblemsNameTheirPathAndKeepTheService(String field, String expected) {
        RecordReadResult result = reader.read(Fixtures.minimal(services(
                "{\"type\":\"CHILD_REHABILITATION\",\"date\":\"2025-01-15\"," + field + "}")));
        assertThat(problems(result)).containsExactly(expected);
        PersonRecord record = result.record().orElseThrow();
        assertThat(record.services()).hasSize(1);
    }

    @Test
    void problemDetailsNeverEchoTheValue() {
        RecordReadResult result = reader.read(Fixtures.minimal(services("{\"type\":\"CHILD_REHABILITATION\","
                + "\"date\":\"2025-01-15\",\"childAid\":{\"targetGroup\":\"SECRET-VALUE\",\"applicationDate\":\"2024-12-01\"}}")));
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.detail().toString()).doesNotContain("SECRET-VALUE"));
    }
}
