package org.disabilitystandards.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disabilitystandards.validation.rule.Records.AS_OF;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.disabilitystandards.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceProgrammeRulesTest {

    static Stream<ServiceCases.Case> cases() {
        return ServiceCases.cases().stream();
    }

    private static RecordValidator validator(ServiceCases.Case c) {
        RecordValidator validator = RecordValidator.forProfile(c.profile());
        return c.withCatalogue() ? validator.withAssistiveProductCatalogue(ServiceCases.CATALOGUE) : validator;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseBreaksExactlyItsRuleOrNothing(ServiceCases.Case c) {
        ValidationReport report = validator(c).validate(c.record(), AS_OF);
        if (!c.breaks()) {
            assertThat(report.ruleIds()).isEmpty();
            return;
        }
        assertThat(report.ruleIds()).containsExactly(c.ruleId());
        Rule rule = RuleCatalogue.bundled().get(c.ruleId());
        for (Issue issue : report.issues()) {
            assertThat(issue.severity()).isEqualTo(rule.defaultSeverity());
            assertThat(issue.arguments().keySet()).containsExactlyElementsOf(rule.argumentNames());
            assertThat(issue.path()).startsWith("services[");
        }
    }

    @Test
    void everyServiceProgrammeRuleHasABreakingCaseAndANearMiss() {
        List<String> ids = RuleCatalogue.bundled().rules().stream()
                .filter(r -> r.domain() == RuleDomain.SERVICE_PROGRAMME).map(Rule::id).toList();
        assertThat(ServiceCases.coveredIds()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(ServiceCases.cases().stream().filter(c -> !c.breaks()).map(ServiceCases.Case::ruleId).distinct())
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void withoutACatalogueTheFittingRulesDoNotRun() {
        PersonRecord whiteCane = ServiceCases.cases().stream()
                .filter(c -> c.breaks() && c.ruleId().equals("DEVICE.NOT_ALLOWED")).findFirst().orElseThrow().record();
        assertThat(RecordValidator.forProfile(Profile.qinghai()).validate(whiteCane, AS_OF).issues()).isEmpty();
    }

    @Test
    void uncodedServicesOfFormatOneZeroRaiseNothingNew() {
        PersonRecord adult = Records.adult();
        assertThat(RecordValidator.forProfile(Profile.qinghai()).withAssistiveProductCatalogue(ServiceCases.CATALOGUE)
                .validate(adult, AS_OF).issues()).isEmpty();
    }

    @Test
    void messagesRenderInBothLanguagesWithoutTheFailedValue() {
        for (ServiceCases.Case c : ServiceCases.cases()) {
            if (!c.breaks()) {
                continue;
            }
            for (Issue issue : validator(c).validate(c.record(), AS_OF).issues()) {
                String en = MessageRenderer.standard().render(issue, Locale.ENGLISH);
                String zh = MessageRenderer.standard().render(issue, Locale.SIMPLIFIED_CHINESE);
                assertThat(en).doesNotContain("{").doesNotContain(c.record().idNumber());
                assertThat(zh).doesNotContain("{").doesNotContain(c.record().idNumber());
                assertThat(en).doesNotContain("600001").doesNotContain("2000001").doesNotContain("300001");
            }
        }
    }
}
