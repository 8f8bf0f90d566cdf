package org.disabilitystandards.validation.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disabilitystandards.validation.indicator.Records.AS_OF;
import static org.disabilitystandards.validation.indicator.Records.benefit;
import static org.disabilitystandards.validation.indicator.Records.holder;
import static org.disabilitystandards.validation.indicator.Records.nonHolder;
import static org.disabilitystandards.validation.indicator.Records.service;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.CareDependencyLevel;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.model.CareAssessment;
import org.disabilitystandards.core.code.ServiceProgramme;
import org.disabilitystandards.core.model.Service;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.Education;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.Insurance;
import org.disabilitystandards.core.model.PersonRecord;
import org.junit.jupiter.api.Test;

class IndicatorCalculatorTest {

    private static final IndicatorCalculator CALCULATOR = IndicatorCalculator.of(IndicatorProfile.byName("qinghai"));
    private static final Household DIBAO = Household.builder().minimumLivingGuarantee(true).build();
    private static final Household NEAR = Household.builder().nearPoverty(true).build();

    private static IndicatorReport compute(List<PersonRecord> records) {
        IndicatorAccumulator pass = CALCULATOR.start(AS_OF, Breakdown.PREFECTURE);
        records.forEach(pass::accept);
        return pass.report();
    }

    private static IndicatorResult result(List<PersonRecord> records, IndicatorId id) {
        return compute(records).result(id).orElseThrow();
    }

    private static void assertRate(IndicatorResult result, long numerator, long denominator) {
        assertThat(result.numerator()).hasValue(numerator);
        assertThat(result.denominator()).hasValue(denominator);
        assertThat(result.value()).hasValue((double) numerator / denominator);
    }

    @Test
    void vocationalTrainingCountsPeopleTrainedInThePlanPeriodUpToTheAsOfDate() {
        List<PersonRecord> records = List.of(
                holder().addService(service(ServiceType.VOCATIONAL_TRAINING, LocalDate.of(2021, 1, 1)))
                        .addService(service(ServiceType.VOCATIONAL_TRAINING, LocalDate.of(2022, 5, 1))).build(),
                holder().addService(service(ServiceType.VOCATIONAL_TRAINING, AS_OF)).build(),
                holder().addService(service(ServiceType.VOCATIONAL_TRAINING, LocalDate.of(2020, 12, 31))).build(),
                holder().addService(service(ServiceType.VOCATIONAL_TRAINING, AS_OF.plusDays(1))).build(),
                holder().addService(service(ServiceType.EMPLOYMENT_SERVICE, AS_OF)).build(),
                nonHolder().addService(service(ServiceType.VOCATIONAL_TRAINING, AS_OF)).build());
        IndicatorResult result = result(records, IndicatorId.VOCATIONAL_TRAINING);
        assertThat(result.value()).hasValue(2);
        assertThat(result.numerator()).hasValue(2);
        assertThat(result.denominator()).isEmpty();
        assertThat(result.met()).contains(false);
    }

