package org.disabilitystandards.validation.rule;

import static org.disabilitystandards.validation.rule.Records.ADULT_ID;
import static org.disabilitystandards.validation.rule.Records.OTHER_ID;
import static org.disabilitystandards.validation.rule.Records.adult;
import static org.disabilitystandards.validation.rule.Records.benefit;
import static org.disabilitystandards.validation.rule.Records.certificate;
import static org.disabilitystandards.validation.rule.Records.child;
import static org.disabilitystandards.validation.rule.Records.hearing;
import static org.disabilitystandards.validation.rule.Records.id;
import static org.disabilitystandards.validation.rule.Records.minimal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.disabilitystandards.core.code.AdaptiveBehavior;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.DisabilityNature;
import org.disabilitystandards.core.code.EducationStage;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.Education;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.Measurements;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.core.model.Service;
import org.disabilitystandards.core.model.ServiceDisability;

/** One record per record-level rule that breaks exactly that rule, and the profile to validate it with. */
final class BrokenRecords {

    /** A record that breaks one rule under a profile. */
    record Case(String ruleId, Profile profile, PersonRecord record) {
        @Override
        public String toString() {
            return ruleId + " (" + profile.name() + ")";
        }
    }

    private BrokenRecords() {
    }

    private static Certificate cert(String number, DisabilityCategory category, DisabilityGrade grade) {
        return Certificate.builder().from(certificate(ADULT_ID, category, grade)).number(number).build();
    }

    /** The child born on a date, with ID number, birth date and certificate number to match. */
    static ImmutablePersonRecord childBorn(LocalDate birth) {
        String idNumber = id("630102" + birth.toString().replace("-", "") + "002");
        ImmutablePersonRecord child = child();
        return child.withIdNumber(idNumber).withBirthDate(birth)
                .withCertificate(Certificate.builder().from(child.certificate().orElseThrow())
                        .number(idNumber + "22").build());
    }

    static List<Case> cases() {
        Profile qh = Profile.qinghai();
        Profile national = Profile.national();
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("ID.FORMAT", qh, minimal().withIdNumber(ADULT_ID.substring(0, 17))));
        cases.add(new Case("ID.CONVERTED", qh.toBuilder().parameters(p -> p.acceptFifteenDigitIds(true)).build(),
                minimal().withIdNumber("630102850715001")));
        char wrongCheck = ADULT_ID.charAt(17) == '0' ? '1' : '0';
        cases.add(new Case("ID.CHECKSUM", qh, minimal().withIdNumber(ADULT_ID.substring(0, 17) + wrongCheck)));
        cases.add(new Case("ID.BIRTH_DATE", qh, minimal().withIdNumber(id("63010219850230001"))));
        cases.add(new Case("ID.REGION", qh, minimal().withIdNumber(id("63999919850715001"))));
        cases.add(new Case("ID.REGION_STATISTICAL", qh, minimal().withIdNumber(id("63285719850715001"))));
        cases.add(new Case("ID.REGION_RETIRED_BEFORE_BIRTH", qh, minimal().withIdNumber(id("63212420050301001"))
                .withBirthDate(LocalDate.of(2005, 3, 1))));
        cases.add(new Case("ID.BIRTH_YEAR_EARLY", qh, minimal().withIdNumber(id("63010218990101001"))
                .withBirthDate(LocalDate.of(1899, 1, 1))));
        cases.add(new Case("ID.KIND_NOT_ACCEPTED", qh.toBuilder().parameters(p -> p.acceptedIdKinds(Set.of())).build(),
                minimal().withIdNumber(id("83000019850715001"))));
        cases.add(new Case("ID.SEX_MISMATCH", qh, minimal().withSex(Sex.FEMALE)));
        cases.add(new Case("ID.BIRTH_DATE_MISMATCH", qh, minimal().withBirthDate(LocalDate.of(1985, 7, 16))));

        cases.add(new Case("REGION.UNKNOWN", qh, minimal().withRegionCode("639999")));
        cases.add(new Case("REGION.OUTSIDE_PROFILE", qh, minimal().withRegionCode("110101")));
        cases.add(new Case("REGION.RETIRED", qh, minimal().withRegionCode("632121")));
        cases.add(new Case("REGION.STATISTICAL_ONLY", national, minimal().withRegionCode("632857")));

