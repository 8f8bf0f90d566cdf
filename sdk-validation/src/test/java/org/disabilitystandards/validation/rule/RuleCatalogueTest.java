package org.disabilitystandards.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.disabilitystandards.core.table.TableException;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    @Test
    void catalogueListsEveryRuleIdOfTheDesign() throws IOException {
        List<String> designIds;
        try (InputStream in = getClass().getResourceAsStream("design-rule-ids.txt")) {
            designIds = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        assertThat(designIds).hasSize(49 - 1);
        assertThat(RuleCatalogue.bundled().rules()).extracting(Rule::id).containsAll(designIds);
    }

    @Test
    void everyRuleHasMessagesInBothLanguagesWithItsArguments() {
        for (Rule rule : RuleCatalogue.bundled().rules()) {
            Set<String> english = placeholders(rule.messageTemplate(Locale.ENGLISH));
            Set<String> chinese = placeholders(rule.messageTemplate(Locale.SIMPLIFIED_CHINESE));
            assertThat(english).as(rule.id()).containsExactlyInAnyOrderElementsOf(rule.argumentNames());
            assertThat(chinese).as(rule.id()).containsExactlyInAnyOrderElementsOf(rule.argumentNames());
            assertThat(rule.messageTemplate(Locale.SIMPLIFIED_CHINESE)).as(rule.id())
                    .isNotEqualTo(rule.messageTemplate(Locale.ENGLISH));
        }
    }

    static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = template.indexOf('}', open);
            names.add(template.substring(open + 1, close));
            open = template.indexOf('{', close);
        }
        return names;
    }

    @Test
    void configurableDefaultsAreNamedInTheirClauseOrDocumented() {
        for (Rule rule : RuleCatalogue.bundled().rules()) {
            assertThat(rule.document()).isNotBlank();
            assertThat(rule.clause()).isNotBlank();
            assertThat(rule.effectiveFrom()).isAfterOrEqualTo(LocalDate.of(1900, 1, 1));
        }
        assertThat(RuleCatalogue.bundled().get("BENEFIT.CHILD_AID_AGE").confidence())
                .isEqualTo(Confidence.CONFIGURABLE_DEFAULT);
        assertThat(RuleCatalogue.bundled().get("ID.CHECKSUM").confidence()).isEqualTo(Confidence.CONFIRMED);
    }

    @Test
    void retiredRulesAreOutOfForceFromTheirRetirementDate() throws IOException {
        String json = "{\"edition\":\"t\",\"rules\":[{\"id\":\"X.Y\",\"domain\":\"FORMAT\",\"severity\":\"ERROR\","
                + "\"document\":\"d\",\"clause\":\"c\",\"effectiveFrom\":\"2016-01-01\",\"retiredOn\":\"2021-01-01\","
                + "\"confidence\":\"CONFIRMED\",\"arguments\":[]}]}";
        Rule rule = RuleCatalogue.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).get("X.Y");
        assertThat(rule.isInForce(LocalDate.of(2015, 12, 31))).isFalse();
        assertThat(rule.isInForce(LocalDate.of(2016, 1, 1))).isTrue();
        assertThat(rule.isInForce(LocalDate.of(2020, 12, 31))).isTrue();
        assertThat(rule.isInForce(LocalDate.of(2021, 1, 1))).isFalse();
        assertThat(rule.retiredOn()).hasValue(LocalDate.of(2021, 1, 1));
    }

    @Test
    void malformedCataloguesAreRejectedWithTheRuleNamed() {
        String json = "{\"edition\":\"t\",\"rules\":[{\"id\":\"X.Y\",\"domain\":\"FORMAT\",\"severity\":\"ERROR\"}]}";
        assertThatThrownBy(() -> RuleCatalogue.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.table()).isEqualTo("rules");
                    assertThat(e.edition()).hasValue("t");
                    assertThat(e.location()).isEqualTo("/rules/0/document");
                    assertThat(e.reason()).isEqualTo(TableException.Reason.MISSING_FIELD);
                });
    }
}
