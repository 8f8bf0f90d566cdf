package org.disabilitystandards.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.Rule;
import org.disabilitystandards.validation.rule.RuleCatalogue;
import org.disabilitystandards.validation.rule.RuleDomain;
import org.junit.jupiter.api.Test;

class ConformanceSuiteTest {

    private static final ConformanceSuite SUITE = ConformanceSuite.bundled();
    private static final RuleCatalogue CATALOGUE = RuleCatalogue.bundled();

    @Test
    void theSdkPassesEveryCaseUnderEveryProfileTheCaseNames() {
        SuiteResult result = SUITE.run(new SdkSystem());
        assertThat(result.failures()).as(result.summary()).isEmpty();
        assertThat(result.allPassed()).isTrue();
        long runs = SUITE.cases().stream().mapToLong(c -> c.profiles().size()).sum();
        assertThat(result.results()).hasSize((int) runs);
        assertThat(result.passedCount()).isEqualTo((int) runs);
    }

    @Test
    void everyRuleOfTheCatalogueHasABreakingAndAHoldingCase() {
        for (Rule rule : CATALOGUE.rules()) {
            if (rule.domain() == RuleDomain.EMPLOYMENT_QUOTA) {
                continue; // checked per employer (validation.quota, QuotaCheckerTest), not per record
            }
            List<ConformanceCase> cases = SUITE.casesFor(rule.id());
            assertThat(cases).as(rule.id() + " breaks").anyMatch(ConformanceCase::breaks);
            assertThat(cases).as(rule.id() + " holds").anyMatch(c -> !c.breaks());
        }
    }

    @Test
    void casesNameOnlyCatalogueRulesAndBundledProfiles() {
        Set<String> ruleIds = CATALOGUE.rules().stream().map(Rule::id).collect(Collectors.toSet());
        assertThat(SUITE.catalogueEdition()).isEqualTo(CATALOGUE.edition());
        assertThat(SUITE.edition()).isEqualTo("dsds-conformance 2025.1");
        for (ConformanceCase c : SUITE.cases()) {
            assertThat(ruleIds).as(c.id()).contains(c.ruleId()).containsAll(c.expectedRuleIds());
            assertThat(Profile.names()).as(c.id()).containsAll(c.profiles());
            assertThat(c.id()).startsWith(c.ruleId() + (c.breaks() ? "/breaks-" : "/holds-"));
        }
    }

    @Test
    void bothProfilesAreExercisedAndSomeCasesDifferBetweenThem() {
        assertThat(SUITE.forProfile("national").cases()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.profiles()).containsExactly("national"));
        assertThat(SUITE.cases()).anyMatch(c -> c.profiles().equals(List.of("qinghai")) && c.breaks());
        assertThat(SUITE.cases()).anyMatch(c -> c.profiles().equals(List.of("national")) && c.breaks());
    }

    @Test
    void aSystemThatReportsNothingFailsExactlyTheCasesThatExpectSomething() {
        SuiteResult result = SUITE.run((c, profile) -> Set.of());
        long expectingSomething = SUITE.cases().stream().filter(c -> !c.expectedRuleIds().isEmpty())
                .mapToLong(c -> c.profiles().size()).sum();
        assertThat(result.failures()).hasSize((int) expectingSomething);
        assertThat(result.failures()).allSatisfy(r -> {
            assertThat(r.missing()).isEqualTo(r.testCase().expectedRuleIds());
            assertThat(r.unexpected()).isEmpty();
        });
        assertThat(result.failuresByRule()).containsKey("CERT.GRADE_MISMATCH");
        assertThat(result.allPassed()).isFalse();
    }

    @Test
    void aThrowingSystemFailsWithTheExceptionTypeOnlyAndTheRunGoesOn() {
        SuiteResult result = SUITE.filter(c -> c.ruleId().equals("ID.CHECKSUM")).run((c, profile) -> {
            throw new IllegalStateException("secret 630121197804120036");
        });
        assertThat(result.results()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.failure()).contains("java.lang.IllegalStateException");
        });
        assertThat(result.summary()).doesNotContain("secret").contains("threw java.lang.IllegalStateException");
    }

    @Test
    void summariesShowCaseIdsAndRuleIdsButNoInput() {
        SuiteResult result = SUITE.filter(c -> c.ruleId().equals("CERT.GRADE_MISMATCH"))
                .run((c, profile) -> Set.of("ID.CHECKSUM"));
        String summary = result.summary();
        assertThat(summary).contains("CERT.GRADE_MISMATCH/breaks-1", "unexpected [ID.CHECKSUM]",
                "missing [CERT.GRADE_MISMATCH]");
        for (ConformanceCase c : SUITE.casesFor("CERT.GRADE_MISMATCH")) {
            assertThat(summary).doesNotContain(c.lines().get(0)).doesNotContain("测试用户");
        }
    }

    @Test
    void loadRejectsInconsistentCases() {
        String header = "{\"suite\":\"s\",\"edition\":\"1\",\"catalogue\":\"c\"}\n";
        String inconsistent = header + "{\"id\":\"X/breaks-1\",\"rule\":\"ID.CHECKSUM\",\"breaks\":true,"
                + "\"description\":\"d\",\"profiles\":[\"national\"],\"asOf\":\"2025-01-01\",\"lines\":[\"{}\"],"
                + "\"expected\":[]}\n";
        assertThatThrownBy(() -> ConformanceSuite.load(stream(inconsistent)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X/breaks-1");
        String badDate = inconsistent.replace("2025-01-01", "2025-13-01").replace("[]", "[\"ID.CHECKSUM\"]");
        assertThatThrownBy(() -> ConformanceSuite.load(stream(badDate)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asOf");
        assertThatThrownBy(() -> ConformanceSuite.load(stream("")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
