package org.disabilitystandards.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.validation.indicator.Breakdown;
import org.disabilitystandards.validation.indicator.IndicatorAccumulator;
import org.disabilitystandards.validation.indicator.IndicatorCalculator;
import org.disabilitystandards.validation.indicator.IndicatorProfile;
import org.junit.jupiter.api.Test;

class IndicatorReportJsonTest {

    private static final IndicatorCalculator CALCULATOR = IndicatorCalculator.of(IndicatorProfile.byName("qinghai"));

    /** Five minimum-living-guarantee holders in 630102, four of them with the living allowance. */
    private static IndicatorAccumulator fiveHolders(IndicatorAccumulator pass) {
        for (int i = 0; i < 5; i++) {
            var builder = SampleReports.holder(i, DisabilityCategory.HEARING, DisabilityGrade.GRADE_2)
                    .household(Household.builder().minimumLivingGuarantee(true).build());
            if (i < 4) {
                builder.addBenefit(SampleReports.benefit(BenefitType.LIVING_ALLOWANCE, "2024-01"));
            }
            pass.accept(builder.build());
        }
        return pass;
    }

    private static JsonNode find(JsonNode json, String id) {
        for (JsonNode node : json.get("indicators")) {
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    @Test
    void jsonMatchesTheCliContract() {
        JsonNode json = IndicatorReportJson.toJson(fiveHolders(CALCULATOR.start(SampleReports.AS_OF, Breakdown.PREFECTURE))
                .report().withIssueCounts(Map.of("ID.CHECKSUM", 2L, "CERT.GRADE_MISMATCH", 1L)));
        assertThat(json.get("profile").asText()).isEqualTo("qinghai");
        assertThat(json.get("asOf").asText()).isEqualTo("2025-06-30");
        assertThat(json.get("records").asLong()).isEqualTo(5);
        assertThat(json.get("breakdown").asText()).isEqualTo("prefecture");
        JsonNode living = find(json, "LIVING_ALLOWANCE_COVERAGE");
        assertThat(living.get("number").asText()).isEqualTo("4");
        assertThat(living.get("value").asDouble()).isEqualTo(0.8);
        assertThat(living.get("numerator").asLong()).isEqualTo(4);
        assertThat(living.get("denominator").asLong()).isEqualTo(5);
        assertThat(living.get("target").asDouble()).isEqualTo(1.0);
        assertThat(living.get("comparison").asText()).isEqualTo(">=");
        assertThat(living.get("binding").asBoolean()).isTrue();
        assertThat(living.get("met").asBoolean()).isFalse();
        assertThat(living.get("byRegion").get("6301").get("value").asDouble()).isEqualTo(0.8);
        JsonNode income = find(json, "HOUSEHOLD_INCOME_GROWTH");
        assertThat(income.get("value").isNull()).isTrue();
        assertThat(income.get("met").isNull()).isTrue();
        assertThat(find(json, "COMPULSORY_EDUCATION").get("value").isNull()).isTrue();
        assertThat(find(json, "PENSION_INSURANCE").get("value").asDouble()).isEqualTo(0.0);
        assertThat(find(json, "VOCATIONAL_TRAINING").get("value").isIntegralNumber()).isTrue();
        assertThat(find(json, "MENTAL_COMMUNITY_REHABILITATION_COUNTIES").get("number").asText()).isEqualTo("专栏6");
        assertThat(json.get("validation").get("issues").asLong()).isEqualTo(3);
        assertThat(json.get("validation").get("rules").get("ID.CHECKSUM").asLong()).isEqualTo(2);
        assertThat(json.toString()).doesNotContain("测试").doesNotContain("6301021980");
    }

    @Test
    void withoutBreakdownOrIssueCountsTheirMembersAreLeftOut() {
        JsonNode json = IndicatorReportJson.toJson(fiveHolders(CALCULATOR.start(SampleReports.AS_OF)).report());
        assertThat(json.has("breakdown")).isFalse();
        assertThat(json.has("validation")).isFalse();
        assertThat(json.get("indicators")).isNotEmpty()
                .allSatisfy(indicator -> assertThat(indicator.has("byRegion")).isFalse());
        // near miss: with a breakdown, every indicator has its regions
        JsonNode regional = IndicatorReportJson.toJson(fiveHolders(CALCULATOR.start(SampleReports.AS_OF,
                Breakdown.PREFECTURE)).report());
        assertThat(regional.get("indicators")).allSatisfy(indicator -> assertThat(indicator.has("byRegion")).isTrue());
    }
}
