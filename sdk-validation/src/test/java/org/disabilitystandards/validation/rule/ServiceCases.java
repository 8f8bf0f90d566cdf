package org.disabilitystandards.validation.rule;

import static org.disabilitystandards.validation.rule.Records.CHILD_ID;
import static org.disabilitystandards.validation.rule.Records.adult;
import static org.disabilitystandards.validation.rule.Records.benefit;
import static org.disabilitystandards.validation.rule.Records.certificate;
import static org.disabilitystandards.validation.rule.Records.child;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disabilitystandards.core.catalogue.AssistiveProductCatalogue;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.ChildAidItem;
import org.disabilitystandards.core.code.ChildAidProof;
import org.disabilitystandards.core.code.ChildAidTargetGroup;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.ItemCodeSystem;
import org.disabilitystandards.core.code.RetrofitItem;
import org.disabilitystandards.core.code.ServiceProgramme;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.ChildAid;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.ImmutableService;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.core.model.Service;
import org.disabilitystandards.core.model.ServiceItem;
import org.disabilitystandards.core.model.ServicePeriod;

/**
 * Coded service records (exchange format 1.1) that are clean under both profiles, and for every
 * service-programme rule a record that breaks exactly that rule and a near miss that breaks nothing.
 */
final class ServiceCases {

    /** The example catalogue of the test resources (not an official table). */
    static final AssistiveProductCatalogue CATALOGUE = loadCatalogue();

    /** A breaking case or a near miss under a profile, with or without the example catalogue. */
    record Case(String ruleId, boolean breaks, String what, Profile profile, boolean withCatalogue,
            PersonRecord record) {
        @Override
        public String toString() {
            return ruleId + (breaks ? " breaks: " : " holds: ") + what + " (" + profile.name() + ")";
        }
    }

    private ServiceCases() {
    }

