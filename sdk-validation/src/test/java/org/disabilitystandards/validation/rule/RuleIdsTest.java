package org.disabilitystandards.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disabilitystandards.core.grading.GradingFinding;
import org.junit.jupiter.api.Test;

class RuleIdsTest {

    /** The constants of {@link RuleIds} by name. */
    private static Map<String, String> constants() throws IllegalAccessException {
        Map<String, String> constants = new TreeMap<>();
        for (Field field : RuleIds.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && field.getType() == String.class) {
                assertThat(Modifier.isPublic(modifiers) && Modifier.isFinal(modifiers)).as(field.getName()).isTrue();
                constants.put(field.getName(), (String) field.get(null));
            }
        }
        return constants;
    }

    @Test
    void everyBundledRuleHasItsConstantAndEveryConstantItsRule() throws IllegalAccessException {
        List<String> catalogued = new ArrayList<>();
        for (Rule rule : RuleCatalogue.bundled().rules()) {
            catalogued.add(rule.id());
        }
        assertThat(constants().values()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(catalogued);
    }

    @Test
    void aConstantIsNamedAfterItsId() throws IllegalAccessException {
        assertThat(constants()).allSatisfy((name, id) -> assertThat(name).isEqualTo(id.replace('.', '_')));
        assertThat(RuleIds.ID_CHECKSUM).isEqualTo("ID.CHECKSUM");
        assertThat(RuleIds.SERVICE_GRADE_RANGE).isEqualTo("SERVICE_GRADE.RANGE");
    }

    @Test
    void theGradingFindingsAreTheAssessmentRulesOfTheSameIds() {
        assertThat(List.of(GradingFinding.MEASUREMENT_RANGE, GradingFinding.WRONG_MEASUREMENT,
                GradingFinding.BELOW_THRESHOLD, GradingFinding.AGE_NOT_GRADABLE, GradingFinding.AGE_METHOD))
                .containsExactly(RuleIds.ASSESS_MEASUREMENT_RANGE, RuleIds.ASSESS_WRONG_MEASUREMENT,
                        RuleIds.ASSESS_BELOW_THRESHOLD, RuleIds.ASSESS_AGE_NOT_GRADABLE, RuleIds.ASSESS_AGE_METHOD)
                .allSatisfy(id -> assertThat(RuleCatalogue.bundled().find(id)).isPresent());
    }
}
