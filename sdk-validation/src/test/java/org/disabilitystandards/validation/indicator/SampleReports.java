package org.disabilitystandards.validation.indicator;

import static org.disabilitystandards.validation.indicator.Records.AS_OF;
import static org.disabilitystandards.validation.indicator.Records.benefit;
import static org.disabilitystandards.validation.indicator.Records.holder;
import static org.disabilitystandards.validation.indicator.Records.service;

import java.time.LocalDate;
import java.util.Map;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.model.Education;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.Insurance;
import org.disabilitystandards.core.model.ImmutablePersonRecord;

/** A report over a few hundred synthetic records spread over the prefectures, for the HTML tests. */
final class SampleReports {

    private static final String[] REGIONS = {"630102", "630203", "632121", "632221", "632301", "632522", "632621",
        "632701", "632801"};

    private SampleReports() {
    }

    static IndicatorReport sample() {
        IndicatorAccumulator pass = IndicatorCalculator.of(IndicatorProfile.byName("qinghai"))
                .start(AS_OF, Breakdown.PREFECTURE);
        for (int i = 0; i < 360; i++) {
            DisabilityGrade grade = DisabilityGrade.of(1 + i % 4);
            ImmutablePersonRecord.Builder builder = holder(DisabilityCategory.values()[i % 7], grade)
                    .regionCode(REGIONS[i % REGIONS.length]).householdId("H" + i / 2)
                    .birthDate(LocalDate.of(1950 + i % 70, 1 + i % 12, 1))
                    .insurance(Insurance.builder().pension(i % 10 != 0).medical(i % 25 != 0).build())
                    .household(Household.builder().minimumLivingGuarantee(i % 3 == 0).nearPoverty(i % 3 == 1).build())
                    .education(Education.builder().enrolled(i % 13 != 0).build());
            if (i % 3 == 0 && i % 9 != 0) {
                builder.addBenefit(benefit(BenefitType.LIVING_ALLOWANCE, "2020-01", null))
                        .addBenefit(benefit(BenefitType.MINIMUM_LIVING_GUARANTEE, "2020-01", null));
            }
            if (grade.isSevere() && i % 8 != 1) {
                builder.addBenefit(benefit(BenefitType.CARE_ALLOWANCE, "2020-01", null));
            }
            if (i % 2 == 0) {
                builder.addNeed(ServiceType.REHABILITATION);
                if (i % 20 != 0) {
                    builder.addService(service(ServiceType.REHABILITATION, LocalDate.of(2025, 3, 1)));
                }
            }
            if (i % 5 == 0) {
                builder.addNeed(ServiceType.ASSISTIVE_DEVICE_FITTING)
                        .addService(service(ServiceType.ASSISTIVE_DEVICE_FITTING, LocalDate.of(2025, 4, 1)));
            }
            if (i % 4 == 0) {
                builder.addService(service(ServiceType.VOCATIONAL_TRAINING, LocalDate.of(2023, 5, 1)))
                        .addService(service(ServiceType.ACCESSIBILITY_RETROFIT, LocalDate.of(2022, 5, 1)))
                        .addService(service(ServiceType.MENTAL_COMMUNITY_REHABILITATION, LocalDate.of(2025, 2, 1)));
            }
            pass.accept(builder.build());
        }
        return pass.report().withIssueCounts(Map.of("ID.CHECKSUM", 12L, "CERT.GRADE_MISMATCH", 3L,
                "REGION.UNKNOWN", 1L, "BENEFIT.CARE_ALLOWANCE_INELIGIBLE", 7L));
    }
}