    private static AssistiveProductCatalogue loadCatalogue() {
        try (InputStream in = ServiceCases.class.getResourceAsStream("example-at-catalogue.csv")) {
            return AssistiveProductCatalogue.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceItem item(ItemCodeSystem system, String code, String edition) {
        return ServiceItem.builder().system(system).code(code).edition(edition).build();
    }

    static ServiceItem aidItem(ChildAidItem item) {
        return ServiceItem.builder().system(ItemCodeSystem.CHILD_AID_ITEM).code(item.name()).build();
    }

    static ServicePeriod months(int year, int fromMonth, int toMonth) {
        return ServicePeriod.builder().from(YearMonth.of(year, fromMonth)).to(YearMonth.of(year, toMonth)).build();
    }

    /** Six months of rehabilitation training in 2025 at one institution, 15 000 元, applied for at age 5. */
    static ImmutableService training() {
        return Service.builder().type(ServiceType.CHILD_REHABILITATION).date(LocalDate.of(2025, 1, 15))
                .providerId("QH-INST-01").programme(ServiceProgramme.CHILD_REHABILITATION_AID)
                .item(aidItem(ChildAidItem.REHABILITATION_TRAINING)).amountFen(1_500_000)
                .period(months(2025, 1, 6))
                .childAid(ChildAid.builder().targetGroup(ChildAidTargetGroup.HEARING)
                        .applicationDate(LocalDate.of(2024, 12, 1)).proof(ChildAidProof.CERTIFICATE)
                        .registrationRegionCode("630102").build())
                .build();
    }

    /** The hearing-impaired child of {@link Records#child()} with the care allowance and the aid's training. */
    static ImmutablePersonRecord aidChild(Service... services) {
        return child().withBenefits(benefit(BenefitType.CARE_ALLOWANCE))
                .withServices(services.length == 0 ? List.of(training()) : List.of(services));
    }

    /** A hearing-aid fitting in 2025 after an assessment, 2 500 元 (the example catalogue allows 3 000). */
    static ImmutableService hearingAid() {
        return Service.builder().type(ServiceType.ASSISTIVE_DEVICE_FITTING).date(LocalDate.of(2025, 5, 12))
                .programme(ServiceProgramme.ASSISTIVE_DEVICE_FITTING)
                .item(item(ItemCodeSystem.GBT_16432, "22 06", "2016")).amountFen(250_000)
                .assessedOn(LocalDate.of(2025, 4, 20)).build();
    }

    /** The adult of {@link Records#adult()} with coded fittings. */
    static ImmutablePersonRecord fitted(Service... services) {
        return adult().withServices(services.length == 0 ? List.of(hearingAid()) : List.of(services));
    }

    /** A flashing doorbell for the household, 3 000 元, in March 2025. */
    static ImmutableService doorbell() {
        return Service.builder().type(ServiceType.ACCESSIBILITY_RETROFIT).date(LocalDate.of(2025, 3, 10))
                .programme(ServiceProgramme.HOUSEHOLD_ACCESSIBILITY_RETROFIT)
                .item(ServiceItem.builder().system(ItemCodeSystem.RETROFIT_ITEM)
                        .code(RetrofitItem.FLASHING_DOORBELL.name()).build())
                .amountFen(300_000).build();
    }

    /** The adult (grade 2, 低保 household) of household HH-0001 with retrofits. */
    static ImmutablePersonRecord retrofitted(Service... services) {
        return adult().withHouseholdId("HH-0001")
                .withServices(services.length == 0 ? List.of(doorbell()) : List.of(services));
    }

    static List<Case> cases() {
        Profile qh = Profile.qinghai();
        Profile national = Profile.national();
        List<Case> cases = new ArrayList<>();
        ImmutableService training = training();
        ChildAid application = training.childAid().orElseThrow();

        cases.add(new Case("CHILD_AID.APPLICATION_MISSING", true, "no application", qh, false,
                aidChild(training.withChildAid(Optional.empty()))));
        cases.add(new Case("CHILD_AID.APPLICATION_MISSING", false, "with application", qh, false, aidChild()));

        cases.add(new Case("CHILD_AID.TARGET_GROUP", true, "visual group, hearing certificate", qh, false,
                aidChild(training.withChildAid(ChildAid.builder().from(application)
                        .targetGroup(ChildAidTargetGroup.VISUAL).build()))));
        Certificate mental = Certificate.builder()
                .from(certificate(CHILD_ID, DisabilityCategory.MENTAL, DisabilityGrade.GRADE_2))
                .issuedOn(LocalDate.of(2023, 3, 1)).build();
        cases.add(new Case("CHILD_AID.TARGET_GROUP", false, "autism with a mental certificate", qh, false,
                aidChild(training.withChildAid(ChildAid.builder().from(application)
                        .targetGroup(ChildAidTargetGroup.AUTISM).build())).withCertificate(mental).withAssessments()));

        ImmutablePersonRecord born2018 = BrokenRecords.childBorn(LocalDate.of(2018, 5, 1))
                .withBenefits(benefit(BenefitType.CARE_ALLOWANCE));
        cases.add(new Case("CHILD_AID.AGE", true, "applied at 7 nationally", national, false,
                born2018.withServices(training.withChildAid(ChildAid.builder().from(application)
                        .applicationDate(LocalDate.of(2025, 5, 1)).build()))));
        cases.add(new Case("CHILD_AID.AGE", false, "applied on the last day of age 6", national, false,
                born2018.withServices(training.withChildAid(ChildAid.builder().from(application)
                        .applicationDate(LocalDate.of(2025, 4, 30)).build()))));
        cases.add(new Case("CHILD_AID.AGE", false, "applied at 7 with a certificate in Qinghai", qh, false,
                born2018.withServices(training.withChildAid(ChildAid.builder().from(application)
                        .applicationDate(LocalDate.of(2025, 5, 1)).build()))));

        cases.add(new Case("CHILD_AID.PROOF", true, "no proof", qh, false,
                aidChild(training.withChildAid(ChildAid.builder().from(application).proof(Optional.empty())
                        .build()))));
        cases.add(new Case("CHILD_AID.PROOF", false, "hospital diagnosis", qh, false,
                aidChild(training.withChildAid(ChildAid.builder().from(application)
                        .proof(ChildAidProof.HOSPITAL_DIAGNOSIS).build()))));

        ImmutableService beijing = training.withChildAid(ChildAid.builder().from(application)
                .registrationRegionCode("110101").build());
        cases.add(new Case("CHILD_AID.RESIDENCE", true, "registered in Beijing, Qinghai profile", qh, false,
                aidChild(beijing)));
        cases.add(new Case("CHILD_AID.RESIDENCE", false, "registered in Beijing, national profile", national, false,
                aidChild(beijing)));

        cases.add(new Case("CHILD_AID.ITEM", true, "a retrofit item as aid", qh, false,
                aidChild(training.withItem(ServiceItem.builder().system(ItemCodeSystem.RETROFIT_ITEM)
                        .code(RetrofitItem.GRAB_BARS.name()).build()))));
        cases.add(new Case("CHILD_AID.ITEM", false, "an assistive device", qh, false,
                aidChild(training.withItem(aidItem(ChildAidItem.ASSISTIVE_DEVICE)))));

        cases.add(new Case("CHILD_AID.AMOUNT_OVER_CAP", true, "1 fen over the training cap", qh, false,
                aidChild(training.withAmountFen(2_000_001))));
        cases.add(new Case("CHILD_AID.AMOUNT_OVER_CAP", false, "exactly the training cap", qh, false,
                aidChild(training.withAmountFen(2_000_000))));

        cases.add(new Case("CHILD_AID.TRAINING_MONTHS", true, "11 training months in 2025", qh, false,
                aidChild(training, training.withPeriod(months(2025, 7, 11)))));
        cases.add(new Case("CHILD_AID.TRAINING_MONTHS", false, "10 training months in 2025", qh, false,
                aidChild(training, training.withPeriod(months(2025, 7, 10)))));

        ImmutableService device = training.withItem(aidItem(ChildAidItem.ASSISTIVE_DEVICE)).withProviderId("QH-INST-02");
        cases.add(new Case("CHILD_AID.TWO_INSTITUTIONS", true, "second institution in March", qh, false,
                aidChild(training, device.withPeriod(months(2025, 3, 3)))));
        cases.add(new Case("CHILD_AID.TWO_INSTITUTIONS", false, "second institution in July", qh, false,
                aidChild(training, device.withPeriod(months(2025, 7, 7)))));

        cases.add(new Case("CHILD_AID.DOUBLE_FUNDING", true, "June funded twice", qh, false,
                aidChild(training, training.withPeriod(months(2025, 6, 6)))));
        cases.add(new Case("CHILD_AID.DOUBLE_FUNDING", false, "July funded once", qh, false,
                aidChild(training, training.withPeriod(months(2025, 7, 7)))));

        ImmutableService aid = hearingAid();
        cases.add(new Case("ITEM.CODE_SYNTAX", true, "a single digit in a pair", qh, true,
                fitted(aid.withItem(item(ItemCodeSystem.GBT_16432, "22 6", "2016")))));
        cases.add(new Case("ITEM.CODE_SYNTAX", false, "pairs run together", qh, true,
                fitted(aid.withItem(item(ItemCodeSystem.GBT_16432, "2206", "2016")))));

        cases.add(new Case("DEVICE.NOT_IN_CATALOGUE", true, "another edition", qh, true,
                fitted(aid.withItem(item(ItemCodeSystem.GBT_16432, "22 06", "2025")))));
        cases.add(new Case("DEVICE.NOT_IN_CATALOGUE", false, "listed", qh, true, fitted()));

        cases.add(new Case("DEVICE.NOT_ALLOWED", true, "a white cane for a hearing certificate", qh, true,
                fitted(aid.withItem(item(ItemCodeSystem.GBT_16432, "12 39 03", "2016")).withAmountFen(8_000))));
        cases.add(new Case("DEVICE.NOT_ALLOWED", false, "a hearing aid for a hearing certificate", qh, true,
                fitted()));

        cases.add(new Case("DEVICE.ASSESSMENT_MISSING", true, "assessed the day after the fitting", qh, true,
                fitted(aid.withAssessedOn(LocalDate.of(2025, 5, 13)))));
        cases.add(new Case("DEVICE.ASSESSMENT_MISSING", false, "assessed on the day of the fitting", qh, true,
                fitted(aid.withAssessedOn(LocalDate.of(2025, 5, 12)))));

        cases.add(new Case("DEVICE.REISSUE_TOO_EARLY", true, "issued again a day before 5 years", qh, true,
                fitted(aid.withDate(LocalDate.of(2020, 5, 13)).withAssessedOn(LocalDate.of(2020, 5, 1)), aid)));
        cases.add(new Case("DEVICE.REISSUE_TOO_EARLY", false, "issued again after exactly 5 years", qh, true,
                fitted(aid.withDate(LocalDate.of(2020, 5, 12)).withAssessedOn(LocalDate.of(2020, 5, 1)), aid)));

        cases.add(new Case("DEVICE.SUBSIDY_OVER_CAP", true, "1 fen over 3 000 元", qh, true,
                fitted(aid.withAmountFen(300_001))));
        cases.add(new Case("DEVICE.SUBSIDY_OVER_CAP", false, "exactly 3 000 元", qh, true,
                fitted(aid.withAmountFen(300_000))));

        ImmutableService doorbell = doorbell();
        cases.add(new Case("RETROFIT.INELIGIBLE", true, "no hardship status", qh, false,
                retrofitted().withHousehold(Household.builder().build())
                        .withBenefits(benefit(BenefitType.CARE_ALLOWANCE))));
        cases.add(new Case("RETROFIT.INELIGIBLE", false, "extreme poverty", qh, false,
                retrofitted().withHousehold(Household.builder().extremePoverty(true).build())
                        .withBenefits(benefit(BenefitType.CARE_ALLOWANCE))));

        cases.add(new Case("RETROFIT.ITEM_CATEGORY", true, "a screen reader for a hearing certificate", qh, false,
                retrofitted(doorbell.withItem(ServiceItem.builder().system(ItemCodeSystem.RETROFIT_ITEM)
                        .code(RetrofitItem.SCREEN_READER.name()).build()))));
        cases.add(new Case("RETROFIT.ITEM_CATEGORY", false, "a vibrating alarm for a hearing certificate", qh, false,
                retrofitted(doorbell.withItem(ServiceItem.builder().system(ItemCodeSystem.RETROFIT_ITEM)
                        .code(RetrofitItem.VISUAL_VIBRATING_ALARM.name()).build()))));

        cases.add(new Case("RETROFIT.COST_OVER_CAP", true, "1 fen over 6 000 元 in Qinghai", qh, false,
                retrofitted(doorbell.withAmountFen(600_001))));
        cases.add(new Case("RETROFIT.COST_OVER_CAP", false, "exactly 6 000 元 in Qinghai", qh, false,
                retrofitted(doorbell.withAmountFen(600_000))));
        cases.add(new Case("RETROFIT.COST_OVER_CAP", false, "no national cap", national, false,
                retrofitted(doorbell.withAmountFen(600_001))));

        cases.add(new Case("RETROFIT.ONE_PER_PERIOD", true, "a second retrofit in 2021", qh, false,
                retrofitted(doorbell.withDate(LocalDate.of(2021, 1, 1)), doorbell)));
        cases.add(new Case("RETROFIT.ONE_PER_PERIOD", false, "the earlier one in 2020", qh, false,
                retrofitted(doorbell.withDate(LocalDate.of(2020, 12, 31)), doorbell)));
        return cases;
    }

    /** The ids of the rules the breaking cases cover. */
    static List<String> coveredIds() {
        return cases().stream().filter(Case::breaks).map(Case::ruleId).distinct().toList();
    }
}
