package org.disabilitystandards.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disabilitystandards.validation.rule.Records.AS_OF;
import static org.disabilitystandards.validation.rule.ServiceCases.months;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.core.code.ChildAidItem;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.json.ExchangeJson;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.validation.batch.InputFormat;
import org.disabilitystandards.validation.report.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history rules across the records of a file (the batch pass), where each record carries only part of a
 * person's or household's services.
 */
class CrossRecordHistoryTest {

    private static final ObjectMapper MAPPER = ExchangeJson.newObjectMapper();

    @TempDir
    Path spill;

    private record Run(BatchSummary summary, List<Issue> issues) {
        List<String> at(long line) {
            return issues.stream().filter(i -> i.line().orElse(-1) == line).map(Issue::ruleId).toList();
        }
    }

    private Run run(RecordValidator validator, int keysInMemory, PersonRecord... records) throws IOException {
        StringBuilder file = new StringBuilder();
        for (PersonRecord record : records) {
            file.append(json(record)).append('\n');
        }
        List<Issue> issues = new ArrayList<>();
        BatchSummary summary = ExchangeFileValidator.builder(validator, AS_OF).threads(2).batchLines(2)
                .duplicateKeysInMemory(keysInMemory).spillDirectory(spill).build()
                .validate(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)),
                        InputFormat.JSON_LINES, new BatchListener() {
                            @Override
                            public void onIssue(Issue issue) {
                                issues.add(issue);
                            }
                        });
        return new Run(summary, issues);
    }

    private static String json(PersonRecord record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RecordValidator qinghai() {
        return RecordValidator.forProfile(Profile.qinghai()).withAssistiveProductCatalogue(ServiceCases.CATALOGUE);
    }

    /** A second member record of the same household: other record id and person. */
    private static ImmutablePersonRecord member(PersonRecord record, String recordId) {
        return Records.adult().withRecordId(recordId).withIdNumber(Records.OTHER_ID)
                .withBirthDate(LocalDate.of(1990, 1, 1))
                .withCertificate(Records.certificate(Records.OTHER_ID, DisabilityCategory.HEARING, DisabilityGrade.GRADE_2))
                .withHouseholdId(record.householdId().orElseThrow()).withServices(record.services());
    }

    @Test
    void aSecondRetrofitOfTheHouseholdInAnotherRecordIsReportedOnce() throws IOException {
        PersonRecord first = ServiceCases.retrofitted(ServiceCases.doorbell().withDate(LocalDate.of(2022, 4, 1)));
        PersonRecord second = member(ServiceCases.retrofitted(), "QH-000009");
        Run run = run(qinghai(), 1 << 10, first, second);
        assertThat(run.at(1)).isEmpty();
        assertThat(run.at(2)).containsExactly("RETROFIT.ONE_PER_PERIOD");
        assertThat(run.issues().get(0).arguments()).containsEntry("first", "line 1");
        assertThat(run.summary().validRecords()).isEqualTo(1);
    }

    @Test
    void retrofitsInTwoPlanPeriodsOrTwoHouseholdsAreFine() throws IOException {
        PersonRecord first = ServiceCases.retrofitted(ServiceCases.doorbell().withDate(LocalDate.of(2020, 12, 31)));
        PersonRecord second = member(ServiceCases.retrofitted(), "QH-000009");
        PersonRecord otherHousehold = member(ServiceCases.retrofitted(), "QH-000010").withHouseholdId("HH-0002")
                .withIdNumber(Records.CHILD_ID);
        assertThat(run(qinghai(), 1 << 10, first, second).issues()).isEmpty();
        assertThat(run(qinghai(), 1 << 10, ServiceCases.retrofitted(), otherHousehold).issues())
                .extracting(Issue::ruleId).doesNotContain("RETROFIT.ONE_PER_PERIOD");
    }

    @Test
    void childAidSpreadOverRecordsIsComparedByPerson() throws IOException {
        PersonRecord january = ServiceCases.aidChild();
        PersonRecord sameMonthsElsewhere = ServiceCases.aidChild(ServiceCases.training()
                .withItem(ServiceCases.aidItem(ChildAidItem.ASSISTIVE_DEVICE)).withProviderId("QH-INST-02")
                .withPeriod(months(2025, 6, 6))).withRecordId("QH-000020");
        PersonRecord fundedAgain = ServiceCases.aidChild(ServiceCases.training().withPeriod(months(2025, 6, 7)))
                .withRecordId("QH-000021");
        PersonRecord later = ServiceCases.aidChild(ServiceCases.training().withPeriod(months(2025, 8, 9)))
                .withRecordId("QH-000022");
        Run run = run(qinghai(), 4, january, sameMonthsElsewhere, fundedAgain, later);
        assertThat(run.at(2)).contains("CHILD_AID.TWO_INSTITUTIONS").doesNotContain("CHILD_AID.DOUBLE_FUNDING");
        assertThat(run.at(3)).contains("CHILD_AID.DOUBLE_FUNDING").doesNotContain("CHILD_AID.TWO_INSTITUTIONS");
        assertThat(run.at(4)).doesNotContain("CHILD_AID.DOUBLE_FUNDING", "CHILD_AID.TWO_INSTITUTIONS");
    }

    @Test
    void aDeviceIssuedAgainInAnotherRecordWithinItsIntervalIsReported() throws IOException {
        PersonRecord earlier = ServiceCases.fitted(ServiceCases.hearingAid().withDate(LocalDate.of(2020, 6, 12))
                .withAssessedOn(LocalDate.of(2020, 6, 1)));
        PersonRecord now = ServiceCases.fitted().withRecordId("QH-000030");
        assertThat(run(qinghai(), 8, earlier, now).at(2)).contains("DEVICE.REISSUE_TOO_EARLY");
        PersonRecord fiveYearsBefore = ServiceCases.fitted(ServiceCases.hearingAid().withDate(LocalDate.of(2020, 5, 12))
                .withAssessedOn(LocalDate.of(2020, 5, 1)));
        assertThat(run(qinghai(), 8, fiveYearsBefore, now).at(2)).doesNotContain("DEVICE.REISSUE_TOO_EARLY");
        // without a catalogue there is no interval to compare with
        assertThat(run(RecordValidator.forProfile(Profile.qinghai()), 8, earlier, now).at(2))
                .doesNotContain("DEVICE.REISSUE_TOO_EARLY");
    }

    @Test
    void conflictsWithinOneRecordAreLeftToTheRecordRules() throws IOException {
        PersonRecord both = ServiceCases.retrofitted(ServiceCases.doorbell().withDate(LocalDate.of(2022, 4, 1)),
                ServiceCases.doorbell());
        assertThat(run(qinghai(), 1 << 10, both).issues()).extracting(Issue::ruleId)
                .containsExactly("RETROFIT.ONE_PER_PERIOD");
    }
}
