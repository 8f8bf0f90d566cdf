package org.disabilitystandards.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disabilitystandards.testkit.ValidationAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.report.ValidationReport;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.junit.jupiter.api.Test;

class ValidationAssertionsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    /** Synthetic: 大通县, born 1978-04-12, sequence 003 (male). */
    private static final String ID = "63012119780412003" + org.disabilitystandards.core.id.ResidentIdNumber
            .checkCharacter("63012119780412003");
    private static final String NAME = "测试用户";
    private static final RecordValidator QINGHAI = RecordValidator.forProfile(Profile.qinghai());

    private static PersonRecord record(String certificateNumber) {
        return PersonRecord.builder().recordId("GC-A").idNumber(ID).name(NAME).sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1978, 4, 12)).regionCode("630121")
                .certificate(Certificate.builder().number(certificateNumber).category(DisabilityCategory.HEARING)
                        .grade(DisabilityGrade.GRADE_2).issuedOn(LocalDate.of(2019, 3, 1))
                        .validUntil(LocalDate.of(2029, 3, 1)).build())
                .build();
    }

    /** Sex mismatch (ERROR at sex), grade digit 1 against grade 2 (ERROR), eligibility info. */
    private static ValidationReport report() {
        return QINGHAI.validate(record(ID + "21"), AS_OF);
    }

    @Test
    void passingAssertionsChain() {
        ValidationReport report = report();
        assertThat(report).hasIssue("CERT.GRADE_MISMATCH").at("certificate.grade").withSeverity(Severity.ERROR)
                .withArgument("encoded", DisabilityGrade.GRADE_1).hasCount(1);
        assertThat(report).hasIssue("ID.SEX_MISMATCH").at("sex");
        assertThat(report).hasNoIssue("ID.CHECKSUM").hasOnlyRuleIds(report.ruleIds().toArray(new String[0]))
                .hasIssueCount(report.issues().size()).hasIssueCount(Severity.ERROR, 2);
        Issue onLine = report.issues().get(0).withLine(12);
        assertThat(onLine).hasRuleId("ID.SEX_MISMATCH").onLine(12).at("sex");
        assertThat(ValidationReport.of(List.of())).hasNoIssues().hasNoErrors().hasOnlyRuleIds();
    }

    @Test
    void infosAndWarningsAreNotErrors() {
        ValidationReport report = ValidationReport.of(List.of(Issue.of("CERT.EXPIRED", Severity.WARNING,
                "certificate.validUntil", Map.of(), "s", "e")));
        assertThat(report).hasNoErrors().hasIssueCount(Severity.WARNING, 1).hasIssueCount(Severity.ERROR, 0);
        assertThatThrownBy(() -> assertThat(report).hasNoIssues()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("WARNING CERT.EXPIRED at certificate.validUntil");
    }

    @Test
    void failureMessagesNameRuleIdsAndPathsButNoPersonalData() {
        ValidationReport report = report();
        List<Runnable> failing = List.of(
            () -> assertThat(report).hasNoErrors(),
            () -> assertThat(report).hasNoIssues(),
            () -> assertThat(report).hasIssue("ID.CHECKSUM"),
            () -> assertThat(report).hasIssue("CERT.GRADE_MISMATCH").at("certificate.number"),
            () -> assertThat(report).hasIssue("CERT.GRADE_MISMATCH").withSeverity(Severity.WARNING),
            () -> assertThat(report).hasIssue("CERT.GRADE_MISMATCH").onLine(3),
            () -> assertThat(report).hasIssue("CERT.GRADE_MISMATCH").withArgument("encoded", DisabilityGrade.GRADE_4),
            () -> assertThat(report).hasIssue("CERT.GRADE_MISMATCH").hasCount(2),
            () -> assertThat(report).hasNoIssue("CERT.GRADE_MISMATCH"),
            () -> assertThat(report).hasOnlyRuleIds("ID.CHECKSUM"),
            () -> assertThat(report).hasIssueCount(0),
            () -> assertThat(report).hasIssueCount(Severity.INFO, 5),
            () -> assertThat(report).isEqualTo(ValidationReport.of(List.of())));
        for (Runnable assertion : failing) {
            assertThatThrownBy(assertion::run).isInstanceOf(AssertionError.class)
                    .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage())
                            .doesNotContain(ID).doesNotContain(ID.substring(6, 14)).doesNotContain(NAME)
                            .doesNotContain("GRADE_2"));
        }
        assertThatThrownBy(() -> assertThat(report).hasIssue("CERT.GRADE_MISMATCH").at("certificate.number"))
                .hasMessageContaining("CERT.GRADE_MISMATCH at certificate.number")
                .hasMessageContaining("ERROR CERT.GRADE_MISMATCH at certificate.grade");
        assertThatThrownBy(() -> assertThat(report).hasOnlyRuleIds("ID.CHECKSUM"))
                .hasMessageContaining("missing: [ID.CHECKSUM]").hasMessageContaining("CERT.GRADE_MISMATCH");
    }
}
