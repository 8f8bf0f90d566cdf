package org.disabilitystandards.validation.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Each indicator constant carries the kind and the inputs its computation reads. */
class IndicatorIdTest {

    @ParameterizedTest
    @EnumSource(IndicatorId.class)
    void aDefinitionWithEveryInputAndTheRightKindIsComplete(IndicatorId id) {
        assertThat(id.missingInput(id.kind(), true, true, true)).isEmpty();
        for (IndicatorKind other : IndicatorKind.values()) {
            if (other != id.kind()) {
                assertThat(id.missingInput(other, true, true, true)).hasValue("kind must be " + id.kind());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "HOUSEHOLD_INCOME_GROWTH, NOT_MEASURED, false, false, false, ''",
        "PENSION_INSURANCE, RATE, false, false, false, ''",
        "CARE_ALLOWANCE_COVERAGE, RATE, false, true, true, needs a benefit",
        "LIVING_ALLOWANCE_COVERAGE, RATE, true, false, false, ''",
        "REHABILITATION_COVERAGE, RATE, true, false, true, needs a non-empty needs list",
        "ASSISTIVE_DEVICE_FITTING, RATE, false, true, false, needs a non-empty services list and a window",
        "ASSISTIVE_DEVICE_FITTING, RATE, false, true, true, ''",
        "VOCATIONAL_TRAINING, COUNT, false, false, false, needs a non-empty services list and a window",
        "ACCESSIBILITY_RETROFIT_HOUSEHOLDS, COUNT, false, false, true, ''",
        "MENTAL_COMMUNITY_REHABILITATION_COUNTIES, RATE, true, true, false, needs a non-empty services list and a window"})
    void eachConstantNamesWhatItsDefinitionLacks(IndicatorId id, IndicatorKind kind, boolean benefit, boolean needs,
            boolean services, String missing) {
        assertThat(id.missingInput(kind, benefit, needs, services).orElse("")).isEqualTo(missing);
    }

    @Test
    void theKindsFollowThePlan() {
        assertThat(IndicatorId.HOUSEHOLD_INCOME_GROWTH.kind()).isEqualTo(IndicatorKind.NOT_MEASURED);
        assertThat(IndicatorId.VOCATIONAL_TRAINING.kind()).isEqualTo(IndicatorKind.COUNT);
        assertThat(IndicatorId.ACCESSIBILITY_RETROFIT_HOUSEHOLDS.kind()).isEqualTo(IndicatorKind.COUNT);
        assertThat(IndicatorId.MEDICAL_INSURANCE.kind()).isEqualTo(IndicatorKind.RATE);
    }
}
