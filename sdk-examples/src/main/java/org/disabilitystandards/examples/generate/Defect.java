package org.disabilitystandards.examples.generate;

import static org.disabilitystandards.examples.generate.CodedServices.with;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.ChildAidItem;
import org.disabilitystandards.core.code.ChildAidProof;
import org.disabilitystandards.core.code.ChildAidTargetGroup;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.DisabilityNature;
import org.disabilitystandards.core.code.EducationStage;
import org.disabilitystandards.core.code.ItemCodeSystem;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.code.RetrofitItem;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.ChildAid;
import org.disabilitystandards.core.model.Education;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.ImmutableAssessment;
import org.disabilitystandards.core.model.ImmutableCertificate;
import org.disabilitystandards.core.model.Service;
import org.disabilitystandards.core.model.ServiceDisability;
import org.disabilitystandards.core.model.ServiceItem;
import org.disabilitystandards.core.model.ServicePeriod;

/**
 * The defects {@link RecordGenerator} can inject, one per defective record, each named by the rule id of
 * the rule catalogue that a validator should report for it, and each carrying its own injection. Standards
 * defects keep the line well-formed and conforming to the JSON Schema of the exchange format; format defects
 * ({@code FORMAT.*}) break the line's shape on purpose.
 */
public enum Defect {
    /** Wrong ISO 7064 MOD 11-2 check character (GB 11643-1999). */
    ID_CHECKSUM("ID.CHECKSUM", Injection.standard((r, c) -> {
        char check = r.idNumber().charAt(17);
        char wrong = check == '0' ? '1' : check == 'X' ? '0' : (char) (check - 1);
        return Optional.of(r.withIdNumber(r.idNumber().substring(0, 17) + wrong)
                .withCertificate(Optional.empty()).withAssessments(List.of()).withBenefits(List.of()));
    })),
    /** {@code sex} disagrees with the ID number's sequence digit. */
    ID_SEX_MISMATCH("ID.SEX_MISMATCH", Injection.standard((r, c) ->
            Optional.of(r.withSex(r.sex().orElseThrow() == Sex.MALE ? Sex.FEMALE : Sex.MALE)))),
    /** {@code birthDate} disagrees with the ID number. */
    ID_BIRTH_DATE_MISMATCH("ID.BIRTH_DATE_MISMATCH", Injection.standard((r, c) ->
            Optional.of(r.withBirthDate(r.birthDate().orElseThrow().minusDays(1 + c.random().nextInt(40)))))),
    /** {@code regionCode} is not a GB/T 2260 code. */
    REGION_UNKNOWN("REGION.UNKNOWN", Injection.standard((r, c) -> Optional.of(r.withRegionCode("639999")))),
    /** {@code regionCode} outside Qinghai (only an error under the {@code qinghai} profile). */
    REGION_OUTSIDE_PROFILE("REGION.OUTSIDE_PROFILE", Injection.standard((r, c) ->
            Optional.of(r.withRegionCode("110105")))),
    /** {@code regionCode} is a retired GB/T 2260 code. */
    REGION_RETIRED("REGION.RETIRED", Injection.standard((r, c) -> Optional.of(r.withRegionCode(c.retiredCounty())))),
    /** The certificate number's ID part differs from {@code idNumber}. */
    CERT_ID_MISMATCH("CERT.ID_MISMATCH", Injection.standard((r, c) -> r.certificate().map(cert -> {
        String other = r.idNumber().substring(0, 14) + String.format("%03d",
                (Integer.parseInt(r.idNumber().substring(14, 17)) + 2) % 1000);
        other = other + ResidentIdNumber.checkCharacter(other);
        return r.withCertificate(ImmutableCertificate.copyOf(cert).withNumber(other + cert.number().substring(18)));
    }))),
    /** Digit 19 of the certificate number disagrees with {@code certificate.category}. */
    CERT_CATEGORY_MISMATCH("CERT.CATEGORY_MISMATCH", Injection.standard((r, c) -> r.certificate().map(cert ->
            r.withCertificate(ImmutableCertificate.copyOf(cert).withCategory(cert.category() == DisabilityCategory.PHYSICAL
                    ? DisabilityCategory.VISUAL : DisabilityCategory.PHYSICAL)).withAssessments(List.of())))),
    /** Digit 20 of the certificate number disagrees with {@code certificate.grade}. */
    CERT_GRADE_MISMATCH("CERT.GRADE_MISMATCH", Injection.standard((r, c) -> r.certificate().map(cert ->
            r.withCertificate(ImmutableCertificate.copyOf(cert).withGrade(DisabilityGrade.of(cert.grade().number() % 4 + 1)))
                    .withAssessments(List.of()).withBenefits(List.of())))),
    /** The certificate is issued after the as-of date. */
    CERT_ISSUED_IN_FUTURE("CERT.ISSUED_IN_FUTURE", Injection.standard((r, c) -> r.certificate().map(cert -> {
        LocalDate issued = c.asOf().plusDays(10 + c.random().nextInt(90));
        return r.withCertificate(ImmutableCertificate.copyOf(cert).withIssuedOn(issued)
                .withValidUntil(issued.plusYears(10).minusDays(1)));
    }))),
    /** The certificate's validity ended before the as-of date. */
    CERT_EXPIRED("CERT.EXPIRED", Injection.standard((r, c) -> r.certificate().filter(cert -> c.age(r) >= 12)
            .map(cert -> {
                LocalDate issued = c.asOf().minusYears(10).minusDays(30 + c.random().nextInt(600));
                return r.withCertificate(ImmutableCertificate.copyOf(cert).withIssuedOn(issued)
                        .withValidUntil(issued.plusYears(10).minusDays(1))).withAssessments(List.of());
            }))),
    /** The recorded assessment grade differs from the grade its measurements give (GB/T 26341-2010). */
    ASSESS_GRADE_MISMATCH("ASSESS.GRADE_MISMATCH", Injection.standard((r, c) -> {
        if (r.assessments().isEmpty()) {
            return Optional.empty();
        }
        List<Assessment> changed = new ArrayList<>(r.assessments());
        Assessment first = changed.get(0);
        DisabilityGrade recorded = first.grade().orElseThrow();
        changed.set(0, ImmutableAssessment.copyOf(first).withGrade(DisabilityGrade.of(recorded.number() % 4 + 1)));
        return Optional.of(r.withAssessments(changed));
    })),
    /** Military disability of nature ILLNESS with a grade of 7-10. */
    MILITARY_ILLNESS_GRADE("MILITARY.ILLNESS_GRADE", Injection.standard((r, c) -> Optional.of(r.withMilitary(
            ServiceDisability.builder().grade(MilitaryDisabilityGrade.of(7 + c.random().nextInt(4)))
                    .nature(DisabilityNature.ILLNESS).build())))),
    /** Police disability of nature ILLNESS. */
    POLICE_ILLNESS("POLICE.ILLNESS", Injection.standard((r, c) -> Optional.of(r.withPolice(
            ServiceDisability.builder().grade(MilitaryDisabilityGrade.of(1 + c.random().nextInt(10)))
                    .nature(DisabilityNature.ILLNESS).build())))),
    /** Care allowance for a grade 3-4 certificate of a category no profile extends it to. */
    BENEFIT_CARE_ALLOWANCE_INELIGIBLE("BENEFIT.CARE_ALLOWANCE_INELIGIBLE", Injection.standard((r, c) -> r.certificate()
            .filter(cert -> !cert.grade().isSevere() && cert.category() != DisabilityCategory.INTELLECTUAL
                    && cert.category() != DisabilityCategory.MENTAL && cert.category() != DisabilityCategory.MULTIPLE)
            .map(cert -> r.withBenefits(append(r.benefits(), Benefit.builder().type(BenefitType.CARE_ALLOWANCE)
                    .from(c.firstPaidMonth(cert)).build()))))),
    /** Living allowance outside a minimum-living-guarantee household. */
    BENEFIT_LIVING_ALLOWANCE_INELIGIBLE("BENEFIT.LIVING_ALLOWANCE_INELIGIBLE", Injection.standard((r, c) ->
            r.certificate().map(cert -> r.withHousehold(Household.builder().build())
                    .withBenefits(append(without(r.benefits(), BenefitType.LIVING_ALLOWANCE,
                            BenefitType.MINIMUM_LIVING_GUARANTEE), Benefit.builder().type(BenefitType.LIVING_ALLOWANCE)
                            .from(c.firstPaidMonth(cert)).build()))))),
    /** A disability allowance for a person without a certificate. */
    BENEFIT_NO_CERTIFICATE("BENEFIT.NO_CERTIFICATE", Injection.standard((r, c) -> Optional.of(
            r.withCertificate(Optional.empty()).withAssessments(List.of())
                    .withHousehold(Household.builder().minimumLivingGuarantee(true).build())
                    .withBenefits(Benefit.builder().type(BenefitType.LIVING_ALLOWANCE)
                            .from(YearMonth.from(c.asOf()).minusMonths(6)).build())))),
    /** Children's rehabilitation aid for an adult. */
    BENEFIT_CHILD_AID_AGE("BENEFIT.CHILD_AID_AGE", Injection.standard((r, c) -> r.certificate()
            .filter(cert -> c.age(r) >= 19).map(cert -> r.withBenefits(append(r.benefits(),
                    Benefit.builder().type(BenefitType.CHILD_REHABILITATION_AID)
                            .from(YearMonth.from(c.asOf()).minusMonths(6)).build()))))),
    /** A benefit whose {@code to} month is before its {@code from} month. */
    BENEFIT_PERIOD_ORDER("BENEFIT.PERIOD_ORDER", Injection.standard((r, c) -> r.certificate().map(cert -> {
        YearMonth from = c.firstPaidMonth(cert);
        return r.withBenefits(append(r.benefits(), Benefit.builder().type(BenefitType.ASSISTIVE_DEVICE_SUBSIDY)
                .from(from).to(from.minusMonths(3)).build()));
    }))),
    /** A service dated after the as-of date. */
    SERVICE_DATE("SERVICE.DATE", Injection.standard((r, c) -> {
        List<Service> services = new ArrayList<>(r.services());
        services.add(Service.builder().type(ServiceType.REHABILITATION)
                .date(c.asOf().plusDays(5 + c.random().nextInt(60))).build());
        return Optional.of(r.withServices(services));
    })),
    /** An adult enrolled in primary school. */
    EDUCATION_AGE_STAGE("EDUCATION.AGE_STAGE", Injection.standard((r, c) -> c.age(r) >= 25
            ? Optional.of(r.withEducation(Education.builder().enrolled(true).stage(EducationStage.PRIMARY).build()))
            : Optional.empty())),
    /** A children's rehabilitation aid service without its application. */
    CHILD_AID_APPLICATION_MISSING("CHILD_AID.APPLICATION_MISSING", Injection.programme((r, s, c) ->
            s.aid().map(aid -> with(r, aid.withChildAid(Optional.empty()))))),
    /** A child-aid target group that disagrees with the certificate's category. */
    CHILD_AID_TARGET_GROUP("CHILD_AID.TARGET_GROUP", Injection.programme((r, s, c) -> s.aid().map(aid -> with(r,
            aid.withChildAid(ChildAid.builder().from(aid.childAid().orElseThrow())
                    .targetGroup(otherGroup(aid.childAid().orElseThrow().targetGroup())).build()))))),
    /** Child aid applied for at 7-17 without a certificate. */
    CHILD_AID_AGE("CHILD_AID.AGE", Injection.programme((r, s, c) -> s.aid()
            .filter(aid -> ChronoUnit.YEARS.between(s.birth(), aid.childAid().orElseThrow().applicationDate()) >= 7)
            .map(aid -> with(r.withCertificate(Optional.empty()).withAssessments(List.of()).withBenefits(List.of()),
                    aid.withChildAid(ChildAid.builder().from(aid.childAid().orElseThrow())
                            .proof(ChildAidProof.HOSPITAL_DIAGNOSIS).build()))))),
    /** Child aid without proof of disability. */
    CHILD_AID_PROOF("CHILD_AID.PROOF", Injection.programme((r, s, c) -> s.aid().map(aid -> with(r,
            aid.withChildAid(ChildAid.builder().from(aid.childAid().orElseThrow()).proof(Optional.empty()).build()))))),
    /** Child aid for a child registered outside Qinghai. */
    CHILD_AID_RESIDENCE("CHILD_AID.RESIDENCE", Injection.programme((r, s, c) -> s.aid().map(aid -> with(r,
            aid.withChildAid(ChildAid.builder().from(aid.childAid().orElseThrow())
                    .registrationRegionCode("110101").build()))))),
    /** Child aid whose item is a retrofit item. */
    CHILD_AID_ITEM("CHILD_AID.ITEM", Injection.programme((r, s, c) -> s.aid().map(aid -> with(r,
            aid.withItem(ServiceItem.builder().system(ItemCodeSystem.RETROFIT_ITEM)
                    .code(RetrofitItem.GRAB_BARS.name()).build()))))),
    /** Child aid above the item's Qinghai cap. */
    CHILD_AID_AMOUNT_OVER_CAP("CHILD_AID.AMOUNT_OVER_CAP", Injection.programme((r, s, c) -> s.aid().map(aid -> with(r,
            aid.withAmountFen((aid.item().orElseThrow().code().equals(ChildAidItem.VISUAL_TRAINING.name())
                    ? CodedServices.VISUAL_TRAINING_CAP_FEN : CodedServices.TRAINING_CAP_FEN)
                    + 1 + c.random().nextInt(100_000)))))),
    /** Eleven months of training in one year. */
    CHILD_AID_TRAINING_MONTHS("CHILD_AID.TRAINING_MONTHS", Injection.programme((r, s, c) -> s.aid().map(aid -> {
        YearMonth january = YearMonth.of(aid.period().orElseThrow().from().getYear(), 1);
        return with(r, aid.withDate(january.atDay(1)).withAmountFen(500_000)
                .withPeriod(ServicePeriod.builder().from(january).to(january.plusMonths(10)).build()));
    }))),
    /** A second designated institution in the same month. */
    CHILD_AID_TWO_INSTITUTIONS("CHILD_AID.TWO_INSTITUTIONS", Injection.programme((r, s, c) -> s.aid().map(aid ->
            with(r, aid, aid.withProviderId("QH-INST-99")
                    .withItem(ServiceItem.builder().system(ItemCodeSystem.CHILD_AID_ITEM)
                            .code(ChildAidItem.ASSISTIVE_DEVICE.name()).build())
                    .withPeriod(lastMonth(aid)))))),
    /** The same aid item funded twice for one month. */
    CHILD_AID_DOUBLE_FUNDING("CHILD_AID.DOUBLE_FUNDING", Injection.programme((r, s, c) -> s.aid().map(aid ->
            with(r, aid, aid.withPeriod(lastMonth(aid)))))),
    /** An assistive-product code with a one-digit pair. */
    ITEM_CODE_SYNTAX("ITEM.CODE_SYNTAX", Injection.programme((r, s, c) -> s.fitting().map(fitting -> with(r,
            fitting.withItem(ServiceItem.builder().from(fitting.item().orElseThrow()).code("12 2").build()))))),
    /** A product of an edition the example catalogue does not list. */
    DEVICE_NOT_IN_CATALOGUE("DEVICE.NOT_IN_CATALOGUE", Injection.programme((r, s, c) -> s.fitting().map(fitting ->
            with(r, fitting.withItem(ServiceItem.builder().from(fitting.item().orElseThrow()).edition("2025").build()))))),
    /** A product the example catalogue reserves for another category. */
    DEVICE_NOT_ALLOWED("DEVICE.NOT_ALLOWED", Injection.programme((r, s, c) -> s.fitting().map(fitting -> with(r,
            fitting.withItem(ServiceItem.builder().from(fitting.item().orElseThrow())
                    .code(s.certificate().category() == DisabilityCategory.VISUAL ? "22 06" : "22 03 09").build())
                    .withAmountFen(10_000))))),
    /** A fitting without the assessment its catalogue row requires. */
    DEVICE_ASSESSMENT_MISSING("DEVICE.ASSESSMENT_MISSING", Injection.programme((r, s, c) -> s.fitting()
            .filter(fitting -> s.certificate().category() != DisabilityCategory.VISUAL)
            .map(fitting -> with(r, fitting.withAssessedOn(Optional.empty()))))),
    /** The same product issued twice within ten months. */
    DEVICE_REISSUE_TOO_EARLY("DEVICE.REISSUE_TOO_EARLY", Injection.programme((r, s, c) -> s.fitting().map(fitting ->
            with(r, fitting.withDate(fitting.date().minusMonths(10)).withAssessedOn(fitting.date().minusMonths(11)),
                    fitting)))),
    /** A device subsidy above the catalogue row's cap. */
    DEVICE_SUBSIDY_OVER_CAP("DEVICE.SUBSIDY_OVER_CAP", Injection.programme((r, s, c) -> s.fitting().map(fitting ->
            with(r, fitting.withAmountFen(CodedServices.EXAMPLE_CATALOGUE.find(ItemCodeSystem.GBT_16432, "2016",
                    fitting.item().orElseThrow().code()).orElseThrow().subsidyCapFen().orElseThrow() + 1
                    + c.random().nextInt(10_000)))))),
    /** A retrofit for a grade 3-4 holder. */
    RETROFIT_INELIGIBLE("RETROFIT.INELIGIBLE", Injection.programme((r, s, c) -> {
        Certificate certificate = s.certificate();
        return certificate.grade() == DisabilityGrade.GRADE_3 || certificate.grade() == DisabilityGrade.GRADE_4
                ? Optional.of(with(r, CodedServices.retrofitService(c.random(),
                        CodedServices.suitedItem(certificate.category()), certificate, c.asOf())))
                : Optional.empty();
    })),
    /** A retrofit item that does not suit the holder's category. */
    RETROFIT_ITEM_CATEGORY("RETROFIT.ITEM_CATEGORY", Injection.programme((r, s, c) -> s.retrofit()
            .filter(retrofit -> s.certificate().category() != DisabilityCategory.MULTIPLE)
            .map(retrofit -> with(r, retrofit.withItem(ServiceItem.builder().from(retrofit.item().orElseThrow())
                    .code((s.certificate().category() == DisabilityCategory.VISUAL
                            ? RetrofitItem.FLASHING_DOORBELL : RetrofitItem.SCREEN_READER).name())
                    .build()))))),
    /** A retrofit above Qinghai's cap. */
    RETROFIT_COST_OVER_CAP("RETROFIT.COST_OVER_CAP", Injection.programme((r, s, c) -> s.retrofit().map(retrofit ->
            with(r, retrofit.withAmountFen(CodedServices.RETROFIT_CAP_FEN + 1 + c.random().nextInt(300_000)))))),
    /** A second retrofit of the household in the plan period. */
    RETROFIT_ONE_PER_PERIOD("RETROFIT.ONE_PER_PERIOD", Injection.programme((r, s, c) -> s.retrofit().map(retrofit ->
            with(r, retrofit, CodedServices.retrofitService(c.random(),
                    CodedServices.suitedItem(s.certificate().category()), s.certificate(), c.asOf()))))),
    /** The {@code recordId} of the previous line again. */
    DUPLICATE_RECORD_ID("FORMAT.DUPLICATE_RECORD_ID", Injection.standard((r, c) ->
            Optional.of(r.withRecordId(c.previousRecordId())))),
    /** The {@code idNumber} of the previous line again (another record of the same person). */
    DUPLICATE_PERSON("FORMAT.DUPLICATE_PERSON", Injection.standard((r, c) -> Optional.of(r))),
    /** A truncated line. */
    MALFORMED_JSON("FORMAT.MALFORMED_JSON", Injection.shape((record, node, c) -> {
        String json = c.json(record);
        return json.substring(0, json.length() / 2);
    })),
    /** The required {@code name} is absent. */
    MISSING_FIELD("FORMAT.MISSING_FIELD", Injection.shape((record, node, c) -> {
        node.remove("name");
        return c.json(node);
    })),
    /** {@code birthDate} written as {@code dd/MM/yyyy}. */
    WRONG_TYPE("FORMAT.WRONG_TYPE", Injection.shape((record, node, c) ->
            c.json(node.put("birthDate", record.birthDate().orElseThrow().format(Slashed.FORMAT))))),
    /** {@code residence} with a code the format does not define. */
    UNKNOWN_CODE("FORMAT.UNKNOWN_CODE", Injection.shape((record, node, c) -> c.json(node.put("residence", "SUBURBAN")))),
    /** A field the format does not define. */
    UNKNOWN_FIELD("FORMAT.UNKNOWN_FIELD", Injection.shape((record, node, c) -> c.json(node.put("nationality", "汉族"))));