        ImmutablePersonRecord adult = adult();
        Certificate good = adult.certificate().orElseThrow();
        cases.add(new Case("CERT.FORMAT", qh, adult.withCertificate(
                cert(ADULT_ID + "82", DisabilityCategory.HEARING, DisabilityGrade.GRADE_2))));
        cases.add(new Case("CERT.ID_MISMATCH", qh, adult.withCertificate(
                cert(OTHER_ID + "22", DisabilityCategory.HEARING, DisabilityGrade.GRADE_2))));
        cases.add(new Case("CERT.CATEGORY_MISMATCH", qh, adult.withCertificate(
                cert(ADULT_ID + "12", DisabilityCategory.HEARING, DisabilityGrade.GRADE_2))));
        cases.add(new Case("CERT.GRADE_MISMATCH", qh, adult.withCertificate(
                cert(ADULT_ID + "21", DisabilityCategory.HEARING, DisabilityGrade.GRADE_2))));
        cases.add(new Case("CERT.ISSUED_IN_FUTURE", qh, adult.withCertificate(Certificate.builder().from(good)
                .issuedOn(LocalDate.of(2025, 7, 1)).validUntil(LocalDate.of(2035, 7, 1)).build())));
        cases.add(new Case("CERT.ISSUED_BEFORE_BIRTH", qh, adult.withCertificate(Certificate.builder().from(good)
                .issuedOn(LocalDate.of(1985, 7, 14)).build())));
        cases.add(new Case("CERT.VALIDITY_ORDER", qh, adult.withCertificate(Certificate.builder().from(good)
                .validUntil(good.issuedOn()).build())));
        cases.add(new Case("CERT.EXPIRED", qh, adult.withCertificate(Certificate.builder().from(good)
                .validUntil(LocalDate.of(2025, 6, 29)).build())));

        cases.add(new Case("ASSESS.DATE", qh, adult.withAssessments(Assessment.builder()
                .from(hearing(DisabilityGrade.GRADE_2, 85)).assessedOn(LocalDate.of(2025, 7, 1)).build())));
        cases.add(new Case("ASSESS.CERTIFICATE_DISAGREES", qh, adult.withAssessments(Assessment.builder()
                .category(DisabilityCategory.HEARING).assessedOn(LocalDate.of(2019, 2, 10))
                .grade(DisabilityGrade.GRADE_3).build())));
        cases.add(new Case("ASSESS.MULTIPLE_NEEDS_TWO", qh, adult.withCertificate(
                cert(ADULT_ID + "72", DisabilityCategory.MULTIPLE, DisabilityGrade.GRADE_2))));

        cases.add(new Case("ASSESS.MEASUREMENT_RANGE", qh, adult.withAssessments(hearing(DisabilityGrade.GRADE_2, 200))));
        cases.add(new Case("ASSESS.WRONG_MEASUREMENT", qh, adult.withAssessments(Assessment.builder()
                .from(hearing(DisabilityGrade.GRADE_2, 85)).measurements(Measurements.builder().averageLossDbHl(85)
                        .iq(50).build()).build())));
        cases.add(new Case("ASSESS.GRADE_MISMATCH", qh, adult
                .withCertificate(certificate(ADULT_ID, DisabilityCategory.HEARING, DisabilityGrade.GRADE_3))
                .withAssessments(hearing(DisabilityGrade.GRADE_2, 70))
                .withBenefits(benefit(BenefitType.LIVING_ALLOWANCE))));
        cases.add(new Case("ASSESS.BELOW_THRESHOLD", qh, adult.withAssessments(hearing(DisabilityGrade.GRADE_2, 40))));
        ImmutablePersonRecord toddler = childBorn(LocalDate.of(2023, 1, 1)).withCertificate(Optional.empty())
                .withBenefits(List.of()).withNeeds(List.of());
        cases.add(new Case("ASSESS.AGE_NOT_GRADABLE", qh, toddler.withAssessments(Assessment.builder()
                .from(hearing(DisabilityGrade.GRADE_4, 50)).assessedOn(LocalDate.of(2024, 6, 1)).build())));
        cases.add(new Case("ASSESS.AGE_METHOD", qh, childBorn(LocalDate.of(2015, 1, 1)).withCertificate(Optional.empty())
                .withBenefits(List.of()).withNeeds(List.of()).withAssessments(Assessment.builder()
                        .category(DisabilityCategory.MENTAL).assessedOn(LocalDate.of(2025, 1, 1))
                        .grade(DisabilityGrade.GRADE_3).measurements(Measurements.builder().whodasScore(100)
                                .adaptiveBehavior(AdaptiveBehavior.MODERATE).build()).build())));

