package org.disabilitystandards.validation.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.convert.ServiceCertificateKind;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.rule.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The employment conditions of 财税〔2015〕72号 and the levy exemption of small enterprises. */
class QuotaEmploymentConditionsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final QuotaChecker CHECKER = QuotaChecker.of(Profile.qinghai());

    private static DisabledEmployee grade3(EmploymentTerms terms) {
        return DisabledEmployee.civil(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_3, terms);
    }

    private static QuotaResult check(EmployerType type, int staff, DisabledEmployee... employees) {
        return CHECKER.check(Employer.builder(type).staff(staff).disabledEmployees(List.of(employees)).build(), AS_OF);
    }

    @ParameterizedTest(name = "established={0} workingAge={1} contract={2} wage={3} insurance={4} -> {5}")
    @CsvSource({
        "true, false, 0, false, false, true",
        "false, true, 12, true, true, true",
        "false, true, 11, true, true, false",
        "false, false, 12, true, true, false",
        "false, true, 12, false, true, false",
        "false, true, 12, true, false, false",
    })
    void onlyQualifyingEmployeesCount(boolean established, boolean workingAge, int contractMonths, boolean wage,
            boolean insurance, boolean counts) {
        EmploymentTerms terms = new EmploymentTerms(established, workingAge, contractMonths, wage, insurance, 12);
        QuotaResult result = check(EmployerType.ENTERPRISE, 60, grade3(terms));
        assertThat(result.countedPeople()).isEqualTo(counts ? 1 : 0);
        assertThat(result.notCounted()).isEqualTo(counts ? 0 : 1);
        assertThat(result.met()).isEqualTo(counts);
    }

    @Test
    void partYearEmploymentCountsProRataByMonthAndDoubleWeightsStay() {
        // 200 staff need 3; a grade-1 holder for 6 months weighs 2 x 6/12 = 1, two full-year grade-3 holders 2
        DisabledEmployee severeHalfYear = DisabledEmployee.civil(DisabilityCategory.VISUAL, DisabilityGrade.GRADE_1,
                EmploymentTerms.qualifyingContract(6));
        QuotaResult met = check(EmployerType.ENTERPRISE, 200, severeHalfYear,
                grade3(EmploymentTerms.fullYearEstablished()), grade3(EmploymentTerms.qualifyingContract(12)));
        assertThat(met.countedEquivalent()).isEqualByComparingTo("3");
        assertThat(met.met()).isTrue();
        QuotaResult shortByOneMonth = check(EmployerType.ENTERPRISE, 200, severeHalfYear,
                grade3(EmploymentTerms.fullYearEstablished()), grade3(EmploymentTerms.qualifyingContract(11)));
        assertThat(shortByOneMonth.met()).isFalse();
        assertThat(shortByOneMonth.countedEquivalent()).isEqualByComparingTo("2.9167");
        assertThat(shortByOneMonth.counted()).isEqualTo(4);
        DisabledEmployee militaryQuarter = DisabledEmployee.service(ServiceCertificateKind.MILITARY,
                MilitaryDisabilityGrade.of(2), EmploymentTerms.qualifyingContract(3));
        assertThat(check(EmployerType.ENTERPRISE, 100, militaryQuarter).countedEquivalent()).isEqualByComparingTo("0.5");
    }

    @Test
    void smallEnterprisesAreExemptFromTheLevyAndTheResultSaysSo() {
        QuotaResult thirty = check(EmployerType.ENTERPRISE, 30);
        assertThat(thirty.met()).isFalse();
        assertThat(thirty.levyExempt()).isTrue();
        Issue issue = thirty.issues().get(0);
        assertThat(issue.ruleId()).isEqualTo(QuotaChecker.SHORTFALL_LEVY_EXEMPT);
        assertThat(issue.severity()).isEqualTo(Severity.INFO);
        assertThat(issue.arguments()).containsEntry("maxStaff", 30);
        QuotaResult thirtyOne = check(EmployerType.ENTERPRISE, 31);
        assertThat(thirtyOne.levyExempt()).isFalse();
        assertThat(thirtyOne.issues()).extracting(Issue::ruleId).containsExactly(QuotaChecker.SHORTFALL);
        assertThat(check(EmployerType.PUBLIC_INSTITUTION, 30).levyExempt()).isFalse();
        QuotaResult before = CHECKER.check(Employer.builder(EmployerType.ENTERPRISE).staff(30).build(),
                LocalDate.of(2019, 12, 31));
        assertThat(before.levyExempt()).isFalse();
        assertThat(before.issues()).extracting(Issue::ruleId).containsExactly(QuotaChecker.SHORTFALL);
    }

    @Test
    void zeroOrThirteenMonthsAreTypedErrors() {
        assertThatThrownBy(() -> EmploymentTerms.qualifyingContract(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmploymentTerms.qualifyingContract(13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmploymentTerms(true, true, -1, true, true, 12))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CivilCertificateHolder(DisabilityCategory.MENTAL, DisabilityGrade.GRADE_4).terms())
                .isEqualTo(EmploymentTerms.fullYearEstablished());
    }
}