    @Test
    void minimumLivingGuaranteeCountsDibaoHouseholdsAndSingleApplicants() {
        List<PersonRecord> records = List.of(
                holder().household(DIBAO).addBenefit(benefit(BenefitType.MINIMUM_LIVING_GUARANTEE, "2021-01", null))
                        .build(),
                holder().household(DIBAO).build(),
                holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1).household(NEAR).build(),
                holder(DisabilityCategory.INTELLECTUAL, DisabilityGrade.GRADE_3).household(NEAR)
                        .addBenefit(benefit(BenefitType.MINIMUM_LIVING_GUARANTEE, "2025-06", "2025-06")).build(),
                holder(DisabilityCategory.HEARING, DisabilityGrade.GRADE_3).household(NEAR)
                        .addBenefit(benefit(BenefitType.MINIMUM_LIVING_GUARANTEE, "2025-01", null)).build(),
                holder(DisabilityCategory.MENTAL, DisabilityGrade.GRADE_4).household(NEAR).build(),
                holder().build());
        IndicatorResult result = result(records, IndicatorId.MINIMUM_LIVING_GUARANTEE_INCLUSION);
        assertRate(result, 2, 4);
        assertThat(result.met()).contains(false);
    }

    @Test
    void livingAllowanceCountsOnlyBenefitsActiveOnTheAsOfDate() {
        List<PersonRecord> records = List.of(
                holder().household(DIBAO).addBenefit(benefit(BenefitType.LIVING_ALLOWANCE, "2019-04", null)).build(),
                holder().household(DIBAO).addBenefit(benefit(BenefitType.LIVING_ALLOWANCE, "2019-04", "2025-06"))
                        .build(),
                holder().household(DIBAO).addBenefit(benefit(BenefitType.LIVING_ALLOWANCE, "2019-04", "2025-05"))
                        .build(),
                holder().household(DIBAO).addBenefit(benefit(BenefitType.LIVING_ALLOWANCE, "2025-07", null)).build(),
                holder().household(DIBAO).addBenefit(benefit(BenefitType.CARE_ALLOWANCE, "2019-04", null)).build(),
                holder().addBenefit(benefit(BenefitType.LIVING_ALLOWANCE, "2019-04", null)).build());
        assertRate(result(records, IndicatorId.LIVING_ALLOWANCE_COVERAGE), 2, 5);
    }

    @Test
    void careAllowanceCoversGradesOneAndTwo() {
        List<PersonRecord> records = List.of(
                holder(DisabilityCategory.VISUAL, DisabilityGrade.GRADE_1)
                        .addBenefit(benefit(BenefitType.CARE_ALLOWANCE, "2020-01", null)).build(),
                holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2)
                        .addBenefit(benefit(BenefitType.CARE_ALLOWANCE, "2020-01", null)).build(),
                holder(DisabilityCategory.MENTAL, DisabilityGrade.GRADE_2).build(),
                holder(DisabilityCategory.MENTAL, DisabilityGrade.GRADE_3)
                        .addBenefit(benefit(BenefitType.CARE_ALLOWANCE, "2020-01", null)).build());
        IndicatorResult result = result(records, IndicatorId.CARE_ALLOWANCE_COVERAGE);
        assertRate(result, 2, 3);
        assertThat(result.definition().binding()).isTrue();
    }

    @Test
    void careAllowancePopulationLeavesOutHoldersAssessedWithoutCareNeed() {
        List<PersonRecord> records = List.of(
                holder(DisabilityCategory.VISUAL, DisabilityGrade.GRADE_1)
                        .careLevel(CareAssessment.builder().level(CareDependencyLevel.LEVEL_0).build()).build(),
                holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2)
                        .careLevel(CareAssessment.builder().level(CareDependencyLevel.LEVEL_1).build())
                        .addBenefit(benefit(BenefitType.CARE_ALLOWANCE, "2020-01", null)).build(),
                holder(DisabilityCategory.MENTAL, DisabilityGrade.GRADE_2).build());
        assertRate(result(records, IndicatorId.CARE_ALLOWANCE_COVERAGE), 1, 2);
    }

    @Test
    void pensionCountsHoldersFromSixteenNotInEducation() {
        Insurance pension = Insurance.builder().pension(true).build();
        List<PersonRecord> records = List.of(
                holder().birthDate(AS_OF.minusYears(16)).insurance(pension).build(),
                holder().birthDate(AS_OF.minusYears(16).plusDays(1)).insurance(pension).build(),
                holder().birthDate(LocalDate.of(1995, 1, 1)).education(Education.builder().enrolled(true).build())
                        .build(),
                holder().birthDate(LocalDate.of(1960, 1, 1)).build(),
                holder().birthDate(LocalDate.of(1960, 1, 1)).education(Education.builder().enrolled(false).build())
                        .insurance(pension).build());
        assertRate(result(records, IndicatorId.PENSION_INSURANCE), 2, 3);
    }

    @Test
    void recordsWithoutBirthDateAreOutsideTheAgeBasedDenominators() {
        PersonRecord noBirthDate = PersonRecord.builder().from(holder().build()).birthDate(Optional.empty()).build();
        IndicatorReport report = compute(List.of(noBirthDate));
        assertThat(report.result(IndicatorId.PENSION_INSURANCE).orElseThrow().denominator()).hasValue(0);
        assertThat(report.result(IndicatorId.COMPULSORY_EDUCATION).orElseThrow().denominator()).hasValue(0);
        assertThat(report.result(IndicatorId.MEDICAL_INSURANCE).orElseThrow().denominator()).hasValue(1);
    }

    @Test
    void pensionTargetIsStrictlyMoreThanNinetyOnePercent() {
        assertThat(result(insured(91, 100, true), IndicatorId.PENSION_INSURANCE).met()).contains(false);
        assertThat(result(insured(92, 100, true), IndicatorId.PENSION_INSURANCE).met()).contains(true);
    }

    @Test
    void medicalTargetIsStrictlyMoreThanNinetyFivePercent() {
        assertThat(result(insured(19, 20, false), IndicatorId.MEDICAL_INSURANCE).met()).contains(false);
        IndicatorResult above = result(insured(96, 100, false), IndicatorId.MEDICAL_INSURANCE);
        assertRate(above, 96, 100);
        assertThat(above.met()).contains(true);
    }

    private static List<PersonRecord> insured(int enrolled, int total, boolean pensionInsurance) {
        List<PersonRecord> records = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Insurance insurance = Insurance.builder().pension(pensionInsurance && i < enrolled)
                    .medical(!pensionInsurance && i < enrolled).build();
            records.add(holder().insurance(insurance).build());
        }
        return records;
    }

    @Test
    void compulsoryEducationCountsAgesSixToFifteen() {
        Education enrolled = Education.builder().enrolled(true).build();
        List<PersonRecord> records = List.of(
                holder().birthDate(AS_OF.minusYears(6)).education(enrolled).build(),
                holder().birthDate(AS_OF.minusYears(16).plusDays(1)).build(),
                holder().birthDate(AS_OF.minusYears(6).plusDays(1)).education(enrolled).build(),
                holder().birthDate(AS_OF.minusYears(16)).education(enrolled).build());
        assertRate(result(records, IndicatorId.COMPULSORY_EDUCATION), 1, 2);
    }

    @Test
    void compulsoryEducationTargetIsAtLeastNinetySevenPercent() {
        assertThat(result(pupils(97, 100), IndicatorId.COMPULSORY_EDUCATION).met()).contains(true);
        assertThat(result(pupils(96, 100), IndicatorId.COMPULSORY_EDUCATION).met()).contains(false);
    }

    private static List<PersonRecord> pupils(int enrolled, int total) {
        List<PersonRecord> records = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            records.add(holder().birthDate(LocalDate.of(2015, 3, 1))
                    .education(Education.builder().enrolled(i < enrolled).build()).build());
        }
        return records;
    }

    @Test
    void rehabilitationCountsServicesInTheYearOfTheAsOfDateForThoseWhoNeedIt() {
        List<PersonRecord> records = List.of(
                holder().addNeed(ServiceType.REHABILITATION)
                        .addService(service(ServiceType.REHABILITATION, LocalDate.of(2025, 1, 1))).build(),
                holder().addNeed(ServiceType.CHILD_REHABILITATION)
                        .addService(service(ServiceType.CHILD_REHABILITATION, LocalDate.of(2024, 12, 31))).build(),
                holder().addNeed(ServiceType.CHILD_REHABILITATION)
                        .addService(service(ServiceType.REHABILITATION, AS_OF)).build(),
                holder().addNeed(ServiceType.REHABILITATION)
                        .addService(service(ServiceType.REHABILITATION, AS_OF.plusDays(1))).build(),
                holder().addService(service(ServiceType.REHABILITATION, AS_OF)).build());
        IndicatorResult result = result(records, IndicatorId.REHABILITATION_COVERAGE);
        assertRate(result, 2, 4);
        assertThat(result.met()).contains(false);
    }

    @Test
    void assistiveDeviceFittingTargetIsNinetyPercent() {
        List<PersonRecord> ninety = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            var builder = holder().addNeed(ServiceType.ASSISTIVE_DEVICE_FITTING);
            if (i < 9) {
                builder.addService(service(ServiceType.ASSISTIVE_DEVICE_FITTING, LocalDate.of(2025, 3, 1)));
            }
            ninety.add(builder.build());
        }
        IndicatorResult met = result(ninety, IndicatorId.ASSISTIVE_DEVICE_FITTING);
        assertRate(met, 9, 10);
        assertThat(met.met()).contains(true);
        ninety.add(holder().addNeed(ServiceType.ASSISTIVE_DEVICE_FITTING).build());
        assertThat(result(ninety, IndicatorId.ASSISTIVE_DEVICE_FITTING).met()).contains(false);
    }


    @Test
    void retrofitsCountHouseholdsOnce() {
        List<PersonRecord> records = List.of(
                holder().householdId("H1").household(DIBAO).addService(service(ServiceType.ACCESSIBILITY_RETROFIT, AS_OF))
                        .build(),
                holder().householdId("H1").household(DIBAO)
                        .addService(service(ServiceType.ACCESSIBILITY_RETROFIT, LocalDate.of(2022, 1, 1))).build(),
                holder().householdId("H2").household(DIBAO)
                        .addService(service(ServiceType.ACCESSIBILITY_RETROFIT, LocalDate.of(2020, 1, 1))).build(),
                holder().household(DIBAO)
                        .addService(service(ServiceType.ACCESSIBILITY_RETROFIT, LocalDate.of(2023, 1, 1))).build(),
                holder().regionCode("632121").householdId("H3").household(DIBAO)
                        .addService(service(ServiceType.ACCESSIBILITY_RETROFIT, LocalDate.of(2023, 1, 1))).build());
        IndicatorResult result = result(records, IndicatorId.ACCESSIBILITY_RETROFIT_HOUSEHOLDS);
        assertThat(result.value()).hasValue(3);
        assertThat(result.met()).contains(false);
        assertThat(result.byRegion().get("6301").numerator()).hasValue(2);
        assertThat(result.byRegion().get("6302").numerator()).hasValue(1);
        assertThat(result.byRegion().get("6302").met()).isEmpty();
    }

    @Test
    void retrofitsCountOnlyHardshipHouseholdsWithAGradeOneOrTwoMember() {
        Service retrofit = service(ServiceType.ACCESSIBILITY_RETROFIT, LocalDate.of(2023, 1, 1));
        List<PersonRecord> records = List.of(
                holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1).householdId("H1").household(DIBAO)
                        .addService(retrofit).build(),
                holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2).householdId("H2")
                        .household(Household.builder().extremePoverty(true).build()).addService(retrofit).build(),
                holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2).householdId("H3")
                        .household(Household.builder().nearPoverty(true).build()).addService(retrofit).build(),
                // not 困难重度: grade 3, or no hardship status, or no status recorded
                holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_3).householdId("H4").household(DIBAO)
                        .addService(retrofit).build(),
                holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1).householdId("H5")
                        .household(Household.builder().build()).addService(retrofit).build(),
                holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1).householdId("H6").addService(retrofit)
                        .build());
        assertThat(result(records, IndicatorId.ACCESSIBILITY_RETROFIT_HOUSEHOLDS).value()).hasValue(3);
    }

    @Test
    void codedServicesOfTheProgrammesCountForIndicatorsNineToEleven() {
        LocalDate date = LocalDate.of(2025, 3, 1);
        Service aid = Service.builder().type(ServiceType.HOME_VISIT).date(date)
                .programme(ServiceProgramme.CHILD_REHABILITATION_AID).build();
        Service fitting = Service.builder().type(ServiceType.HOME_VISIT).date(date)
                .programme(ServiceProgramme.ASSISTIVE_DEVICE_FITTING).build();
        Service retrofit = Service.builder().type(ServiceType.HOME_VISIT).date(date)
                .programme(ServiceProgramme.HOUSEHOLD_ACCESSIBILITY_RETROFIT).build();
        Service uncodedVisit = service(ServiceType.HOME_VISIT, date);
        List<PersonRecord> served = List.of(
                holder().addNeed(ServiceType.CHILD_REHABILITATION).addService(aid).build(),
                holder().addNeed(ServiceType.ASSISTIVE_DEVICE_FITTING).addService(fitting).build(),
                holder().householdId("H7").household(DIBAO).addService(retrofit).build());
        assertThat(result(served, IndicatorId.REHABILITATION_COVERAGE).value()).hasValue(1.0);
        assertThat(result(served, IndicatorId.ASSISTIVE_DEVICE_FITTING).value()).hasValue(1.0);
        assertThat(result(served, IndicatorId.ACCESSIBILITY_RETROFIT_HOUSEHOLDS).value()).hasValue(1);
        List<PersonRecord> visited = List.of(
                holder().addNeed(ServiceType.CHILD_REHABILITATION).addService(uncodedVisit).build(),
                holder().addNeed(ServiceType.ASSISTIVE_DEVICE_FITTING).addService(uncodedVisit).build(),
                holder().householdId("H7").household(DIBAO).addService(uncodedVisit).build());
        assertThat(result(visited, IndicatorId.REHABILITATION_COVERAGE).value()).hasValue(0.0);
        assertThat(result(visited, IndicatorId.ASSISTIVE_DEVICE_FITTING).value()).hasValue(0.0);
        assertThat(result(visited, IndicatorId.ACCESSIBILITY_RETROFIT_HOUSEHOLDS).value()).hasValue(0);
    }

    @Test
    void mentalRehabilitationCountsCurrentCountiesOfTheProvinceWithAServiceInTheYear() {
        List<PersonRecord> records = List.of(
                holder().regionCode("630102")
                        .addService(service(ServiceType.MENTAL_COMMUNITY_REHABILITATION, AS_OF)).build(),
                holder().regionCode("630102")
                        .addService(service(ServiceType.MENTAL_COMMUNITY_REHABILITATION, AS_OF)).build(),
                holder().regionCode("632121")
                        .addService(service(ServiceType.MENTAL_COMMUNITY_REHABILITATION, AS_OF)).build(),
                holder().regionCode("630203")
                        .addService(service(ServiceType.MENTAL_COMMUNITY_REHABILITATION, AS_OF)).build(),
                holder().regionCode("632221").addService(
                        service(ServiceType.MENTAL_COMMUNITY_REHABILITATION, LocalDate.of(2024, 6, 1))).build(),
                holder().regionCode("110101")
                        .addService(service(ServiceType.MENTAL_COMMUNITY_REHABILITATION, AS_OF)).build());
        IndicatorResult result = result(records, IndicatorId.MENTAL_COMMUNITY_REHABILITATION_COUNTIES);
        int counties = CALCULATOR.divisions().currentCounties("63").size();
        assertThat(counties).isGreaterThan(40);
        assertRate(result, 2, counties);
        assertThat(result.met()).contains(false);
        assertThat(result.byRegion().get("6302").numerator()).hasValue(1);
        assertThat(result.byRegion().get("6302").denominator())
                .hasValue(CALCULATOR.divisions().currentCounties("6302").size());
        assertThat(result.byRegion().get("6322").numerator()).hasValue(0);
    }

    @Test
    void onlyCurrentCertificateHoldersCount() {
        Certificate expired = Certificate.builder().number("630102198001010011").category(DisabilityCategory.VISUAL)
                .grade(DisabilityGrade.GRADE_1).issuedOn(LocalDate.of(2010, 1, 1))
                .validUntil(AS_OF.minusDays(1)).build();
        Certificate future = Certificate.builder().from(expired).issuedOn(AS_OF.plusDays(1)).validUntil(Optional.empty())
                .build();
        Certificate lastDay = Certificate.builder().from(expired).validUntil(AS_OF).build();
        List<PersonRecord> records = List.of(holder().certificate(expired).build(),
                holder().certificate(future).build(), holder().certificate(lastDay).build(), nonHolder().build());
        IndicatorReport report = compute(records);
        assertThat(report.records()).isEqualTo(4);
        assertThat(report.holders()).isEqualTo(1);
        assertThat(report.result(IndicatorId.MEDICAL_INSURANCE).orElseThrow().denominator()).hasValue(1);
    }

    @Test
    void emptyDenominatorsGiveNullAndIndicatorOneIsNotMeasured() {
        IndicatorReport report = compute(List.of());
        for (IndicatorResult result : report.results()) {
            switch (result.definition().kind()) {
                case RATE:
                    if (result.id() != IndicatorId.MENTAL_COMMUNITY_REHABILITATION_COUNTIES) {
                        assertThat(result.value()).as(result.id().name()).isEmpty();
                        assertThat(result.denominator()).hasValue(0);
                        assertThat(result.met()).isEmpty();
                    }
                    break;
                case COUNT:
                    assertThat(result.value()).hasValue(0);
                    assertThat(result.met()).contains(false);
                    break;
                default:
                    assertThat(result.id()).isEqualTo(IndicatorId.HOUSEHOLD_INCOME_GROWTH);
                    assertThat(result.value()).isEmpty();
                    assertThat(result.numerator()).isEmpty();
                    assertThat(result.met()).isEmpty();
                    assertThat(result.definition().target()).isEmpty();
                    break;
            }
        }
        assertThat(report.results()).hasSize(12);
        assertThat(report.result(IndicatorId.MENTAL_COMMUNITY_REHABILITATION_COUNTIES).orElseThrow().value())
                .hasValue(0);
    }

    @Test
    void prefectureKeysMapRetiredHaidongCodesAndUnknownCodes() {
        List<PersonRecord> records = List.of(holder().regionCode("632121").build(),
                holder().regionCode("630202").insurance(Insurance.builder().medical(true).build()).build(),
                holder().regionCode("999999").build(), holder().regionCode("6301").build());
        IndicatorResult medical = result(records, IndicatorId.MEDICAL_INSURANCE);
        assertThat(medical.byRegion()).containsKeys("6301", "6302", "6322", "6323", "6325", "6326", "6327", "6328",
                IndicatorCalculator.UNKNOWN_REGION);
        assertThat(medical.byRegion()).doesNotContainKey("6321");
        assertRate(medical.byRegion().get("6302"), 1, 2);
        assertRate(medical.byRegion().get(IndicatorCalculator.UNKNOWN_REGION), 0, 2);
        assertThat(medical.byRegion().get("6301").value()).isEmpty();
    }

    @Test
    void countyBreakdownUsesCurrentCountyCodes() {
        IndicatorAccumulator pass = CALCULATOR.start(AS_OF, Breakdown.COUNTY);
        pass.accept(holder().regionCode("632121").build());
        IndicatorResult medical = pass.report().result(IndicatorId.MEDICAL_INSURANCE).orElseThrow();
        assertRate(medical.byRegion().get("630203"), 0, 1);
        assertThat(medical.byRegion().size()).isEqualTo(CALCULATOR.divisions().currentCounties("63").size());
    }

    @Test
    void withoutBreakdownThereAreNoRegions() {
        IndicatorAccumulator pass = CALCULATOR.start(AS_OF);
        pass.accept(holder().build());
        IndicatorReport report = pass.report();
        assertThat(report.breakdown()).isEmpty();
        assertThat(report.results()).allSatisfy(result -> assertThat(result.byRegion()).isEmpty());
    }

    @Test
    void mergedPassesEqualOnePass() {
        List<PersonRecord> records = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            var builder = holder().regionCode(i % 3 == 0 ? "632121" : "630102").householdId("H" + (i % 4))
                    .household(i % 2 == 0 ? DIBAO : NEAR)
                    .addService(service(ServiceType.ACCESSIBILITY_RETROFIT, LocalDate.of(2024, 1, 1)))
                    .addService(service(ServiceType.MENTAL_COMMUNITY_REHABILITATION, AS_OF));
            if (i % 3 == 1) {
                builder.addBenefit(benefit(BenefitType.LIVING_ALLOWANCE, "2024-01", null));
            }
            records.add(builder.build());
        }
        IndicatorReport whole = compute(records);
        qt().forAll(integers().between(0, records.size())).checkAssert(split -> {
            IndicatorAccumulator first = CALCULATOR.start(AS_OF, Breakdown.PREFECTURE);
            IndicatorAccumulator second = CALCULATOR.start(AS_OF, Breakdown.PREFECTURE);
            records.subList(0, split).forEach(first::accept);
            records.subList(split, records.size()).forEach(second::accept);
            first.merge(second);
            assertThat(first.report()).isEqualTo(whole);
        });
    }

    @Test
    void junkRegionCodesDoNotGrowTheCache() {
        IndicatorAccumulator pass = CALCULATOR.start(AS_OF, Breakdown.COUNTY);
        for (int n = 0; n < 2000; n++) {
            pass.accept(Records.holder().regionCode("junk-" + n).build());
        }
        assertThat(pass.cachedRegionCodes()).isZero();
        assertThat(pass.report().records()).isEqualTo(2000);
        // near miss: a code of the table is cached once, however often it occurs
        for (int n = 0; n < 50; n++) {
            pass.accept(Records.holder().regionCode("630102").build());
        }
        assertThat(pass.cachedRegionCodes()).isEqualTo(1);
    }

    @Test
    void talliesSentThroughSerializationAddUpToOnePass() throws Exception {
        List<PersonRecord> records = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            records.add(holder().regionCode(i % 3 == 0 ? "632121" : "630102").householdId("H" + (i % 2))
                    .household(i % 2 == 0 ? DIBAO : NEAR)
                    .addService(service(ServiceType.ACCESSIBILITY_RETROFIT, LocalDate.of(2024, 1, 1)))
                    .addService(service(ServiceType.MENTAL_COMMUNITY_REHABILITATION, AS_OF)).build());
        }
        IndicatorAccumulator whole = CALCULATOR.start(AS_OF, Breakdown.COUNTY);
        records.forEach(whole::accept);
        IndicatorTallies parts = null;
        for (int from = 0; from < records.size(); from += 4) {
            IndicatorAccumulator part = CALCULATOR.start(AS_OF, Breakdown.COUNTY);
            records.subList(from, Math.min(records.size(), from + 4)).forEach(part::accept);
            IndicatorTallies copy = roundTrip(part.tallies());
            assertThat(copy).isEqualTo(part.tallies());
            parts = parts == null ? copy : parts.plus(copy);
        }
        assertThat(parts).isEqualTo(whole.tallies());
        assertThat(parts.records()).isEqualTo(9);
        IndicatorAccumulator merged = CALCULATOR.start(AS_OF, Breakdown.COUNTY);
        merged.merge(parts);
        assertThat(merged.report()).isEqualTo(whole.report());
    }

    @Test
    void talliesOfAnotherDateOrBreakdownAreRefused() {
        IndicatorTallies county = CALCULATOR.start(AS_OF, Breakdown.COUNTY).tallies();
        IndicatorAccumulator prefecture = CALCULATOR.start(AS_OF, Breakdown.PREFECTURE);
        assertThatThrownBy(() -> prefecture.merge(county)).isInstanceOf(IllegalArgumentException.class);
        IndicatorTallies otherDate = CALCULATOR.start(AS_OF.plusDays(1), Breakdown.COUNTY).tallies();
        assertThatThrownBy(() -> county.plus(otherDate)).isInstanceOf(IllegalArgumentException.class);
        assertThat(county.plus(CALCULATOR.start(AS_OF, Breakdown.COUNTY).tallies())).isEqualTo(county);
    }

    private static IndicatorTallies roundTrip(IndicatorTallies tallies) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(tallies);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (IndicatorTallies) in.readObject();
        }
    }
}
