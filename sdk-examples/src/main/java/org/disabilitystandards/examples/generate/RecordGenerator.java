package org.disabilitystandards.examples.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.disabilitystandards.core.catalogue.AssistiveProductCatalogue;
import org.disabilitystandards.core.code.AdministrativeDivision;
import org.disabilitystandards.core.code.AdministrativeDivisions;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.CareDependencyLevel;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.DisabilityNature;
import org.disabilitystandards.core.code.EducationStage;
import org.disabilitystandards.core.code.EmploymentStatus;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.code.Residence;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.code.WorkInjuryGrade;
import org.disabilitystandards.core.id.DisabilityCertificateNumber;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.core.json.ExchangeJson;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.CareAssessment;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.Education;
import org.disabilitystandards.core.model.Employment;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.Insurance;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.core.model.Service;
import org.disabilitystandards.core.model.ServiceDisability;
import org.disabilitystandards.core.model.WorkInjury;

/**
 * Generates synthetic person records of the exchange format, version 1, for the {@code qinghai} profile:
 * valid GB 11643-1999 check characters, current Qinghai county codes from the bundled GB/T 2260 table (ID
 * address codes sometimes retired ones, as real numbers carry), realistic mixes of ages, categories and
 * grades, GB/T 26341-2010 measurements that give the certificate's grade, and benefits, services,
 * education, employment and insurance consistent with the rule catalogue (living allowance only in 低保
 * households, care allowance only for grades 1-2, children's rehabilitation aid only at ages 0-6).
 *
 * <p>A chosen share of records carries exactly one injected {@link Defect}, named by its rule id. The
 * output is a pure function of the settings and the line number: the same seed gives the same lines, and
 * any line can be generated without the others, so millions of lines stream in constant memory.
 * Immutable and thread-safe.
 *
 * <p>Everything is synthetic: names are random combinations of common characters, and no generated
 * number belongs to a real person except by chance.
 */
public final class RecordGenerator {

