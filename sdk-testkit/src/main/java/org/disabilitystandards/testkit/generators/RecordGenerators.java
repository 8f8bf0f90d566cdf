package org.disabilitystandards.testkit.generators;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.disabilitystandards.core.code.AdaptiveBehavior;
import org.disabilitystandards.core.code.AdministrativeDivision;
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
import org.disabilitystandards.core.grading.Gb26341Grading;
import org.disabilitystandards.core.grading.GradingResult;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.CareAssessment;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.Education;
import org.disabilitystandards.core.model.Employment;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.ImmutableMeasurements;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.Insurance;
import org.disabilitystandards.core.model.Measurements;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.core.model.Service;
import org.disabilitystandards.core.model.ServiceDisability;
import org.disabilitystandards.core.model.WorkInjury;
import org.disabilitystandards.validation.rule.AgeRange;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.ProfileParameters;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of whole, consistent person records of the exchange format, which the
 * {@link org.disabilitystandards.validation.rule.RecordValidator} of the given profile accepts without an
 * ERROR as of the given date (warnings such as an expired certificate and eligibility infos may occur).
 *
 * <p>How consistency is kept: the ID number has a correct check character, a real current county code
 * (under the profile's region prefix; Qinghai when the profile has none) and the recorded sex and birth
 * date agree with it. Assessments use the instrument that GB/T 26341-2010 prescribes for the age
 * (DQ to 6, IQ from 7, WHO-DAS II from 18) and are graded with the SDK's own {@link Gb26341Grading} under
 * the profile's grading parameters; the certificate's category and grade are the assessed ones, its number
 * is the ID number plus category and grade digits, issued after the assessment and before the as-of date
 * and valid ten years. Care allowance is paid only for grades the profile covers, living allowance only
 * in a qualifying 低保 household, children's rehabilitation aid only in the profile's age range, military
 * disability caused by illness only at grades 1-6, police disability never by illness; every date lies
 * between birth and the as-of date. Names are synthetic.
 */
public final class RecordGenerators {

    /** The as-of date of {@link #validRecords()}. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 6, 30);

    private static final List<String> NAMES = List.of("测试甲", "测试乙", "测试丙", "测试丁", "样例戊", "样例己");
    private static final List<DisabilityCategory> SINGLE = List.of(DisabilityCategory.VISUAL,
            DisabilityCategory.HEARING, DisabilityCategory.SPEECH, DisabilityCategory.INTELLECTUAL,
            DisabilityCategory.MENTAL, DisabilityCategory.PHYSICAL);
    private static final List<Double> ACUITY = List.of(0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.15,
            0.2, 0.25);
    private static final int MAX_AGE = 95;

    private RecordGenerators() {
    }

    /**
     * Generates records valid under the Qinghai profile as of {@link #DEFAULT_AS_OF}.
     *
     * @return the generator
     */
    public static Gen<PersonRecord> validRecords() {
        return validRecords(Profile.qinghai(), DEFAULT_AS_OF);
    }

    /**
     * Generates records without ERROR under a profile as of a date.
     *
     * @param profile the profile whose parameters decide region, benefit and education consistency
     * @param asOf    the as-of date; every date of the record lies on or before it (from 1930 on)
     * @return the generator
     * @throws IllegalArgumentException if asOf is before 1930
     */
    public static Gen<PersonRecord> validRecords(Profile profile, LocalDate asOf) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.getYear() < 1930) {
            throw new IllegalArgumentException("asOf must be in 1930 or later");
        }
        String prefix = profile.parameters().regionPrefix();
        Gen<String> counties = CodeGenerators.counties(prefix.isEmpty() ? CodeGenerators.QINGHAI : prefix)
                .map(AdministrativeDivision::code);
        Gb26341Grading grading = Gb26341Grading.withParameters(profile.parameters().grading());
        LocalDate earliest = asOf.minusYears(MAX_AGE).isBefore(IdentifierGenerators.EARLIEST_BIRTH)
                ? IdentifierGenerators.EARLIEST_BIRTH : asOf.minusYears(MAX_AGE);
        Gen<LocalDate> births = IdentifierGenerators.dates(earliest, asOf);
        return in -> new Builder(in, profile.parameters(), grading, asOf).build(counties, births);
    }

    /** Builds one record from one randomness source. */
    private static final class Builder {

        private final RandomnessSource in;
        private final ProfileParameters parameters;
        private final Gb26341Grading grading;
        private final LocalDate asOf;

        Builder(RandomnessSource in, ProfileParameters parameters, Gb26341Grading grading, LocalDate asOf) {
            this.in = in;
            this.parameters = parameters;
            this.grading = grading;
            this.asOf = asOf;
        }

        PersonRecord build(Gen<String> counties, Gen<LocalDate> births) {
            String county = counties.generate(in);
            LocalDate birth = births.generate(in);
            int sequence = range(0, 999);
            String idNumber = IdentifierGenerators.idNumber(county, birth, sequence);
            ImmutablePersonRecord.Builder record = PersonRecord.builder()
                    .recordId("GEN-" + county + "-" + range(1, 999_999))
                    .idNumber(idNumber).name(NAMES.get(range(0, NAMES.size() - 1))).regionCode(county);
            if (chance(4)) {
                record.sex(sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE);
            }
            if (chance(4)) {
                record.birthDate(birth);
            }
            if (chance(2)) {
                record.residence(pick(Residence.values()));
            }
            int age = Period.between(birth, asOf).getYears();
            Household household = chance(2) ? Household.builder().minimumLivingGuarantee(chance(3))
                    .nearPoverty(chance(5)).extremePoverty(chance(8)).build() : null;
            if (household != null) {
                record.household(household);
            }
            Certificate certificate = null;
            if (!chance(3)) {
                certificate = assessedCertificate(record, idNumber, birth);
            }
            benefits(record, birth, age, certificate, household);
            services(record, birth);
            serviceDisabilities(record, birth);
            if (chance(3)) {
                record.education(education(age));
            }
            if (chance(3)) {
                record.employment(Employment.builder().status(pick(EmploymentStatus.values())).build());
            }
            if (chance(2)) {
                record.insurance(Insurance.builder().pension(chance(2)).medical(chance(2)).build());
            }
            return record.build();
        }

        /** Adds a graded assessment and the certificate it backs; returns the certificate, or null if none. */
        private Certificate assessedCertificate(ImmutablePersonRecord.Builder record, String idNumber, LocalDate birth) {
            DisabilityCategory category = SINGLE.get(range(0, SINGLE.size() - 1));
            LocalDate assessedOn = date(birth, asOf);
            int ageThen = Period.between(birth, assessedOn).getYears();
            Assessment unrated = Assessment.builder().category(category).assessedOn(assessedOn)
                    .measurements(measurements(category, ageThen)).build();
            GradingResult result = grading.grade(unrated, ageThen);
            if (result.grade().isEmpty() || !result.findings().isEmpty()) {
                return null;
            }
            DisabilityGrade grade = result.grade().get();
            record.addAssessment(Assessment.builder().from(unrated).grade(grade).build());
            LocalDate issuedOn = assessedOn.plusDays(range(0, 90));
            if (issuedOn.isAfter(asOf)) {
                issuedOn = asOf;
            }
            Certificate certificate = Certificate.builder()
                    .number(IdentifierGenerators.certificateNumber(idNumber, category, grade, chance(6) ? range(1, 9) : 0))
                    .category(category).grade(grade).issuedOn(issuedOn).validUntil(issuedOn.plusYears(10)).build();
            record.certificate(certificate);
            return certificate;
        }

        private Measurements measurements(DisabilityCategory category, int age) {
            ImmutableMeasurements.Builder m = Measurements.builder();
            switch (category) {
                case VISUAL:
                    m.bestCorrectedAcuity(ACUITY.get(range(0, ACUITY.size() - 1)));
                    break;
                case HEARING:
                    m.averageLossDbHl(range(age < 3 ? 61 : 41, 130));
                    break;
                case SPEECH:
                    m.intelligibilityPercent(range(0, 65));
                    break;
                case INTELLECTUAL:
                    if (age <= 6) {
                        m.developmentalQuotient(range(10, 71));
                    } else {
                        m.iq(range(10, 69));
                    }
                    m.adaptiveBehavior(pick(AdaptiveBehavior.values()));
                    break;
                case MENTAL:
                    m.adaptiveBehavior(pick(AdaptiveBehavior.values()));
                    if (age >= 18) {
                        m.whodasScore(range(52, 150));
                    }
                    break;
                default:
                    m.addFinding(pick(PhysicalFinding.values()));
                    break;
            }
            return m.build();
        }

        private void benefits(ImmutablePersonRecord.Builder record, LocalDate birth, int age, Certificate certificate,
                Household household) {
            if (certificate != null) {
                YearMonth from = month(certificate.issuedOn());
                if (household != null && household.minimumLivingGuarantee() && chance(2)) {
                    record.addBenefit(Benefit.builder().type(BenefitType.LIVING_ALLOWANCE).from(from).build());
                }
                if (parameters.careAllowanceCovers(certificate.grade(), certificate.category()) && chance(2)) {
                    record.addBenefit(Benefit.builder().type(BenefitType.CARE_ALLOWANCE).from(from).build());
                }
            }
            if (age <= parameters.childAidMaxAge() && (certificate != null || age < parameters.childAidCertificateFromAge())
                    && chance(2)) {
                record.addBenefit(Benefit.builder().type(BenefitType.CHILD_REHABILITATION_AID)
                        .from(month(date(birth, asOf))).build());
            }
            if (chance(4)) {
                YearMonth from = month(date(birth, asOf));
                record.addBenefit(Benefit.builder().type(BenefitType.ASSISTIVE_DEVICE_SUBSIDY).from(from)
                        .to(from.plusMonths(range(0, 12))).amountFen(range(1, 500_000)).build());
            }
        }

        private void services(ImmutablePersonRecord.Builder record, LocalDate birth) {
            int needs = range(0, 2);
            for (int i = 0; i < needs; i++) {
                ServiceType need = pick(ServiceType.values());
                record.addNeed(need);
                if (chance(2)) {
                    record.addService(Service.builder().type(need).date(date(birth, asOf))
                            .providerId("P-" + range(1, 999)).build());
                }
            }
        }

        private void serviceDisabilities(ImmutablePersonRecord.Builder record, LocalDate birth) {
            if (chance(10)) {
                DisabilityNature nature = pick(DisabilityNature.values());
                int worst = nature == DisabilityNature.ILLNESS ? 6 : 10;
                record.military(ServiceDisability.builder().grade(MilitaryDisabilityGrade.of(range(1, worst)))
                        .nature(nature).build());
            }
            if (chance(10)) {
                record.police(ServiceDisability.builder().grade(MilitaryDisabilityGrade.of(range(1, 10)))
                        .nature(chance(2) ? DisabilityNature.COMBAT : DisabilityNature.DUTY).build());
            }
            if (chance(10)) {
                record.workInjury(WorkInjury.builder().grade(WorkInjuryGrade.of(range(1, 10)))
                        .assessedOn(date(birth, asOf)).build());
            }
            if (chance(8)) {
                record.careLevel(CareAssessment.builder().level(pick(CareDependencyLevel.values()))
                        .assessedOn(date(birth, asOf)).build());
            }
        }

        private Education education(int age) {
            List<EducationStage> plausible = new ArrayList<>();
            for (Map.Entry<EducationStage, AgeRange> entry : parameters.educationStageAges().entrySet()) {
                if (entry.getValue().contains(age)) {
                    plausible.add(entry.getKey());
                }
            }
            if (plausible.isEmpty() || chance(3)) {
                return Education.builder().enrolled(false).build();
            }
            return Education.builder().enrolled(true).stage(plausible.get(range(0, plausible.size() - 1))).build();
        }

        private int range(int min, int max) {
            return Generate.range(min, max).generate(in);
        }

        /** True with probability 1/n. */
        private boolean chance(int n) {
            return range(1, n) == 1;
        }

        private <T> T pick(T[] values) {
            return values[range(0, values.length - 1)];
        }

        private LocalDate date(LocalDate from, LocalDate to) {
            return LocalDate.ofEpochDay(Generate.longRange(from.toEpochDay(), to.toEpochDay()).generate(in));
        }

        private static YearMonth month(LocalDate date) {
            return YearMonth.from(date);
        }
    }
}
