package org.disabilitystandards.validation.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.table.TableException;
import org.disabilitystandards.core.table.TableException.Reason;
import org.junit.jupiter.api.Test;

class IndicatorProfileTest {

    private static String bundledText() throws IOException {
        try (InputStream in = IndicatorProfile.class.getResourceAsStream("qinghai.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static IndicatorProfile load(String json) throws IOException {
        return IndicatorProfile.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bundledQinghaiProfileHasThePlanTargets() {
        IndicatorProfile profile = IndicatorProfile.byName("qinghai");
        assertThat(profile.version()).isEqualTo("1");
        assertThat(profile.definitions()).extracting(IndicatorDefinition::id).containsExactly(IndicatorId.values());
        assertThat(profile.definitions()).extracting(IndicatorDefinition::number).containsExactly("1", "2", "3",
                "4", "5", "6", "7", "8", "9", "10", "11", "专栏6");
        assertThat(profile.definition(IndicatorId.VOCATIONAL_TRAINING).orElseThrow().target()).hasValue(5000);
        assertThat(profile.definition(IndicatorId.ACCESSIBILITY_RETROFIT_HOUSEHOLDS).orElseThrow().target())
                .hasValue(7500);
        IndicatorDefinition pension = profile.definition(IndicatorId.PENSION_INSURANCE).orElseThrow();
        assertThat(pension.target()).hasValue(0.91);
        assertThat(pension.comparison()).contains(Comparison.GREATER_THAN);
        assertThat(pension.binding()).isFalse();
        assertThat(profile.definitions()).filteredOn(IndicatorDefinition::binding).extracting(IndicatorDefinition::id)
                .containsExactly(IndicatorId.MINIMUM_LIVING_GUARANTEE_INCLUSION, IndicatorId.LIVING_ALLOWANCE_COVERAGE,
                        IndicatorId.CARE_ALLOWANCE_COVERAGE, IndicatorId.REHABILITATION_COVERAGE,
                        IndicatorId.ASSISTIVE_DEVICE_FITTING, IndicatorId.ACCESSIBILITY_RETROFIT_HOUSEHOLDS);
        assertThat(profile.definition(IndicatorId.MENTAL_COMMUNITY_REHABILITATION_COUNTIES).orElseThrow().target())
                .hasValue(0.8);
        assertThat(profile.definition(IndicatorId.HOUSEHOLD_INCOME_GROWTH).orElseThrow().target()).isEmpty();
        assertThat(profile.planStart()).hasToString("2021-01-01");
        assertThat(profile.planEnd()).hasToString("2025-12-31");
    }

    @Test
    void eligibilityParametersAreProfileData() {
        IndicatorProfile profile = IndicatorProfile.byName("qinghai");
        assertThat(profile.careAllowanceCovered().covers(DisabilityCategory.MENTAL, DisabilityGrade.GRADE_2)).isTrue();
        assertThat(profile.careAllowanceCovered().covers(DisabilityCategory.MENTAL, DisabilityGrade.GRADE_3))
                .isFalse();
        assertThat(profile.dibaoSingleApplication().covers(DisabilityCategory.MENTAL, DisabilityGrade.GRADE_3))
                .isTrue();
        assertThat(profile.dibaoSingleApplication().covers(DisabilityCategory.HEARING, DisabilityGrade.GRADE_3))
                .isFalse();
        assertThat(profile.dibaoSingleApplication()).hasToString("grade 1 (any); grade 2 (any); grade 3 [INTELLECTUAL, MENTAL]");
        assertThat(profile.pensionMinimumAge()).isEqualTo(16);
        assertThat(profile.compulsoryEducationFromAge()).isEqualTo(6);
        assertThat(profile.compulsoryEducationToAge()).isEqualTo(15);
    }

    @Test
    void aProvinceMayWidenTheCareAllowanceByEditingData() throws IOException {
        String widened = bundledText().replace("\"careAllowanceCovered\": [{\"grades\": [1, 2]}]",
                "\"careAllowanceCovered\": [{\"grades\": [1, 2]}, {\"grades\": [3], \"categories\": [\"MENTAL\"]}]");
        IndicatorProfile profile = load(widened);
        assertThat(profile.careAllowanceCovered().covers(DisabilityCategory.MENTAL, DisabilityGrade.GRADE_3)).isTrue();
    }

    @Test
    void unknownProfileNameIsRejected() {
        assertThatThrownBy(() -> IndicatorProfile.byName("national")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("national");
    }

    @Test
    void invalidProfilesAreRejectedWithTheIndicatorNamed() throws IOException {
        String text = bundledText();
        rejects(text.replace("\"target\": 5000, ", ""), "/indicators/1", Reason.MISSING_FIELD,
                "a measured indicator needs target and comparison");
        rejects(text.replace("\"MEDICAL_INSURANCE\"", "\"PENSION_INSURANCE\""), "/indicators/6/id",
                Reason.DUPLICATE_KEY, "indicator PENSION_INSURANCE is defined twice");
        rejects(text.replace("\"MEDICAL_INSURANCE\"", "\"HAPPINESS\""), "/indicators/6/id", Reason.UNKNOWN_CODE,
                "not a code of IndicatorId");
        rejects(text.replace("\"target\": 0.97", "\"target\": 97"), "/indicators/7/target", Reason.INVALID_VALUE,
                "a rate target is a fraction between 0 and 1");
        rejects(text.replace("\"comparison\": \">\"", "\"comparison\": \"=>\""), "/indicators/5/comparison",
                Reason.UNKNOWN_CODE, "comparison is >= or >");
        rejects(text.replace("\"benefit\": \"CARE_ALLOWANCE\"", "\"benefit\": \"CAKE\""), "/indicators/4/benefit",
                Reason.UNKNOWN_CODE, "not a code of BenefitType");
        rejects(text.replace("\"window\": \"PLAN_PERIOD\"}", "\"window\": null}"), "/indicators/1",
                Reason.MISSING_FIELD, "indicator VOCATIONAL_TRAINING needs a non-empty services list and a window");
        rejects(text.replace("\"grades\": [1, 2]}]", "\"grades\": [5]}]"),
                "/parameters/careAllowanceCovered/0/grades/0", Reason.UNKNOWN_CODE, "grade must be 1-4");
        rejects(text.replace("\"to\": \"2025-12-31\"", "\"to\": \"2020-12-31\""), "/planPeriod/to",
                Reason.INVALID_VALUE, "planPeriod ends before it starts");
        rejects(text.replace("\"pensionMinimumAge\": 16", "\"pensionMinimumAge\": \"16\""),
                "/parameters/pensionMinimumAge", Reason.WRONG_TYPE, "expected a whole number");
        rejects(text.replace("\"province\"", "\"provinces\""), "/province", Reason.MISSING_FIELD,
                "missing field province");
        rejects(text.replace("\"province\"", "\"provinces\": \"63\", \"province\""), "/provinces",
                Reason.UNKNOWN_FIELD, "unknown field provinces (known: indicators, parameters, planPeriod, profile, "
                        + "province, source, titleEn, titleZh, version)");
        rejects("[]", "", Reason.WRONG_TYPE, "expected an object");
    }

    private static void rejects(String text, String pointer, Reason reason, String detail) {
        assertThatThrownBy(() -> load(text)).isInstanceOfSatisfying(TableException.class, e -> {
            assertThat(e.table()).isEqualTo("indicator profile");
            assertThat(e.location()).isEqualTo(pointer);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.detail()).isEqualTo(detail);
        });
    }
}
