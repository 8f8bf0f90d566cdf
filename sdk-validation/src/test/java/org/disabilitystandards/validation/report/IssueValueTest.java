package org.disabilitystandards.validation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssueValueTest {

    private static final List<String> NAMES = List.of("issuedOn", "asOf");

    private static Issue expired() {
        return Issue.ofPositional("CERT.EXPIRED", Severity.WARNING, "certificate.validUntil", "source", "edition",
                NAMES, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31));
    }

    @Test
    void positionalArgumentsAreNamedInTheRulesOrderAndEqualToTheNamedForm() {
        Issue positional = expired();
        assertThat(positional.arguments()).containsExactly(Map.entry("issuedOn", LocalDate.of(2020, 1, 1)),
                Map.entry("asOf", LocalDate.of(2025, 12, 31)));
        assertThat(positional.arguments().get("asOf")).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(positional.arguments().get("detail")).isNull();
        Issue named = Issue.of("CERT.EXPIRED", Severity.WARNING, "certificate.validUntil",
                Map.of("issuedOn", LocalDate.of(2020, 1, 1), "asOf", LocalDate.of(2025, 12, 31)), "source", "edition");
        assertThat(positional).isEqualTo(named).hasSameHashCodeAs(named);
        assertThatThrownBy(() -> positional.arguments().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theNumberOfValuesMustMatchTheNamesAndNoValueIsNull() {
        assertThatThrownBy(() -> Issue.ofPositional("CERT.EXPIRED", Severity.WARNING, "", "s", "e", NAMES, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Issue.ofPositional("CERT.EXPIRED", Severity.WARNING, "", "s", "e", NAMES, 1, null))
                .isInstanceOf(NullPointerException.class);
        assertThat(Issue.ofPositional("ID.CHECKSUM", Severity.ERROR, "idNumber", "s", "e", List.of()).arguments())
                .isEmpty();
    }

    @Test
    void everyComponentTakesPartInEquality() {
        Issue base = expired();
        assertThat(base).isEqualTo(expired()).hasSameHashCodeAs(expired());
        assertThat(base.withLine(3)).isNotEqualTo(base).isEqualTo(expired().withLine(3));
        assertThat(base.withRecordId("R1")).isNotEqualTo(base);
        assertThat(base.withPosition("Sheet1!D17")).isNotEqualTo(base);
        assertThat(Issue.ofPositional("CERT.EXPIRED", Severity.WARNING, "certificate.validUntil", "source",
                "another edition", NAMES, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31))).isNotEqualTo(base);
        assertThat(Issue.ofPositional("CERT.EXPIRED", Severity.WARNING, "certificate.validUntil", "other source",
                "edition", NAMES, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31))).isNotEqualTo(base);
        assertThatThrownBy(() -> base.withLine(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringShowsWhereAndArgumentsButNoMessageText() {
        Issue issue = expired().withLine(7).withRecordId("QH-1").withPosition("Sheet1!D17");
        assertThat(issue.toString()).isEqualTo("WARNING CERT.EXPIRED at certificate.validUntil line 7 at Sheet1!D17"
                + " record QH-1 {issuedOn=2020-01-01, asOf=2025-12-31}");
    }

    @Test
    void reportsCountBySeverityAndCompareByTheirIssues() {
        Issue error = Issue.ofPositional("ID.CHECKSUM", Severity.ERROR, "idNumber", "s", "e", List.of());
        ValidationReport report = ValidationReport.of(List.of(expired(), error, expired()));
        assertThat(report.count(Severity.WARNING)).isEqualTo(2);
        assertThat(report.count(Severity.ERROR)).isEqualTo(1);
        assertThat(report.count(Severity.INFO)).isZero();
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.ruleIds()).containsExactly("CERT.EXPIRED", "ID.CHECKSUM");
        assertThat(report).isEqualTo(ValidationReport.of(List.of(expired(), error, expired())))
                .isNotEqualTo(ValidationReport.of(List.of(expired())));
        assertThat(ValidationReport.of(List.of(expired())).hasErrors()).isFalse();
        assertThat(ValidationReport.of(List.of()).isEmpty()).isTrue();
        assertThat(report.toString()).startsWith("ValidationReport{errors=1, warnings=2, infos=0, issues=[");
    }

    @Test
    void aCollectorThatReceivedNothingGivesTheEmptyReport() {
        ValidationReport.Collector collector = ValidationReport.collector();
        assertThat(collector.report()).isSameAs(ValidationReport.of(List.of()));
        collector.accept(expired());
        assertThat(collector.report().issues()).containsExactly(expired());
    }
}
