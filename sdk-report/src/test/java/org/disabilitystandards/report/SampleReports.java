package org.disabilitystandards.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.Education;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.Insurance;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.core.model.Service;
import org.disabilitystandards.validation.indicator.Breakdown;
import org.disabilitystandards.validation.indicator.IndicatorAccumulator;
import org.disabilitystandards.validation.indicator.IndicatorCalculator;
import org.disabilitystandards.validation.indicator.IndicatorProfile;
import org.disabilitystandards.validation.indicator.IndicatorReport;

/** Reports over synthetic records (no real person), for the rendering tests. */
final class SampleReports {

    /** The as-of date of every sample. */
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private static final String[] REGIONS = {"630102", "630203", "632121", "632221", "632301", "632522", "632621",
        "632701", "632801"};

    private SampleReports() {
    }

    /**
     * A grade-2 hearing certificate holder (or of the given category and grade) in 630102, born 1980-01-01, with
     * the line number in the record id and the sequence digits of the ID number.
     */
    static ImmutablePersonRecord.Builder holder(int line, DisabilityCategory category, DisabilityGrade grade) {
        String id = String.format("63010219800101%03d1", line % 1000);
        return PersonRecord.builder().recordId("T-" + line).idNumber(id).name("测试").regionCode("630102")
                .birthDate(LocalDate.of(1980, 1, 1))
                .certificate(Certificate.builder().number(id + category.digit() + grade.number()).category(category)
                        .grade(grade).issuedOn(LocalDate.of(2020, 1, 1)).build());
    }

    static Benefit benefit(BenefitType type, String from) {
        return Benefit.builder().type(type).from(YearMonth.parse(from)).build();
    }

    static Service service(ServiceType type, LocalDate date) {
        return Service.builder().type(type).date(date).build();
    }

    /** A report over a few hundred records spread over the prefectures, with issue counts. */
    static IndicatorReport sample() {
        IndicatorAccumulator pass = IndicatorCalculator.of(IndicatorProfile.byName("qinghai"))
                .start(AS_OF, Breakdown.PREFECTURE);
        for (int i = 0; i < 360; i++) {
            DisabilityGrade grade = DisabilityGrade.of(1 + i % 4);
            ImmutablePersonRecord.Builder builder = holder(i, DisabilityCategory.values()[i % 7], grade)
                    .regionCode(REGIONS[i % REGIONS.length]).householdId("H" + i / 2)
                    .birthDate(LocalDate.of(1950 + i % 70, 1 + i % 12, 1))
                    .insurance(Insurance.builder().pension(i % 10 != 0).medical(i % 25 != 0).build())
                    .household(Household.builder().minimumLivingGuarantee(i % 3 == 0).nearPoverty(i % 3 == 1).build())
                    .education(Education.builder().enrolled(i % 13 != 0).build());
            if (i % 3 == 0 && i % 9 != 0) {
                builder.addBenefit(benefit(BenefitType.LIVING_ALLOWANCE, "2020-01"))
                        .addBenefit(benefit(BenefitType.MINIMUM_LIVING_GUARANTEE, "2020-01"));
            }
            if (grade.isSevere() && i % 8 != 1) {
                builder.addBenefit(benefit(BenefitType.CARE_ALLOWANCE, "2020-01"));
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