    /** The default as-of date: the last day of the Qinghai plan period (2021-2025). */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 12, 31);

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "马", "韩", "赵", "杨", "祁", "冶", "鲁", "白", "星"};
    private static final String[] TIBETAN_NAMES = {"卓玛", "才让", "扎西", "拉毛", "索南", "多杰", "措毛", "旦增", "尼玛", "央金"};
    private static final String[] GIVEN = {"明", "华", "军", "芳", "兰", "海", "青", "玉", "成", "花", "德", "梅", "福", "英", "平"};
    /** Category shares in per mille (second national sample survey order of magnitude). */
    private static final DisabilityCategory[] CATEGORIES = DisabilityCategory.values();
    private static final int[] CATEGORY_PER_MILLE = {140, 170, 20, 420, 70, 90, 90};
    private static final int[] GRADE_PER_MILLE = {140, 250, 300, 310};
    private static final YearMonth ALLOWANCES_START = YearMonth.of(2016, 1);
    private static final Set<DisabilityCategory> CHILD_AID_CATEGORIES = EnumSet.of(DisabilityCategory.VISUAL,
            DisabilityCategory.HEARING, DisabilityCategory.SPEECH, DisabilityCategory.PHYSICAL,
            DisabilityCategory.INTELLECTUAL);

    private final long seed;
    private final double defectRate;
    private final LocalDate asOf;
    private final String recordIdPrefix;
    private final boolean serviceProgrammes;
    private final List<Defect> defects;
    private final List<AdministrativeDivision> counties;
    /** Retired codes used in generated ID numbers: those of the 2012-2019 reorganisations in Qinghai. */
    private static final int RETIRED_SINCE = 2012;
    private final Map<String, List<String>> retiredBySuccessor;
    private final List<String> retiredCounties;
    private final ObjectMapper mapper;

    private RecordGenerator(Builder builder) {
        this.seed = builder.seed;
        this.defectRate = builder.defectRate;
        this.asOf = builder.asOf;
        this.recordIdPrefix = builder.recordIdPrefix;
        this.serviceProgrammes = builder.serviceProgrammes;
        List<Defect> enabled = new ArrayList<>();
        for (Defect defect : Defect.values()) {
            if ((builder.formatDefects || !defect.isFormatDefect())
                    && (builder.serviceProgrammes || !defect.isServiceProgrammeDefect())) {
                enabled.add(defect);
            }
        }
        this.defects = List.copyOf(enabled);
        AdministrativeDivisions table = builder.divisions;
        this.counties = table.currentCounties("63");
        Map<String, List<String>> retired = new HashMap<>();
        List<String> retiredCodes = new ArrayList<>();
        for (AdministrativeDivision division : table.all()) {
            if (division.isRetired() && division.code().startsWith("63") && !division.code().endsWith("00")
                    && division.lastEdition().orElse(0) >= RETIRED_SINCE) {
                for (AdministrativeDivision current : table.currentSuccessors(division.code())) {
                    retired.computeIfAbsent(current.code(), k -> new ArrayList<>()).add(division.code());
                }
                retiredCodes.add(division.code());
            }
        }
        retired.replaceAll((k, v) -> List.copyOf(v));
        this.retiredBySuccessor = Map.copyOf(retired);
        this.retiredCounties = List.copyOf(retiredCodes);
        if (counties.isEmpty() || retiredCounties.isEmpty()) {
            throw new IllegalArgumentException("the division table has no Qinghai counties");
        }
        this.mapper = ExchangeJson.newObjectMapper();
    }

    /**
     * Returns a builder with seed 1, a defect rate of 0.05, format defects enabled, the as-of date
     * {@link #DEFAULT_AS_OF} and the bundled GB/T 2260 table.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the as-of date the records are consistent with (nothing is dated after it, except injected
     * defects).
     *
     * @return the as-of date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the example assistive-device catalogue the generated fittings follow: synthetic rows in the
     * column layout of local basic-configuration catalogues, an example and not an official table.
     *
     * @return the catalogue
     */
    public static AssistiveProductCatalogue exampleCatalogue() {
        return CodedServices.EXAMPLE_CATALOGUE;
    }

    /**
     * Generates one line.
     *
     * @param lineNumber the 1-based line number
     * @return the generated line
     */
    public GeneratedRecord generate(long lineNumber) {
        if (lineNumber < 1) {
            throw new IllegalArgumentException("line numbers start at 1");
        }
        Optional<Defect> chosen = chooseDefect(lineNumber);
        if (chosen.isEmpty()) {
            PersonRecord record = clean(lineNumber, lineNumber);
            return new GeneratedRecord(lineNumber, record.recordId(), json(record), Optional.empty(),
                    Optional.of(record));
        }
        Defect defect = chosen.get();
        boolean previousClean = lineNumber > 1 && chooseDefect(lineNumber - 1).isEmpty();
        if ((defect == Defect.DUPLICATE_PERSON || defect == Defect.DUPLICATE_RECORD_ID) && !previousClean) {
            defect = Defect.REGION_UNKNOWN;
        }
        ImmutablePersonRecord base = clean(lineNumber, defect == Defect.DUPLICATE_PERSON ? lineNumber - 1 : lineNumber);
        if (defect.isFormatDefect()) {
            return new GeneratedRecord(lineNumber, base.recordId(), formatDefect(defect, base), Optional.of(defect),
                    Optional.empty());
        }
        SplittableRandom random = random(lineNumber, 4);
        Optional<ImmutablePersonRecord> broken = inject(defect, base, random, lineNumber);
        if (broken.isEmpty()) {
            defect = Defect.REGION_UNKNOWN;
            broken = inject(defect, base, random, lineNumber);
        }
        PersonRecord record = broken.orElseThrow();
        return new GeneratedRecord(lineNumber, record.recordId(), json(record), Optional.of(defect),
                Optional.of(record));
    }

    /**
     * Writes lines 1 to {@code count} as JSON Lines, and optionally a manifest with one JSON object per
     * defective line: {@code {"line":12,"recordId":"QH-00000012","rule":"ID.CHECKSUM"}}. Streams: memory
     * use does not depend on the count.
     *
     * @param count    the number of lines
     * @param out      where the lines go (not closed)
     * @param manifest where the manifest goes, or null
     * @return the number of defective lines written
     * @throws IOException if writing fails
     */
    public long write(long count, Writer out, Writer manifest) throws IOException {
        long defective = 0;
        for (long line = 1; line <= count; line++) {
            GeneratedRecord generated = generate(line);
            out.write(generated.json());
            out.write('\n');
            if (generated.defect().isPresent()) {
                defective++;
                if (manifest != null) {
                    ObjectNode entry = mapper.createObjectNode();
                    entry.put("line", line);
                    entry.put("recordId", generated.recordId());
                    entry.put("rule", generated.defect().get().ruleId());
                    manifest.write(mapper.writeValueAsString(entry));
                    manifest.write('\n');
                }
            }
        }
        out.flush();
        if (manifest != null) {
            manifest.flush();
        }
        return defective;
    }

    // ------------------------------------------------------------------ randomness

    private SplittableRandom random(long lineNumber, int stream) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ lineNumber * 0xBF58476D1CE4E5B9L ^ stream * 0x94D049BB133111EBL);
    }

    private Optional<Defect> chooseDefect(long lineNumber) {
        SplittableRandom random = random(lineNumber, 1);
        if (random.nextDouble() >= defectRate) {
            return Optional.empty();
        }
        return Optional.of(defects.get(random.nextInt(defects.size())));
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static int weighted(SplittableRandom random, int[] perMille) {
        int roll = random.nextInt(1000);
        for (int i = 0; i < perMille.length; i++) {
            roll -= perMille[i];
            if (roll < 0) {
                return i;
            }
        }
        return perMille.length - 1;
    }

    private static boolean chance(SplittableRandom random, int percent) {
        return random.nextInt(100) < percent;
    }

    private static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    // ------------------------------------------------------------------ identity

    /** The identity part of a person, a function of the seed and a line number. */
    private record Identity(String idNumber, LocalDate birthDate, Sex sex, String name, String regionCode) {
    }

    private Identity identity(long lineNumber) {
        SplittableRandom random = random(lineNumber, 2);
        AdministrativeDivision county = counties.get(random.nextInt(counties.size()));
        String region = county.code();
        String address = region;
        int roll = random.nextInt(100);
        List<String> retired = retiredBySuccessor.get(region);
        if (roll < 12 && retired != null) {
            address = retired.get(random.nextInt(retired.size()));
        } else if (roll >= 95) {
            address = counties.get(random.nextInt(counties.size())).code();
        }
        int ageBand = random.nextInt(100);
        int age;
        if (ageBand < 3) {
            age = random.nextInt(7);
        } else if (ageBand < 10) {
            age = 7 + random.nextInt(11);
        } else if (ageBand < 55) {
            age = 18 + random.nextInt(42);
        } else {
            age = 60 + random.nextInt(36);
        }
        LocalDate birth = asOf.minusYears(age).minusDays(1 + random.nextInt(364));
        int sequence = 1 + random.nextInt(999);
        Sex sex = sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        String first17 = address + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        String id = first17 + ResidentIdNumber.checkCharacter(first17);
        String name = pick(random, SURNAMES)
                + (chance(random, 30) ? pick(random, TIBETAN_NAMES) : pick(random, GIVEN) + (chance(random, 60) ? pick(random, GIVEN) : ""));
        if (chance(random, 12)) {
            name = pick(random, TIBETAN_NAMES) + pick(random, TIBETAN_NAMES);
        }
        return new Identity(id, birth, sex, name, region);
    }

    String recordId(long lineNumber) {
        return recordIdPrefix + String.format("%08d", lineNumber);
    }

    // ------------------------------------------------------------------ clean records

    private ImmutablePersonRecord clean(long lineNumber, long identityLine) {
        Identity identity = identity(identityLine);
        SplittableRandom random = random(lineNumber, 3);
        int age = (int) ChronoUnit.YEARS.between(identity.birthDate(), asOf);
        ImmutablePersonRecord.Builder builder = PersonRecord.builder()
                .recordId(recordId(lineNumber))
                .idNumber(identity.idNumber())
                .name(identity.name())
                .sex(identity.sex())
                .birthDate(identity.birthDate())
                .regionCode(identity.regionCode())
                .residence(identity.regionCode().startsWith("6301") && chance(random, 80) || chance(random, 30)
                        ? Residence.URBAN : Residence.RURAL)
                .householdId("H" + String.format("%08d", lineNumber));
        boolean dibao = chance(random, 22);
        boolean nearPoverty = !dibao && chance(random, 10);
        boolean extremePoverty = !dibao && chance(random, 4);
        Household household = Household.builder().minimumLivingGuarantee(dibao).nearPoverty(nearPoverty)
                .extremePoverty(extremePoverty).build();
        builder.household(household);

        Certificate certificate = null;
        List<Assessment> assessments = new ArrayList<>();
        LocalDate firstPossible = identity.birthDate().plusYears(1);
        LocalDate lo = firstPossible.isAfter(asOf.minusYears(9)) ? firstPossible : asOf.minusYears(9);
        LocalDate hi = asOf.minusDays(30);
        if (!lo.isAfter(hi) && chance(random, 92)) {
            LocalDate issuedOn = between(random, lo, hi);
            LocalDate assessedOn = issuedOn.minusDays(5 + random.nextInt(36));
            int ageAtAssessment = (int) ChronoUnit.YEARS.between(identity.birthDate(), assessedOn);
            DisabilityGrade grade = DisabilityGrade.of(1 + weighted(random, GRADE_PER_MILLE));
            DisabilityCategory category = CATEGORIES[weighted(random, CATEGORY_PER_MILLE)];
            if (!gradable(category, grade, ageAtAssessment)) {
                category = DisabilityCategory.PHYSICAL;
            }
            if (category == DisabilityCategory.MULTIPLE) {
                DisabilityCategory[] components = {DisabilityCategory.VISUAL, DisabilityCategory.PHYSICAL,
                    DisabilityCategory.INTELLECTUAL, DisabilityCategory.MENTAL, DisabilityCategory.HEARING};
                int first = random.nextInt(components.length);
                int second = (first + 1 + random.nextInt(components.length - 1)) % components.length;
                DisabilityGrade other = DisabilityGrade.of(grade.number() + random.nextInt(5 - grade.number()));
                if (!gradable(components[second], other, ageAtAssessment)) {
                    other = grade;
                }
                assessments.add(SyntheticAssessments.assessment(random, components[first], grade, assessedOn,
                        ageAtAssessment));
                assessments.add(SyntheticAssessments.assessment(random, components[second], other,
                        assessedOn.plusDays(random.nextInt(3)), ageAtAssessment));
            } else {
                assessments.add(SyntheticAssessments.assessment(random, category, grade, assessedOn, ageAtAssessment));
            }
            ResidentIdNumber id = ResidentIdNumber.parse(identity.idNumber(), asOf);
            certificate = Certificate.builder()
                    .number(DisabilityCertificateNumber.of(id, category, grade, chance(random, 3) ? 1 : 0).value())
                    .category(category).grade(grade).issuedOn(issuedOn)
                    .validUntil(issuedOn.plusYears(10).minusDays(1)).build();
            builder.certificate(certificate).assessments(assessments);
            builder.benefits(benefits(random, certificate, dibao, age));
        }
        builder.insurance(Insurance.builder().pension(age >= 16 && chance(random, 85)).medical(chance(random, 96))
                .build());
        needsAndServices(random, builder, certificate, identity.birthDate(), age);
        education(random, builder, age);
        if (age >= 16 && age < 60) {
            EmploymentStatus[] statuses = EmploymentStatus.values();
            builder.employment(Employment.builder().status(statuses[weighted(random, new int[] {250, 100, 150, 50, 50, 150, 250})])
                    .build());
        }
        serviceGrades(random, builder, identity.birthDate(), age, certificate);
        if (serviceProgrammes) {
            CodedServices.addClean(random(lineNumber, 5), builder, certificate, household, identity.birthDate(),
                    identity.regionCode(), asOf);
        }
        return builder.build();
    }

    /** Whether GB/T 26341-2010 grades the category at this age (speech from 3; hearing grade 4 from 3). */
    private static boolean gradable(DisabilityCategory category, DisabilityGrade grade, int ageAtAssessment) {
        if (ageAtAssessment >= 3) {
            return true;
        }
        return category != DisabilityCategory.SPEECH && category != DisabilityCategory.MULTIPLE
                && !(category == DisabilityCategory.HEARING && grade == DisabilityGrade.GRADE_4);
    }

    private List<Benefit> benefits(SplittableRandom random, Certificate certificate, boolean dibao, int age) {
        List<Benefit> benefits = new ArrayList<>();
        YearMonth issued = firstPaidMonth(certificate);
        YearMonth from = issued.isBefore(ALLOWANCES_START) ? ALLOWANCES_START : issued;
        if (dibao && chance(random, 85)) {
            benefits.add(Benefit.builder().type(BenefitType.LIVING_ALLOWANCE).from(from).amountFen(8000).build());
        }
        if (certificate.grade().isSevere() && chance(random, 85)) {
            benefits.add(Benefit.builder().type(BenefitType.CARE_ALLOWANCE).from(from)
                    .amountFen(certificate.grade() == DisabilityGrade.GRADE_1 ? 10000 : 8000).build());
        }
        if (dibao && chance(random, 60)) {
            benefits.add(Benefit.builder().type(BenefitType.MINIMUM_LIVING_GUARANTEE).from(from).build());
        }
        if (age <= 6 && CHILD_AID_CATEGORIES.contains(certificate.category()) && chance(random, 75)) {
            benefits.add(Benefit.builder().type(BenefitType.CHILD_REHABILITATION_AID).from(issued).build());
        }
        if (chance(random, 8)) {
            YearMonth start = issued.plusMonths(random.nextInt(6));
            if (!start.isAfter(YearMonth.from(asOf))) {
                benefits.add(Benefit.builder().type(BenefitType.ASSISTIVE_DEVICE_SUBSIDY).from(start).to(start).build());
            }
        }
        if (chance(random, 5)) {
            benefits.add(Benefit.builder().type(BenefitType.INFORMATION_FEE_DISCOUNT).from(from).build());
        }
        return benefits;
    }

    /** The month after the certificate's issue, but not after the as-of month. */
    YearMonth firstPaidMonth(Certificate certificate) {
        YearMonth next = YearMonth.from(certificate.issuedOn()).plusMonths(1);
        YearMonth last = YearMonth.from(asOf);
        return next.isAfter(last) ? last : next;
    }

    private void needsAndServices(SplittableRandom random, ImmutablePersonRecord.Builder builder,
            Certificate certificate, LocalDate birth, int age) {
        Set<ServiceType> candidates = EnumSet.noneOf(ServiceType.class);
        DisabilityCategory category = certificate == null ? DisabilityCategory.PHYSICAL : certificate.category();
        switch (category) {
            case VISUAL: case HEARING: case PHYSICAL:
                candidates.add(ServiceType.ASSISTIVE_DEVICE_FITTING);
                candidates.add(ServiceType.REHABILITATION);
                break;
            case MENTAL:
                candidates.add(ServiceType.MENTAL_COMMUNITY_REHABILITATION);
                candidates.add(ServiceType.DAY_CARE);
                break;
            default:
                candidates.add(ServiceType.REHABILITATION);
                candidates.add(ServiceType.DAY_CARE);
                break;
        }
        if (age <= 6) {
            candidates.add(ServiceType.CHILD_REHABILITATION);
        }
        if (certificate != null && certificate.grade().isSevere()) {
            candidates.add(ServiceType.CARE_SERVICE);
            candidates.add(ServiceType.ACCESSIBILITY_RETROFIT);
            candidates.add(ServiceType.HOME_VISIT);
        }
        if (age >= 16 && age < 60) {
            candidates.add(ServiceType.VOCATIONAL_TRAINING);
            candidates.add(ServiceType.EMPLOYMENT_SERVICE);
        }
        if (age >= 6 && age < 18) {
            candidates.add(ServiceType.EDUCATION_SUPPORT);
        }
        LocalDate earliest = birth.isAfter(asOf.minusYears(2)) ? birth : asOf.minusYears(2);
        for (ServiceType type : candidates) {
            if (chance(random, 45)) {
                builder.addNeed(type);
                if (chance(random, 65)) {
                    builder.addService(Service.builder().type(type).date(between(random, earliest, asOf))
                            .providerId("P-" + (1 + random.nextInt(400))).build());
                }
            }
        }
        if (chance(random, 4)) {
            builder.addService(Service.builder().type(chance(random, 50) ? ServiceType.LEGAL_AID : ServiceType.CULTURE_SPORTS)
                    .date(between(random, earliest, asOf)).build());
        }
    }

    private static void education(SplittableRandom random, ImmutablePersonRecord.Builder builder, int age) {
        EducationStage stage;
        int enrolledPercent;
        if (age >= 3 && age <= 5) {
            stage = EducationStage.PRESCHOOL;
            enrolledPercent = 60;
        } else if (age >= 6 && age <= 11) {
            stage = EducationStage.PRIMARY;
            enrolledPercent = 92;
        } else if (age >= 12 && age <= 14) {
            stage = EducationStage.JUNIOR_SECONDARY;
            enrolledPercent = 88;
        } else if (age >= 15 && age <= 17) {
            stage = chance(random, 60) ? EducationStage.SENIOR_SECONDARY : EducationStage.VOCATIONAL;
            enrolledPercent = 60;
        } else if (age >= 18 && age <= 22 && chance(random, 10)) {
            stage = EducationStage.HIGHER;
            enrolledPercent = 100;
        } else {
            return;
        }
        if (chance(random, enrolledPercent)) {
            builder.education(Education.builder().enrolled(true).stage(stage).build());
        } else {
            builder.education(Education.builder().enrolled(false).build());
        }
    }

    private void serviceGrades(SplittableRandom random, ImmutablePersonRecord.Builder builder, LocalDate birth,
            int age, Certificate certificate) {
        if (age >= 20 && chance(random, 2)) {
            MilitaryDisabilityGrade grade = MilitaryDisabilityGrade.of(1 + random.nextInt(10));
            int roll = random.nextInt(10);
            DisabilityNature nature = roll < 2 ? DisabilityNature.COMBAT
                    : roll < 8 || grade.number() > 6 ? DisabilityNature.DUTY : DisabilityNature.ILLNESS;
            builder.military(ServiceDisability.builder().grade(grade).nature(nature)
                    .certificateNumber("QJ" + String.format("%08d", random.nextInt(100_000_000)))
                    .issuedOn(between(random, birth.plusYears(19), asOf.minusDays(1))).build());
        }
        if (age >= 22 && chance(random, 1)) {
            builder.police(ServiceDisability.builder().grade(MilitaryDisabilityGrade.of(1 + random.nextInt(10)))
                    .nature(chance(random, 30) ? DisabilityNature.COMBAT : DisabilityNature.DUTY).build());
        }
        if (age >= 18 && age <= 70 && chance(random, 3)) {
            builder.workInjury(WorkInjury.builder().grade(WorkInjuryGrade.of(1 + random.nextInt(10)))
                    .assessedOn(between(random, birth.plusYears(18), asOf.minusDays(1))).build());
        }
        boolean severe = certificate != null && certificate.grade().isSevere();
        if (chance(random, severe ? 30 : 6)) {
            int level = severe ? 2 + random.nextInt(4) : random.nextInt(3);
            builder.careLevel(CareAssessment.builder().level(CareDependencyLevel.of(level))
                    .assessedOn(between(random, asOf.minusYears(3), asOf.minusDays(1))).build());
        }
    }

    // ------------------------------------------------------------------ defects

    /**
     * Injects a standards or service-programme defect into a clean record with the defect's own injection, or
     * returns empty when this person cannot carry it.
     */
    private Optional<ImmutablePersonRecord> inject(Defect defect, ImmutablePersonRecord r, SplittableRandom random,
            long lineNumber) {
        DefectContext context = new DefectContext(this, random, lineNumber);
        Injection injection = defect.injection();
        if (injection instanceof Injection.Standard standard) {
            return standard.inject(r, context);
        }
        if (injection instanceof Injection.Programme programme) {
            return CodedServices.Candidates.of(r, random, asOf).flatMap(services -> programme.inject(r, services, context));
        }
        throw new IllegalStateException("not a standards defect: " + defect);
    }

    /** Writes a clean record as the line of a format defect, with the defect's own injection. */
    private String formatDefect(Defect defect, PersonRecord record) {
        ObjectNode node = mapper.valueToTree(record);
        if (defect.injection() instanceof Injection.Shape shape) {
            return shape.write(record, node, new DefectContext(this, null, 0));
        }
        throw new IllegalStateException("not a format defect: " + defect);
    }

    /** A retired county code, drawn from a line's random stream. */
    String retiredCounty(SplittableRandom random) {
        return retiredCounties.get(random.nextInt(retiredCounties.size()));
    }

    /** A value as one line of JSON, written by the exchange format's mapper. */
    String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builder of {@link RecordGenerator}; not thread-safe. */
    public static final class Builder {
        private long seed = 1;
        private double defectRate = 0.05;
        private boolean formatDefects = true;
        private LocalDate asOf = DEFAULT_AS_OF;
        private String recordIdPrefix = "QH-";
        private boolean serviceProgrammes;
        private AdministrativeDivisions divisions = AdministrativeDivisions.bundled();

        private Builder() {
        }

        /**
         * Sets the seed (same seed, same output).
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the share of records with one injected defect.
         *
         * @param rate 0 to 1
         * @return this builder
         * @throws IllegalArgumentException outside 0-1
         */
        public Builder defectRate(double rate) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("defect rate must be between 0 and 1");
            }
            this.defectRate = rate;
            return this;
        }

        /**
         * Makes coded services of exchange format 1.1 (children's rehabilitation aid, assistive-device fittings
         * from {@link RecordGenerator#exampleCatalogue()}, household retrofits) and injects the service-programme defects too.
         * Off by default, so that the output of a seed stays as it was.
         *
         * @param enabled true to generate coded services
         * @return this builder
         */
        public Builder serviceProgrammes(boolean enabled) {
            this.serviceProgrammes = enabled;
            return this;
        }

        /**
         * Chooses whether {@code FORMAT.*} shape defects (malformed lines, missing or unknown fields, wrong
         * types, unknown codes) are injected; without them every line conforms to the JSON Schema.
         *
         * @param enabled true to inject them (the default)
         * @return this builder
         */
        public Builder formatDefects(boolean enabled) {
            this.formatDefects = enabled;
            return this;
        }

        /**
         * Sets the as-of date the records are consistent with.
         *
         * @param date the date
         * @return this builder
         */
        public Builder asOf(LocalDate date) {
            this.asOf = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the prefix of record ids (followed by the 8-digit line number).
         *
         * @param prefix characters of {@code [A-Za-z0-9._-]}, at most 56
         * @return this builder
         * @throws IllegalArgumentException for other prefixes
         */
        public Builder recordIdPrefix(String prefix) {
            if (prefix.length() > 56 || !prefix.chars().allMatch(c -> c < 128
                    && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'))) {
                throw new IllegalArgumentException("record id prefix must be at most 56 of A-Z a-z 0-9 . _ -");
            }
            this.recordIdPrefix = prefix;
            return this;
        }

        /**
         * Sets the GB/T 2260 table to take Qinghai county codes from.
         *
         * @param table the table
         * @return this builder
         */
        public Builder divisions(AdministrativeDivisions table) {
            this.divisions = Objects.requireNonNull(table, "table");
            return this;
        }

        /**
         * Builds the generator.
         *
         * @return the generator
         */
        public RecordGenerator build() {
            return new RecordGenerator(this);
        }
    }
}