        cases.add(new Case("MILITARY.ILLNESS_GRADE", qh, minimal().withMilitary(ServiceDisability.builder()
                .grade(MilitaryDisabilityGrade.of(7)).nature(DisabilityNature.ILLNESS).build())));
        cases.add(new Case("POLICE.ILLNESS", qh, minimal().withPolice(ServiceDisability.builder()
                .grade(MilitaryDisabilityGrade.of(3)).nature(DisabilityNature.ILLNESS).build())));

        cases.add(new Case("BENEFIT.NO_CERTIFICATE", qh, minimal()
                .withHousehold(Household.builder().minimumLivingGuarantee(true).build())
                .withBenefits(benefit(BenefitType.LIVING_ALLOWANCE))));
        cases.add(new Case("BENEFIT.CARE_ALLOWANCE_INELIGIBLE", qh, adult
                .withCertificate(certificate(ADULT_ID, DisabilityCategory.HEARING, DisabilityGrade.GRADE_3))
                .withAssessments(hearing(DisabilityGrade.GRADE_3, 70))));
        cases.add(new Case("BENEFIT.LIVING_ALLOWANCE_INELIGIBLE", qh, adult.withHousehold(Household.builder().build())));
        cases.add(new Case("BENEFIT.CHILD_AID_AGE", national, childBorn(LocalDate.of(2015, 5, 1))));
        cases.add(new Case("BENEFIT.CHILD_AID_AGE", qh, childBorn(LocalDate.of(2015, 5, 1)).withCertificate(
                Optional.empty()).withBenefits(benefit(BenefitType.CHILD_REHABILITATION_AID))));
        cases.add(new Case("BENEFIT.PERIOD_ORDER", qh, adult.withBenefits(benefit(BenefitType.LIVING_ALLOWANCE),
                benefit(BenefitType.CARE_ALLOWANCE), Benefit.builder().type(BenefitType.ASSISTIVE_DEVICE_SUBSIDY)
                        .from(YearMonth.of(2020, 5)).to(YearMonth.of(2020, 4)).build())));
        cases.add(new Case("SERVICE.DATE", qh, adult.withServices(Service.builder()
                .type(ServiceType.ASSISTIVE_DEVICE_FITTING)
                .date(LocalDate.of(2025, 7, 1)).build())));
        cases.add(new Case("EDUCATION.AGE_STAGE", qh, adult.withEducation(Education.builder().enrolled(true)
                .stage(EducationStage.PRIMARY).build())));

        cases.add(new Case("ELIGIBLE.LIVING_ALLOWANCE", qh, adult.withBenefits(benefit(BenefitType.CARE_ALLOWANCE))));
        cases.add(new Case("ELIGIBLE.CARE_ALLOWANCE", qh, adult.withBenefits(benefit(BenefitType.LIVING_ALLOWANCE))));
        cases.add(new Case("ELIGIBLE.DIBAO_SINGLE_APPLICATION", qh, adult
                .withHousehold(Household.builder().nearPoverty(true).build())
                .withBenefits(benefit(BenefitType.CARE_ALLOWANCE))));
        cases.add(new Case("ELIGIBLE.CHILD_REHABILITATION", qh, child()
                .withBenefits(benefit(BenefitType.CARE_ALLOWANCE))));
        return cases;
    }

    /** The ids of the record-level rules the cases cover, with the service-programme rules of {@link ServiceCases}. */
    static List<String> coveredIds() {
        return java.util.stream.Stream.concat(cases().stream().map(Case::ruleId), ServiceCases.coveredIds().stream())
                .distinct().toList();
    }
}