    private final String ruleId;
    private final Injection injection;

    Defect(String ruleId, Injection injection) {
        this.ruleId = ruleId;
        this.injection = injection;
    }
    /**
     * Returns the rule id a validator reports for this defect.
     *
     * @return the rule id, for example {@code ID.CHECKSUM}
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns whether the defect breaks the line's format (and its conformance to the JSON Schema).
     *
     * @return true for {@code FORMAT.*} shape defects
     */
    public boolean isFormatDefect() {
        return injection instanceof Injection.Shape;
    }

    /**
     * Returns whether the defect is one of the service programmes' (children's rehabilitation aid,
     * assistive-device fittings against {@link RecordGenerator#exampleCatalogue()}, household retrofits),
     * injected only by a generator built with {@link RecordGenerator.Builder#serviceProgrammes(boolean)}.
     *
     * @return true for {@code CHILD_AID.*}, {@code ITEM.*}, {@code DEVICE.*} and {@code RETROFIT.*} defects
     */
    public boolean isServiceProgrammeDefect() {
        return injection instanceof Injection.Programme;
    }

    /** The injection of this defect: the generator's. */
    Injection injection() {
        return injection;
    }

    private static List<Benefit> append(List<Benefit> benefits, Benefit extra) {
        List<Benefit> list = new ArrayList<>(benefits);
        list.add(extra);
        return list;
    }

    private static List<Benefit> without(List<Benefit> benefits, BenefitType first, BenefitType second) {
        List<Benefit> list = new ArrayList<>();
        for (Benefit benefit : benefits) {
            if (benefit.type() != first && benefit.type() != second) {
                list.add(benefit);
            }
        }
        return list;
    }

    private static ChildAidTargetGroup otherGroup(ChildAidTargetGroup group) {
        return group == ChildAidTargetGroup.HEARING ? ChildAidTargetGroup.VISUAL : ChildAidTargetGroup.HEARING;
    }

    /** The last month of a child-aid service's period, as a period of its own. */
    private static ServicePeriod lastMonth(Service aid) {
        return ServicePeriod.builder().from(aid.period().orElseThrow().to()).to(aid.period().orElseThrow().to()).build();
    }

    /** The date format of the {@link #WRONG_TYPE} defect (a holder class: enum constants initialise first). */
    private static final class Slashed {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    }
}
