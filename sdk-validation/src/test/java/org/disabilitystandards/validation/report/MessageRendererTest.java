package org.disabilitystandards.validation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.junit.jupiter.api.Test;

class MessageRendererTest {

    private static Issue issue(String ruleId, Map<String, Object> arguments) {
        return Issue.of(ruleId, Severity.ERROR, "certificate.grade", arguments, "source", "edition");
    }

    @Test
    void rendersNamedArgumentsInBothLanguagesWithLocalisedCodes() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("recorded", DisabilityGrade.GRADE_2);
        arguments.put("encoded", DisabilityGrade.GRADE_1);
        Issue issue = issue("CERT.GRADE_MISMATCH", arguments);
        assertThat(MessageRenderer.standard().render(issue, Locale.ENGLISH))
                .isEqualTo("The certificate grade Grade 2 disagrees with digit 20 of its number (Grade 1)");
        assertThat(MessageRenderer.standard().render(issue, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("证件残疾等级 二级 与证号第 20 位（一级）不符");
        assertThat(MessageRenderer.standard().render(issue, Locale.CHINESE)).contains("二级");
    }

    @Test
    void rendersNumbersWithoutTrailingZerosAndDatesAsIso() {
        Issue range = issue("ASSESS.MEASUREMENT_RANGE",
                Map.of("measurement", "averageLossDbHl", "value", 200.0, "min", 0, "max", 130));
        assertThat(MessageRenderer.standard().render(range, Locale.ENGLISH)).contains("= 200 ").contains("0-130");
        Issue expired = issue("CERT.EXPIRED", Map.of("validUntil", LocalDate.of(2025, 1, 1), "asOf",
                LocalDate.of(2025, 6, 30)));
        assertThat(MessageRenderer.standard().render(expired, Locale.ENGLISH)).contains("2025-01-01", "2025-06-30");
    }

    @Test
    void unknownRulesRenderAsTheirIdAndArguments() {
        assertThat(MessageRenderer.standard().render(issue("ACME.OWN", Map.of("a", 1)), Locale.ENGLISH))
                .isEqualTo("ACME.OWN {a=1}");
    }

    @Test
    void issuesAreImmutableValues() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("firstLine", 3L);
        Issue issue = issue("FORMAT.DUPLICATE_RECORD_ID", arguments);
        arguments.put("firstLine", 4L);
        assertThat(issue.arguments()).containsEntry("firstLine", 3L);
        assertThat(issue.line()).isEmpty();
        assertThat(issue.recordId()).isEmpty();
        assertThat(issue.withLine(1).line()).hasValue(1);
        assertThatThrownBy(() -> issue.withLine(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> issue.arguments().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        ValidationReport report = ValidationReport.of(List.of(issue, issue.withLine(2)));
        assertThat(report.count(Severity.ERROR)).isEqualTo(2);
        assertThat(report.count(Severity.INFO)).isZero();
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.ruleIds()).containsExactly("FORMAT.DUPLICATE_RECORD_ID");
    }
}
