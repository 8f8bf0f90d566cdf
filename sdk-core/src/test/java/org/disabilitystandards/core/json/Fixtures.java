package org.disabilitystandards.core.json;

import java.time.LocalDate;
import java.time.YearMonth;
import org.disabilitystandards.core.code.AdaptiveBehavior;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.CareDependencyLevel;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.DisabilityNature;
import org.disabilitystandards.core.code.EducationStage;
import org.disabilitystandards.core.code.EmploymentStatus;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.code.PhysicalFinding;
import org.disabilitystandards.core.code.Residence;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.code.WorkInjuryGrade;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.CareAssessment;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.Education;
import org.disabilitystandards.core.model.Employment;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.Insurance;
import org.disabilitystandards.core.model.Measurements;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.core.model.Service;
import org.disabilitystandards.core.model.ServiceDisability;
import org.disabilitystandards.core.model.WorkInjury;

/** Synthetic test data: one record using every type and field of the exchange format. */
final class Fixtures {

    static final String ID = "63010219850715001" + ResidentIdNumber.checkCharacter("63010219850715001");

    private Fixtures() {
    }

    static PersonRecord fullRecord() {
        return PersonRecord.builder()
                .recordId("QH-000001").idNumber(ID).name("样例").sex(Sex.MALE)
                .birthDate(LocalDate.of(1985, 7, 15)).regionCode("630102").residence(Residence.URBAN)
                .householdId("HH-1")
                .certificate(Certificate.builder().number(ID + "22").category(DisabilityCategory.HEARING)
                        .grade(DisabilityGrade.GRADE_2).issuedOn(LocalDate.of(2019, 3, 1))
                        .validUntil(LocalDate.of(2029, 3, 1)).build())
                .addAssessment(Assessment.builder().category(DisabilityCategory.HEARING)
                        .assessedOn(LocalDate.of(2019, 2, 10)).grade(DisabilityGrade.GRADE_2)
                        .measurements(Measurements.builder().averageLossDbHl(85.5).build()).build())
                .addAssessment(Assessment.builder().category(DisabilityCategory.INTELLECTUAL)
                        .assessedOn(LocalDate.of(2019, 2, 11))
                        .measurements(Measurements.builder().iq(45).adaptiveBehavior(AdaptiveBehavior.MODERATE)
                                .whodasScore(100).developmentalQuotient(50).bestCorrectedAcuity(0.05)
                                .visualFieldRadiusDegrees(8).intelligibilityPercent(30)
                                .addFinding(PhysicalFinding.ONE_LOWER_LEG_LOSS).build()).build())
                .military(ServiceDisability.builder().grade(MilitaryDisabilityGrade.GRADE_6)
                        .nature(DisabilityNature.ILLNESS).certificateNumber("JUN-1").issuedOn(LocalDate.of(2010, 1, 2))
                        .impairedCategory(DisabilityCategory.PHYSICAL).build())
                .police(ServiceDisability.builder().grade(MilitaryDisabilityGrade.GRADE_10)
                        .nature(DisabilityNature.DUTY).build())
                .workInjury(WorkInjury.builder().grade(WorkInjuryGrade.GRADE_7).assessedOn(LocalDate.of(2015, 5, 5))
                        .build())
                .careLevel(CareAssessment.builder().level(CareDependencyLevel.LEVEL_0).assessedOn(LocalDate.of(2022, 1, 1))
                        .build())
                .household(Household.builder().minimumLivingGuarantee(true).nearPoverty(false).extremePoverty(true)
                        .build())
                .addBenefit(Benefit.builder().type(BenefitType.LIVING_ALLOWANCE).from(YearMonth.of(2019, 4))
                        .to(YearMonth.of(2025, 12)).amountFen(8000).build())
                .insurance(Insurance.builder().pension(true).medical(true).build())
                .addNeed(ServiceType.ASSISTIVE_DEVICE_FITTING)
                .addService(Service.builder().type(ServiceType.ASSISTIVE_DEVICE_FITTING).date(LocalDate.of(2025, 5, 12))
                        .providerId("P-7").build())
                .education(Education.builder().enrolled(true).stage(EducationStage.VOCATIONAL).build())
                .employment(Employment.builder().status(EmploymentStatus.AUXILIARY).build())
                .build();
    }

    /** A minimal valid line; {@code extra} is inserted after the required fields (start it with a comma). */
    static String minimal(String extra) {
        return "{\"recordId\":\"R1\",\"idNumber\":\"" + ID + "\",\"name\":\"样例\",\"regionCode\":\"630102\"" + extra + "}";
    }
}
