package org.disabilitystandards.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disabilitystandards.validation.rule.Records.AS_OF;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.grading.GradingParameters;
import org.disabilitystandards.core.json.FormatReason;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class RecordValidatorTest {

    private static final RecordValidator NATIONAL = RecordValidator.forProfile(Profile.national());
    private static final RecordValidator QINGHAI = RecordValidator.forProfile(Profile.qinghai());

    static Stream<BrokenRecords.Case> cases() {
        return BrokenRecords.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aRecordThatBreaksOneRuleReportsExactlyThatRule(BrokenRecords.Case c) {
        ValidationReport report = RecordValidator.forProfile(c.profile()).validate(c.record(), AS_OF);
        assertThat(report.ruleIds()).containsExactly(c.ruleId());
        Rule rule = RuleCatalogue.bundled().get(c.ruleId());
        for (Issue issue : report.issues()) {
            assertThat(issue.severity()).isEqualTo(rule.defaultSeverity());
            assertThat(issue.arguments().keySet()).containsExactlyElementsOf(rule.argumentNames());
            assertThat(issue.source()).isEqualTo(rule.source());
            assertThat(issue.edition()).isEqualTo(RuleCatalogue.bundled().edition());
            assertThat(issue.path()).isNotEmpty();
        }
    }

    @Test
    void cleanRecordsReportNothingUnderBothProfiles() {
        for (PersonRecord record : List.of(Records.minimal(), Records.adult(), Records.child())) {
            assertThat(NATIONAL.validate(record, AS_OF).issues()).as(record.recordId()).isEmpty();
            assertThat(QINGHAI.validate(record, AS_OF).issues()).as(record.recordId()).isEmpty();
        }
    }

    @Test
    void everyRecordLevelRuleHasABreakingCase() {
        List<String> formatLevel = RuleCatalogue.bundled().rules().stream()
                .filter(r -> r.domain() == RuleDomain.FORMAT || r.domain() == RuleDomain.EMPLOYMENT_QUOTA
                        || r.id().equals("SERVICE_GRADE.RANGE"))
                .map(Rule::id).toList();
        List<String> all = RuleCatalogue.bundled().rules().stream().map(Rule::id)
                .filter(id -> !formatLevel.contains(id)).toList();
        assertThat(BrokenRecords.coveredIds()).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void regionOutsideProfileOnlyUnderQinghai() {
        PersonRecord record = Records.minimal().withRegionCode("110101");
        assertThat(NATIONAL.validate(record, AS_OF).issues()).isEmpty();
        assertThat(QINGHAI.validate(record, AS_OF).ruleIds()).containsExactly("REGION.OUTSIDE_PROFILE");
    }

    @Test
    void childAidUpToSeventeenWithCertificateOnlyInQinghai() {
        PersonRecord tenYearsOld = BrokenRecords.childBorn(LocalDate.of(2015, 5, 1));
        assertThat(NATIONAL.validate(tenYearsOld, AS_OF).ruleIds()).containsExactly("BENEFIT.CHILD_AID_AGE");
        assertThat(QINGHAI.validate(tenYearsOld, AS_OF).issues()).isEmpty();
    }

    @Test
    void childAidAgeBoundaries() {
        // national: 6 is the last covered age; qinghai: 17 is, 18 is not.
        PersonRecord sixYearsOld = BrokenRecords.childBorn(LocalDate.of(2018, 6, 30));
        PersonRecord sevenYearsOld = BrokenRecords.childBorn(LocalDate.of(2018, 6, 29));
        assertThat(NATIONAL.validate(sixYearsOld, AS_OF.minusDays(1)).ruleIds()).isEmpty();
        assertThat(NATIONAL.validate(sevenYearsOld, AS_OF).ruleIds()).containsExactly("BENEFIT.CHILD_AID_AGE");
        PersonRecord seventeen = BrokenRecords.childBorn(LocalDate.of(2007, 7, 1));
        PersonRecord eighteen = BrokenRecords.childBorn(LocalDate.of(2007, 6, 30));
        assertThat(QINGHAI.validate(seventeen, AS_OF).ruleIds()).isEmpty();
        assertThat(QINGHAI.validate(eighteen, AS_OF).ruleIds()).containsExactly("BENEFIT.CHILD_AID_AGE");
    }

    @Test
    void asOfDateSwitchesRulesOnAndOff() {
        PersonRecord record = Records.adult().withHousehold(Household.builder().nearPoverty(true).build())
                .withBenefits(Records.benefit(BenefitType.CARE_ALLOWANCE)).withServices(List.of());
        assertThat(QINGHAI.validate(record, LocalDate.of(2021, 6, 30)).ruleIds()).isEmpty();
        assertThat(QINGHAI.validate(record, LocalDate.of(2021, 7, 1)).ruleIds())
                .containsExactly("ELIGIBLE.DIBAO_SINGLE_APPLICATION");
        // certificate validity rules begin with 残疾人证管理办法 on 2018-01-01
        PersonRecord noValidity = Records.minimal().withCertificate(Certificate.builder()
                .from(Records.certificate(Records.ADULT_ID, DisabilityCategory.HEARING, DisabilityGrade.GRADE_2))
                .issuedOn(LocalDate.of(2010, 3, 1)).validUntil(LocalDate.of(2010, 3, 1)).build());
        assertThat(QINGHAI.rulesInForce(LocalDate.of(2017, 12, 31))).extracting(Rule::id)
                .doesNotContain("CERT.VALIDITY_ORDER");
        assertThat(QINGHAI.validate(noValidity, LocalDate.of(2017, 12, 31)).ruleIds())
                .doesNotContain("CERT.VALIDITY_ORDER");
        assertThat(QINGHAI.validate(noValidity, LocalDate.of(2018, 1, 1)).ruleIds()).contains("CERT.VALIDITY_ORDER");
    }

    @Test
    void customProfileChangesSeverityParameterAndSwitchesRulesOff() {
        PersonRecord expired = Records.adult().withCertificate(Certificate.builder()
                .from(Records.adult().certificate().orElseThrow()).validUntil(LocalDate.of(2025, 1, 1)).build());
        Profile strict = Profile.qinghai().toBuilder().name("xining").severity("CERT.EXPIRED", Severity.ERROR).build();
        assertThat(RecordValidator.forProfile(strict).validate(expired, AS_OF).hasErrors()).isTrue();
        assertThat(QINGHAI.validate(expired, AS_OF).hasErrors()).isFalse();
        Profile quiet = Profile.qinghai().toBuilder().disable("CERT.EXPIRED").build();
        assertThat(RecordValidator.forProfile(quiet).validate(expired, AS_OF).issues()).isEmpty();
        assertThat(RecordValidator.forProfile(quiet).isEnabled("CERT.EXPIRED")).isFalse();

        PersonRecord grade3Mental = Records.adult()
                .withCertificate(Records.certificate(Records.ADULT_ID, DisabilityCategory.MENTAL, DisabilityGrade.GRADE_3))
                .withAssessments(List.of());
        assertThat(QINGHAI.validate(grade3Mental, AS_OF).ruleIds()).containsExactly("BENEFIT.CARE_ALLOWANCE_INELIGIBLE");
        Profile wider = Profile.qinghai().toBuilder()
                .parameters(p -> p.careAllowanceGrade3IntellectualMental(true)).build();
        assertThat(RecordValidator.forProfile(wider).validate(grade3Mental, AS_OF).issues()).isEmpty();
        // the bundled profile is untouched
        assertThat(Profile.qinghai().parameters().careAllowanceGrade3IntellectualMental()).isFalse();
        assertThat(Profile.qinghai().severityOverrides()).isEmpty();
    }

    @Test
    void gradingParametersOfTheProfileDecideBoundaryCases() {
        PersonRecord record = Records.adult().withAssessments(Records.hearing(DisabilityGrade.GRADE_2, 90.4));
        assertThat(QINGHAI.validate(record, AS_OF).ruleIds())
                .containsExactly("ASSESS.GRADE_MISMATCH", "ASSESS.CERTIFICATE_DISAGREES");
        Profile rounded = Profile.qinghai().toBuilder().parameters(p -> p.grading(GradingParameters.builder()
                .nonIntegerValues(GradingParameters.NonIntegerValues.ROUND_HALF_UP).build())).build();
        assertThat(RecordValidator.forProfile(rounded).validate(record, AS_OF).issues()).isEmpty();
    }

    @Test
    void findingPathsArePrefixedWithTheAssessment() {
        PersonRecord record = Records.adult().withAssessments(Records.hearing(DisabilityGrade.GRADE_2, 85),
                Records.hearing(DisabilityGrade.GRADE_2, 200));
        assertThat(QINGHAI.validate(record, AS_OF).issues()).extracting(Issue::path)
                .containsExactly("assessments[1].measurements.averageLossDbHl");
    }

    @Test
    void profilesByName() {
        assertThat(Profile.byName("QINGHAI")).isEqualTo(Profile.qinghai());
        assertThat(Profile.names()).containsExactly("national", "qinghai");
        assertThat(Profile.qinghai().parameters().regionPrefix()).isEqualTo("63");
        assertThat(Profile.national().parameters().regionPrefix()).isEmpty();
        assertThat(Profile.qinghai().parameters().childAidMaxAge()).isEqualTo(17);
        assertThat(Profile.national().parameters().childAidMaxAge()).isEqualTo(6);
        assertThatThrownBy(() -> Profile.byName("tibet")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("national");
        assertThatThrownBy(() -> Profile.national().toBuilder().disable("NO.SUCH_RULE"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(ReadProblem.Kind.class)
    void readProblemsMapToFormatRules(ReadProblem.Kind kind) {
        ReadProblem problem = new ReadProblem(kind, "certificate.grade", FormatReason.NOT_ON_SCALE, 1, 4);
        Issue issue = QINGHAI.formatIssue(problem);
        assertThat(issue.ruleId()).isEqualTo("FORMAT." + kind.name());
        assertThat(issue.path()).isEqualTo("certificate.grade");
        assertThat(issue.arguments()).containsExactly(Map.entry("detail", problem.detail()));
        assertThat(issue.severity()).isEqualTo(kind == ReadProblem.Kind.UNKNOWN_FIELD ? Severity.WARNING : Severity.ERROR);
    }

    @Test
    void outOfScaleServiceGradesMapToServiceGradeRange() {
        for (String path : List.of("military.grade", "police.grade", "workInjury.grade", "careLevel.level")) {
            Issue issue = QINGHAI.formatIssue(new ReadProblem(ReadProblem.Kind.UNKNOWN_CODE, path, FormatReason.NOT_ON_SCALE, 1, 10));
            assertThat(issue.ruleId()).isEqualTo("SERVICE_GRADE.RANGE");
            assertThat(issue.path()).isEqualTo(path);
        }
        assertThat(QINGHAI.formatIssue(new ReadProblem(ReadProblem.Kind.WRONG_TYPE, "military.grade", FormatReason.EXPECTED_INTEGER)).ruleId())
                .isEqualTo("FORMAT.WRONG_TYPE");
    }

    @Test
    void fileIssuesForDuplicates() {
        Issue duplicate = QINGHAI.fileIssue(RuleIds.FORMAT_DUPLICATE_RECORD_ID, "recordId", 3L)
                .withLine(7).withRecordId("QH-1");
        assertThat(duplicate.severity()).isEqualTo(Severity.ERROR);
        assertThat(duplicate.line()).hasValue(7);
        assertThat(duplicate.recordId()).hasValue("QH-1");
        assertThat(duplicate.arguments()).containsExactly(Map.entry("firstLine", 3L));
        assertThat(QINGHAI.fileIssue(RuleIds.FORMAT_DUPLICATE_PERSON, "idNumber", 2L).severity())
                .isEqualTo(Severity.WARNING);
        assertThatThrownBy(() -> QINGHAI.fileIssue(RuleIds.FORMAT_DUPLICATE_PERSON, "idNumber"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QINGHAI.fileIssue(RuleIds.FORMAT_DUPLICATE_PERSON, "idNumber", 2L, 3L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QINGHAI.fileIssue(RuleIds.CERT_EXPIRED, "x", LocalDate.MIN, LocalDate.MAX))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void streamingVariantGivesTheSameIssues() {
        for (BrokenRecords.Case c : BrokenRecords.cases()) {
            RecordValidator validator = RecordValidator.forProfile(c.profile());
            ValidationReport.Collector collector = ValidationReport.collector();
            validator.validate(c.record(), AS_OF, collector);
            assertThat(collector.report()).isEqualTo(validator.validate(c.record(), AS_OF));
        }
    }
}
