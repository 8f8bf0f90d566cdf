package org.disabilitystandards.validation.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.convert.ServiceCertificateKind;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RuleCatalogue;
import org.junit.jupiter.api.Test;

class QuotaCheckerTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final QuotaChecker QINGHAI = QuotaChecker.of(Profile.qinghai());

    private static DisabledEmployee civil(int grade) {
        return DisabledEmployee.civil(DisabilityCategory.PHYSICAL, DisabilityGrade.of(grade));
    }

    private static DisabledEmployee military(int grade) {
        return DisabledEmployee.service(ServiceCertificateKind.MILITARY, MilitaryDisabilityGrade.of(grade));
    }

    private static List<DisabledEmployee> times(int n, DisabledEmployee employee) {
        return Collections.nCopies(n, employee);
    }

    private static Employer enterprise(int staff, List<DisabledEmployee> employees) {
        return Employer.builder(EmployerType.ENTERPRISE).staff(staff).disabledEmployees(employees).build();
    }

    private static Employer organ(AdministrativeLevel level, int staff, List<DisabledEmployee> employees) {
        return Employer.builder(EmployerType.PARTY_GOVERNMENT_ORGAN).level(level).staff(staff)
                .disabledEmployees(employees).build();
    }

    private static Employer of(EmployerType type, int staff) {
        return Employer.builder(type).staff(staff).build();
    }

    private static Employer federation(AdministrativeLevel level, int cadres, int disabledCadres) {
        return Employer.builder(EmployerType.DISABLED_PERSONS_FEDERATION_ORGAN).level(level).staff(cadres)
                .disabledEmployees(times(disabledCadres, civil(3))).cadres(cadres)
                .disabledCadres(times(disabledCadres, civil(3))).build();
    }

    private static List<String> ruleIds(QuotaResult result) {
        return result.issues().stream().map(Issue::ruleId).collect(Collectors.toList());
    }

    @Test
    void exactOnePointFivePercentBoundaryAt200Staff() {
        QuotaResult three = QINGHAI.check(enterprise(200, times(3, civil(3))), AS_OF);
        assertThat(three.required()).isEqualByComparingTo("3");
        assertThat(three.counted()).isEqualTo(3);
        assertThat(three.met()).isTrue();
        assertThat(three.shortfall()).isEqualByComparingTo("0");
        assertThat(three.issues()).isEmpty();

        QuotaResult two = QINGHAI.check(enterprise(200, times(2, civil(3))), AS_OF);
        assertThat(two.met()).isFalse();
        assertThat(two.shortfall()).isEqualByComparingTo("1");
        assertThat(ruleIds(two)).containsExactly("QUOTA.SHORTFALL");
        Issue issue = two.issues().get(0);
        assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        assertThat(issue.arguments()).containsEntry("staff", 200).containsEntry("counted", 2.0)
                .containsEntry("required", 3.0).containsEntry("shortfall", 1.0).containsEntry("ratio", 1.5);
        assertThat(issue.source()).contains("残疾人就业条例").contains("art. 8");
        assertThat(MessageRenderer.standard().render(issue, Locale.ENGLISH))
                .isEqualTo("Disabled employees below the quota: 2 counted, 3 required (1.5 % of 200 staff), short by 1");
        assertThat(MessageRenderer.standard().render(issue, Locale.SIMPLIFIED_CHINESE))
                .contains("按 2 人计").contains("应安排 3 人").contains("差 1 人");
    }

    @Test
    void shortfallIsMeasuredAgainstTheExactProductNotARoundedCount() {
        QuotaResult result = QINGHAI.check(enterprise(67, times(1, civil(3))), AS_OF);
        assertThat(result.required()).isEqualByComparingTo("1.005");
        assertThat(result.requiredPeople()).isEqualTo(2);
        assertThat(result.met()).isFalse();
        assertThat(result.shortfall()).isEqualByComparingTo("0.005");
        assertThat(result.issues().get(0).arguments()).containsEntry("shortfall", 0.005);

        QuotaResult sixtySix = QINGHAI.check(enterprise(66, times(1, civil(3))), AS_OF);
        assertThat(sixtySix.required()).isEqualByComparingTo("0.99");
        assertThat(sixtySix.requiredPeople()).isEqualTo(1);
        assertThat(sixtySix.met()).isTrue();
    }

    @Test
    void civilGradesOneAndTwoCountDoubleGradeThreeOnce() {
        for (int grade = 1; grade <= 4; grade++) {
            QuotaResult result = QINGHAI.check(enterprise(200, List.of(civil(grade))), AS_OF);
            assertThat(result.counted()).as("grade %d", grade).isEqualTo(grade <= 2 ? 2 : 1);
            assertThat(result.countedPeople()).isEqualTo(1);
            assertThat(result.doubleCounted()).isEqualTo(grade <= 2 ? 1 : 0);
        }
        for (DisabilityCategory category : DisabilityCategory.values()) {
            QuotaResult result = QINGHAI.check(enterprise(10,
                    List.of(DisabledEmployee.civil(category, DisabilityGrade.GRADE_4))), AS_OF);
            assertThat(result.counted()).as(category.name()).isEqualTo(1);
        }
        // two grade-2 employees meet 3.0 required at 200 staff; a grade-3 and a grade-2 do too; two grade-3 do not.
        assertThat(QINGHAI.check(enterprise(200, List.of(civil(2), civil(3))), AS_OF).met()).isTrue();
        assertThat(QINGHAI.check(enterprise(200, List.of(civil(3), civil(3))), AS_OF).met()).isFalse();
    }

    @Test
    void militaryGradesOneToThreeCountDoubleFourToEightOnceNineAndTenNot() {
        for (int grade = 1; grade <= 10; grade++) {
            QuotaResult result = QINGHAI.check(enterprise(100, List.of(military(grade))), AS_OF);
            int expected = grade <= 3 ? 2 : grade <= 8 ? 1 : 0;
            assertThat(result.counted()).as("military grade %d", grade).isEqualTo(expected);
            assertThat(result.notCounted()).isEqualTo(grade <= 8 ? 0 : 1);
        }
        assertThat(QINGHAI.check(enterprise(100, List.of(military(3))), AS_OF).doubleCounted()).isEqualTo(1);
        assertThat(QINGHAI.check(enterprise(100, List.of(military(4))), AS_OF).doubleCounted()).isZero();
        assertThat(QINGHAI.check(enterprise(100, List.of(military(8))), AS_OF).countedPeople()).isEqualTo(1);
        assertThat(QINGHAI.check(enterprise(100, List.of(military(9))), AS_OF).countedPeople()).isZero();
    }

    @Test
    void policeCertificatesAreNotNamedByTheQuotaRulesAndDoNotCount() {
        QuotaResult result = QINGHAI.check(enterprise(10, List.of(DisabledEmployee.service(
                ServiceCertificateKind.POLICE, MilitaryDisabilityGrade.GRADE_1))), AS_OF);
        assertThat(result.counted()).isZero();
        assertThat(result.notCounted()).isEqualTo(1);
    }

    @Test
    void planMinimumOneForProvinceAndPrefectureOrgansFromFiftyStaff() {
        for (AdministrativeLevel level : List.of(AdministrativeLevel.PROVINCE, AdministrativeLevel.PREFECTURE)) {
            assertThat(ruleIds(QINGHAI.check(organ(level, 49, List.of()), AS_OF)))
                    .as("%s 49", level).containsExactly("QUOTA.SHORTFALL");
            QuotaResult fifty = QINGHAI.check(organ(level, 50, List.of()), AS_OF);
            assertThat(ruleIds(fifty)).as("%s 50", level)
                    .containsExactly("QUOTA.SHORTFALL", "QUOTA.PLAN_MINIMUM_ONE");
            assertThat(fifty.minimumOneStaff()).hasValue(50);
            Issue issue = fifty.issues().get(1);
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.arguments()).containsEntry("staff", 50).containsEntry("minimumStaff", 50);
            assertThat(issue.source()).contains("专栏5");
        }
    }

    @Test
    void countyAndTownshipOrgansAreNotCoveredByThePlanMinimum() {
        for (AdministrativeLevel level : List.of(AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP)) {
            QuotaResult result = QINGHAI.check(organ(level, 500, List.of()), AS_OF);
            assertThat(ruleIds(result)).as(level.name()).containsExactly("QUOTA.SHORTFALL");
            assertThat(result.minimumOneStaff()).isEmpty();
        }
    }

    @Test
    void planMinimumOneForPublicInstitutionsFromSixtySevenStaff() {
        assertThat(ruleIds(QINGHAI.check(of(EmployerType.PUBLIC_INSTITUTION, 66), AS_OF)))
                .containsExactly("QUOTA.SHORTFALL");
        assertThat(ruleIds(QINGHAI.check(of(EmployerType.PUBLIC_INSTITUTION, 67), AS_OF)))
                .containsExactly("QUOTA.SHORTFALL", "QUOTA.PLAN_MINIMUM_ONE");
    }

    @Test
    void schoolsKindergartensAndEnterprisesAreNotCoveredByThePlanMinimum() {
        for (EmployerType type : List.of(EmployerType.SCHOOL_OR_KINDERGARTEN, EmployerType.ENTERPRISE)) {
            QuotaResult result = QINGHAI.check(of(type, 300), AS_OF);
            assertThat(ruleIds(result)).as(type.name()).containsExactly("QUOTA.SHORTFALL");
            assertThat(result.minimumOneStaff()).isEmpty();
        }
    }

    @Test
    void oneCountedEmployeeSatisfiesThePlanMinimumEvenBelowTheRatio() {
        Employer employer = Employer.builder(EmployerType.PUBLIC_INSTITUTION).staff(300)
                .disabledEmployee(civil(3)).build();
        assertThat(ruleIds(QINGHAI.check(employer, AS_OF))).containsExactly("QUOTA.SHORTFALL");
        // a military grade 9 employee does not count, so the organ still employs no one who counts
        Employer grade9 = organ(AdministrativeLevel.PROVINCE, 60, List.of(military(9)));
        assertThat(ruleIds(QINGHAI.check(grade9, AS_OF)))
                .containsExactly("QUOTA.SHORTFALL", "QUOTA.PLAN_MINIMUM_ONE");
    }

    @Test
    void federationShareBoundaryAtFifteenPercentInclusive() {
        QuotaResult fifteen = QINGHAI.check(federation(AdministrativeLevel.COUNTY, 20, 3), AS_OF);
        assertThat(fifteen.cadreShare()).get().satisfies(s -> {
            assertThat(s.sharePercent()).isEqualByComparingTo("15");
            assertThat(s.met()).isTrue();
            assertThat(s.applies()).isTrue();
        });
        assertThat(ruleIds(fifteen)).isEmpty();

        QuotaResult fourteen = QINGHAI.check(federation(AdministrativeLevel.COUNTY, 100, 14), AS_OF);
        assertThat(fourteen.cadreShare().get().met()).isFalse();
        assertThat(ruleIds(fourteen)).containsExactly("QUOTA.DPF_SHARE");
        assertThat(fourteen.issues().get(0).arguments()).containsEntry("cadres", 100)
                .containsEntry("disabledCadres", 14).containsEntry("share", 14.0).containsEntry("minimumShare", 15.0);
        assertThat(QINGHAI.check(federation(AdministrativeLevel.PROVINCE, 100, 15), AS_OF).issues()).isEmpty();
        // a share just under 15 % (2 of 14 = 14.29 %) is a finding; 3 of 20 is not
        assertThat(ruleIds(QINGHAI.check(federation(AdministrativeLevel.PREFECTURE, 14, 2), AS_OF)))
                .containsExactly("QUOTA.DPF_SHARE");
    }

    @Test
    void townshipFederationsAreNotCoveredByTheShare() {
        QuotaResult result = QINGHAI.check(federation(AdministrativeLevel.TOWNSHIP, 20, 0), AS_OF);
        assertThat(result.cadreShare().get().applies()).isFalse();
        assertThat(result.cadreShare().get().met()).isFalse();
        assertThat(ruleIds(result)).containsExactly("QUOTA.SHORTFALL");
    }

    @Test
    void disabledCadresWhoDoNotCountAreNotDisabledPeopleForTheShare() {
        Employer organ = Employer.builder(EmployerType.DISABLED_PERSONS_FEDERATION_ORGAN)
                .level(AdministrativeLevel.COUNTY).staff(20).cadres(20).disabledCadres(times(3, military(9)))
                .disabledEmployees(times(2, civil(1))).build();
        QuotaResult result = QINGHAI.check(organ, AS_OF);
        assertThat(result.cadreShare().get().disabledCadres()).isZero();
        assertThat(ruleIds(result)).containsExactly("QUOTA.DPF_SHARE");
    }

    @Test
    void planRulesAreInForceFrom2021To2025Only() {
        Employer organ = organ(AdministrativeLevel.PROVINCE, 80, List.of());
        assertThat(ruleIds(QINGHAI.check(organ, LocalDate.of(2020, 12, 31)))).containsExactly("QUOTA.SHORTFALL");
        assertThat(ruleIds(QINGHAI.check(organ, LocalDate.of(2021, 1, 1))))
                .containsExactly("QUOTA.SHORTFALL", "QUOTA.PLAN_MINIMUM_ONE");
        assertThat(ruleIds(QINGHAI.check(organ, LocalDate.of(2025, 12, 31))))
                .containsExactly("QUOTA.SHORTFALL", "QUOTA.PLAN_MINIMUM_ONE");
        assertThat(ruleIds(QINGHAI.check(organ, LocalDate.of(2026, 1, 1)))).containsExactly("QUOTA.SHORTFALL");
        assertThat(ruleIds(QINGHAI.check(organ, LocalDate.of(2007, 4, 30)))).isEmpty();
    }

    @Test
    void theRatioComesFromTheProfileParameters() {
        QuotaChecker national = QuotaChecker.of(Profile.national());
        assertThat(national.ratioPercent()).isEqualByComparingTo("1.5");
        Profile beijingLike = Profile.national().toBuilder().name("ratio-1.7")
                .parameters(p -> p.employmentQuotaPercent(new BigDecimal("1.7"))).build();
        QuotaChecker custom = QuotaChecker.of(beijingLike);
        // 200 staff: 3.4 required at 1.7 %; 4 counted meet it, 3 do not (they meet 1.5 %)
        assertThat(custom.check(enterprise(200, times(3, civil(3))), AS_OF).met()).isFalse();
        assertThat(custom.check(enterprise(200, times(4, civil(3))), AS_OF).met()).isTrue();
        assertThat(national.check(enterprise(200, times(3, civil(3))), AS_OF).met()).isTrue();
        assertThat(custom.check(enterprise(200, List.of()), AS_OF).issues().get(0).arguments())
                .containsEntry("ratio", 1.7).containsEntry("required", 3.4);
    }

    @Test
    void profilesChangeSeveritiesAndSwitchRulesOff() {
        Profile quiet = Profile.qinghai().toBuilder().name("quiet").disable("QUOTA.PLAN_MINIMUM_ONE")
                .severity("QUOTA.SHORTFALL", Severity.WARNING).build();
        QuotaResult result = QuotaChecker.of(quiet).check(organ(AdministrativeLevel.PROVINCE, 80, List.of()), AS_OF);
        assertThat(ruleIds(result)).containsExactly("QUOTA.SHORTFALL");
        assertThat(result.worstSeverity()).hasValue(Severity.WARNING);
        assertThat(result.issues().get(0).edition()).isEqualTo(RuleCatalogue.bundled().edition());
    }

    @Test
    void theColumnFiveCasesOfThePlan() {
        // 专栏5 item 1: a prefecture organ of 50 staff (编制) with no disabled employee must employ one
        QuotaResult organ = QINGHAI.check(organ(AdministrativeLevel.PREFECTURE, 50, List.of()), AS_OF);
        assertThat(ruleIds(organ)).contains("QUOTA.PLAN_MINIMUM_ONE");
        // ... and one grade-3 employee answers the plan and the ratio (0.75 required)
        assertThat(QINGHAI.check(organ(AdministrativeLevel.PREFECTURE, 50, List.of(civil(3))), AS_OF).issues())
                .isEmpty();
        // a public institution of 67 staff with one grade-1 employee counts 2 >= 1.005
        assertThat(QINGHAI.check(Employer.builder(EmployerType.PUBLIC_INSTITUTION).staff(67)
                .disabledEmployee(civil(1)).build(), AS_OF).issues()).isEmpty();
        // a primary school of 120 staff with none: below the ratio, but outside the plan's minimum
        assertThat(ruleIds(QINGHAI.check(of(EmployerType.SCHOOL_OR_KINDERGARTEN, 120), AS_OF)))
                .containsExactly("QUOTA.SHORTFALL");
        // a county federation organ of 40 cadres needs 6 disabled cadres (15 %)
        assertThat(QINGHAI.check(federation(AdministrativeLevel.COUNTY, 40, 6), AS_OF).issues()).isEmpty();
        assertThat(ruleIds(QINGHAI.check(federation(AdministrativeLevel.COUNTY, 40, 5), AS_OF)))
                .containsExactly("QUOTA.DPF_SHARE");
        assertThat(QuotaPlanTargets.bundled().id()).isEqualTo("qinghai-14th-plan-column5");
        assertThat(QuotaPlanTargets.bundled().source()).contains("专栏5");
    }

    @Test
    void metIffCountedReachesTheExactProduct() {
        qt().forAll(integers().between(0, 5000), integers().between(0, 120)).assuming((staff, n) -> n <= staff)
                .checkAssert((staff, n) -> {
                    QuotaResult result = QINGHAI.check(enterprise(staff, times(n, civil(3))), AS_OF);
                    boolean expected = n * 1000L >= staff * 15L;
                    assertThat(result.met()).isEqualTo(expected);
                    // an enterprise of 30 or fewer staff is exempt from the levy: its shortfall is the INFO rule
                    boolean exempt = staff <= 30;
                    assertThat(ruleIds(result).contains("QUOTA.SHORTFALL")).isEqualTo(!expected && !exempt);
                    assertThat(ruleIds(result).contains("QUOTA.SHORTFALL_LEVY_EXEMPT")).isEqualTo(!expected && exempt);
                    assertThat(result.requiredPeople()).isEqualTo((int) ((staff * 15L + 999) / 1000));
                    assertThat(result.shortfall().add(BigDecimal.valueOf(n)).compareTo(result.required()))
                            .isEqualTo(expected ? (n * 1000L == staff * 15L ? 0 : 1) : 0);
                });
    }

    @Test
    void invalidEmployersAreTypedErrors() {
        assertThatThrownBy(() -> Employer.builder(EmployerType.ENTERPRISE).build())
                .isInstanceOf(InvalidEmployerException.class).hasMessageContaining("staff");
        assertThatThrownBy(() -> enterprise(1, times(2, civil(3))))
                .isInstanceOf(InvalidEmployerException.class).hasMessageContaining("exceed the staff count 1");
        assertThatThrownBy(() -> Employer.builder(EmployerType.PARTY_GOVERNMENT_ORGAN).staff(10).build())
                .isInstanceOf(InvalidEmployerException.class).hasMessageContaining("level");
        assertThatThrownBy(() -> Employer.builder(EmployerType.DISABLED_PERSONS_FEDERATION_ORGAN)
                .level(AdministrativeLevel.COUNTY).staff(10).build())
                .isInstanceOf(InvalidEmployerException.class).hasMessageContaining("cadres");
        assertThatThrownBy(() -> Employer.builder(EmployerType.DISABLED_PERSONS_FEDERATION_ORGAN)
                .level(AdministrativeLevel.COUNTY).staff(10).cadres(1).disabledCadres(times(2, civil(2))).build())
                .isInstanceOf(InvalidEmployerException.class).hasMessageContaining("disabledCadres");
        assertThatThrownBy(() -> Employer.builder(EmployerType.ENTERPRISE).staff(10).cadres(3).build())
                .isInstanceOf(InvalidEmployerException.class).hasMessageContaining("cadre");
    }

    @Test
    void resultsAreImmutableAndSharedCheckersGiveEqualAnswersAcrossThreads() throws Exception {
        Employer employer = organ(AdministrativeLevel.PROVINCE, 80, List.of(military(9)));
        QuotaResult first = QINGHAI.check(employer, AS_OF);
        assertThatThrownBy(() -> first.issues().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> employer.disabledEmployees().clear()).isInstanceOf(UnsupportedOperationException.class);
        List<Thread> threads = new ArrayList<>();
        List<QuotaResult> results = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                for (int j = 0; j < 200; j++) {
                    results.add(QINGHAI.check(employer, AS_OF));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(results).hasSize(800).allMatch(first::equals);
        assertThat(employer.toString()).isEqualTo(
                "Employer{type=PARTY_GOVERNMENT_ORGAN, level=PROVINCE, staff=80, disabledEmployees=1}");
    }
}
