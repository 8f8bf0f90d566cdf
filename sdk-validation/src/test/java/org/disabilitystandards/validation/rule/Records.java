package org.disabilitystandards.validation.rule;

import java.time.LocalDate;
import java.time.YearMonth;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.Measurements;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.core.model.Service;

/** Synthetic records for the validator tests: clean ones, from which each test breaks one rule. */
final class Records {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final String NAME = "测试姓名";
    /** Adult, male (sequence 001), born 1985-07-15 in 城东区. */
    static final String ADULT_ID = id("63010219850715001");
    /** Child, female (sequence 002), born 2019-05-01. */
    static final String CHILD_ID = id("63010220190501002");
    /** Another adult, for certificate numbers that belong to someone else. */
    static final String OTHER_ID = id("63010319900101003");

    private Records() {
    }

    static String id(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static Certificate certificate(String idNumber, DisabilityCategory category, DisabilityGrade grade) {
        return Certificate.builder().number(idNumber + category.digit() + grade.number()).category(category)
                .grade(grade).issuedOn(LocalDate.of(2019, 3, 1)).validUntil(LocalDate.of(2029, 3, 1)).build();
    }

    static Assessment hearing(DisabilityGrade grade, double lossDb) {
        return Assessment.builder().category(DisabilityCategory.HEARING).assessedOn(LocalDate.of(2019, 2, 10))
                .grade(grade).measurements(Measurements.builder().averageLossDbHl(lossDb).build()).build();
    }

    static Benefit benefit(BenefitType type) {
        return Benefit.builder().type(type).from(YearMonth.of(2019, 4)).build();
    }

    /** Identity and region only: clean under every profile. */
    static ImmutablePersonRecord minimal() {
        return PersonRecord.builder().recordId("QH-000001").idNumber(ADULT_ID).name(NAME).sex(Sex.MALE)
                .birthDate(LocalDate.of(1985, 7, 15)).regionCode("630102").build();
    }

    /**
     * A hearing grade-2 certificate holder in a 低保 household receiving both allowances, with an assistive
     * device fitted: clean (no issue at all) under both bundled profiles.
     */
    static ImmutablePersonRecord adult() {
        return ImmutablePersonRecord.copyOf(minimal())
                .withCertificate(certificate(ADULT_ID, DisabilityCategory.HEARING, DisabilityGrade.GRADE_2))
                .withAssessments(hearing(DisabilityGrade.GRADE_2, 85))
                .withHousehold(Household.builder().minimumLivingGuarantee(true).build())
                .withBenefits(benefit(BenefitType.LIVING_ALLOWANCE), benefit(BenefitType.CARE_ALLOWANCE))
                .withNeeds(ServiceType.ASSISTIVE_DEVICE_FITTING)
                .withServices(Service.builder().type(ServiceType.ASSISTIVE_DEVICE_FITTING)
                        .date(LocalDate.of(2025, 5, 12)).build());
    }

    /**
     * A six-year-old girl with a hearing grade-2 certificate, receiving the care allowance and children's
     * rehabilitation aid, with a rehabilitation need: clean under both bundled profiles.
     */
    static ImmutablePersonRecord child() {
        Certificate certificate = certificate(CHILD_ID, DisabilityCategory.HEARING, DisabilityGrade.GRADE_2);
        return PersonRecord.builder().recordId("QH-000002").idNumber(CHILD_ID).name(NAME).sex(Sex.FEMALE)
                .birthDate(LocalDate.of(2019, 5, 1)).regionCode("630102")
                .certificate(Certificate.builder().from(certificate).issuedOn(LocalDate.of(2023, 3, 1))
                        .validUntil(LocalDate.of(2033, 3, 1)).build())
                .addAssessment(Assessment.builder().from(hearing(DisabilityGrade.GRADE_2, 85))
                        .assessedOn(LocalDate.of(2023, 2, 10)).build())
                .addBenefit(Benefit.builder().type(BenefitType.CARE_ALLOWANCE).from(YearMonth.of(2023, 4)).build())
                .addBenefit(Benefit.builder().type(BenefitType.CHILD_REHABILITATION_AID).from(YearMonth.of(2023, 4))
                        .build())
                .addNeed(ServiceType.CHILD_REHABILITATION)
                .build();
    }
}
