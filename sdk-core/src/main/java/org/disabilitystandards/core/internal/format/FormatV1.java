package org.disabilitystandards.core.internal.format;

import static org.disabilitystandards.core.internal.format.Field.amount;
import static org.disabilitystandards.core.internal.format.Field.code;
import static org.disabilitystandards.core.internal.format.Field.codeList;
import static org.disabilitystandards.core.internal.format.Field.date;
import static org.disabilitystandards.core.internal.format.Field.decimal;
import static org.disabilitystandards.core.internal.format.Field.flag;
import static org.disabilitystandards.core.internal.format.Field.integer;
import static org.disabilitystandards.core.internal.format.Field.month;
import static org.disabilitystandards.core.internal.format.Field.object;
import static org.disabilitystandards.core.internal.format.Field.objectList;
import static org.disabilitystandards.core.internal.format.Field.recordId;
import static org.disabilitystandards.core.internal.format.Field.scale;
import static org.disabilitystandards.core.internal.format.Field.text;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.disabilitystandards.core.code.AdaptiveBehavior;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.CareDependencyLevel;
import org.disabilitystandards.core.code.ChildAidProof;
import org.disabilitystandards.core.code.ChildAidTargetGroup;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.DisabilityNature;
import org.disabilitystandards.core.code.EducationStage;
import org.disabilitystandards.core.code.EmploymentStatus;
import org.disabilitystandards.core.code.ItemCodeSystem;
import org.disabilitystandards.core.code.ItemKind;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.code.PhysicalFinding;
import org.disabilitystandards.core.code.Residence;
import org.disabilitystandards.core.code.ServiceProgramme;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.code.WorkInjuryGrade;
import org.disabilitystandards.core.json.FormatReason;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.CareAssessment;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.ChildAid;
import org.disabilitystandards.core.model.Education;
import org.disabilitystandards.core.model.Employment;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.ImmutableAssessment;
import org.disabilitystandards.core.model.ImmutableBenefit;
import org.disabilitystandards.core.model.ImmutableCareAssessment;
import org.disabilitystandards.core.model.ImmutableCertificate;
import org.disabilitystandards.core.model.ImmutableChildAid;
import org.disabilitystandards.core.model.ImmutableEducation;
import org.disabilitystandards.core.model.ImmutableEmployment;
import org.disabilitystandards.core.model.ImmutableHousehold;
import org.disabilitystandards.core.model.ImmutableInsurance;
import org.disabilitystandards.core.model.ImmutableMeasurements;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.ImmutableService;
import org.disabilitystandards.core.model.ImmutableServiceDisability;
import org.disabilitystandards.core.model.ImmutableServiceItem;
import org.disabilitystandards.core.model.ImmutableServicePeriod;
import org.disabilitystandards.core.model.ImmutableWorkInjury;
import org.disabilitystandards.core.model.Insurance;
import org.disabilitystandards.core.model.Measurements;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.core.model.Service;
import org.disabilitystandards.core.model.ServiceDisability;
import org.disabilitystandards.core.model.ServiceItem;
import org.disabilitystandards.core.model.ServicePeriod;
import org.disabilitystandards.core.model.WorkInjury;

/**
 * The field table of exchange format version 1 (docs/exchange-format.md; services' coded fields are version
 * 1.1): every object of the format and every field, described once. The JSON Lines reader, the table readers
 * (CSV, workbooks, databases), the JSON Schema (docs/exchange-format.schema.json) and the field table of
 * docs/exchange-format.md are all driven by these rows.
 *
 * <p>Adding an optional field takes one row here and its accessor on the model type (see "Adding a field"
 * in docs/exchange-format.md).
 */
public final class FormatV1 {

    /** Longest {@code recordId}, {@code name}, {@code householdId}, {@code providerId}. */
    public static final int MAX_ID_LENGTH = 64;
    /** Longest identifier text ({@code idNumber}, {@code regionCode}, certificate numbers) kept for checking. */
    public static final int MAX_IDENTIFIER_LENGTH = 64;
    /** Longest {@code ServiceDisability.certificateNumber}. */
    public static final int MAX_SERVICE_CERTIFICATE_LENGTH = 32;
    /** Longest service item code and edition (1.1). */
    public static final int MAX_ITEM_CODE_LENGTH = 32;

    /** The certificate (残疾人证). */
    public static final Shape<ImmutableCertificate.Builder, Certificate> CERTIFICATE = Shape.of("Certificate",
            "The CDPF disability certificate (残疾人证); the ID part of its number must equal idNumber",
            Certificate::builder, ImmutableCertificate.Builder::build,
            Field.<ImmutableCertificate.Builder>text("number", true, MAX_IDENTIFIER_LENGTH, (b, v) -> b.number(v))
                    .identifier().csv("certificateNumber", "残疾人证号", "残疾证号", "残疾人证号码")
                    .describe("18-character ID + category digit 1-7 + grade digit 1-4 + optional B1-B9 when valid "
                            + "(CERT.FORMAT otherwise)"),
            Field.<ImmutableCertificate.Builder, DisabilityCategory>code("category", true, DisabilityCategory.values(),
                    (b, v) -> b.category(v)).csv("certificateCategory", "残疾类别")
                    .describe("equals digit 19 of the number"),
            Field.<ImmutableCertificate.Builder, DisabilityGrade>scale("grade", true, DisabilityGrade.values(),
                    (b, v) -> b.grade(v)).csv("certificateGrade", "残疾等级")
                    .describe("equals digit 20 of the number; 1 most severe"),
            Field.<ImmutableCertificate.Builder>date("issuedOn", true, (b, v) -> b.issuedOn(v))
                    .csv("certificateIssuedOn", "发证日期", "办证日期").describe("not after the as-of date"),
            Field.<ImmutableCertificate.Builder>date("validUntil", false, (b, v) -> b.validUntil(v))
                    .csv("certificateValidUntil", "有效期至", "有效期截止日期")
                    .describe("after issuedOn; expired at the as-of date is a warning"));

    /** The measurements of an assessment (GB/T 26341-2010, clause 5). */
    public static final Shape<ImmutableMeasurements.Builder, Measurements> MEASUREMENTS = Shape.of("Measurements",
            "Physical ranges only; ASSESS.MEASUREMENT_RANGE reports values outside them",
            Measurements::builder, ImmutableMeasurements.Builder::build,
            Field.<ImmutableMeasurements.Builder>decimal("bestCorrectedAcuity", (b, v) -> b.bestCorrectedAcuity(v))
                    .range(0.0, 2.0).describe("VISUAL: decimal acuity of the better eye, 0 = no light perception"),
            Field.<ImmutableMeasurements.Builder>decimal("visualFieldRadiusDegrees",
                    (b, v) -> b.visualFieldRadiusDegrees(v)).range(0.0, 90.0).describe("VISUAL: field radius"),
            Field.<ImmutableMeasurements.Builder>decimal("averageLossDbHl", (b, v) -> b.averageLossDbHl(v))
                    .range(0.0, 130.0).describe("HEARING: better ear, unaided"),
            Field.<ImmutableMeasurements.Builder>decimal("intelligibilityPercent", (b, v) -> b.intelligibilityPercent(v))
                    .range(0.0, 100.0).describe("SPEECH"),
            Field.<ImmutableMeasurements.Builder>integer("developmentalQuotient", (b, v) -> b.developmentalQuotient(v))
                    .range(0.0, null).describe("INTELLECTUAL, age 0-6"),
            Field.<ImmutableMeasurements.Builder>integer("iq", (b, v) -> b.iq(v)).range(0.0, null)
                    .describe("INTELLECTUAL, age 7+"),
            Field.<ImmutableMeasurements.Builder, AdaptiveBehavior>code("adaptiveBehavior", false,
                    AdaptiveBehavior.values(), (b, v) -> b.adaptiveBehavior(v)).describe("INTELLECTUAL, MENTAL"),
            Field.<ImmutableMeasurements.Builder>integer("whodasScore", (b, v) -> b.whodasScore(v)).range(36.0, 180.0)
                    .describe("INTELLECTUAL; MENTAL at age 18+"),
            Field.<ImmutableMeasurements.Builder, PhysicalFinding>codeList("findings", PhysicalFinding.values(),
                    (b, v) -> b.addFinding(v)).describe("PHYSICAL: findings tied to a grade by clause 5.5"));

    /** An assessment: the grading evidence of one category. */
    public static final Shape<ImmutableAssessment.Builder, Assessment> ASSESSMENT = Shape.of("Assessment",
            "The grading evidence of one assessed category",
            Assessment::builder, ImmutableAssessment.Builder::build,
            Field.<ImmutableAssessment.Builder, DisabilityCategory>code("category", true, DisabilityCategory.values(),
                    (b, v) -> b.category(v)).excluding(DisabilityCategory.MULTIPLE)
                    .describe("a category other than MULTIPLE (assess each component)"),
            Field.<ImmutableAssessment.Builder>date("assessedOn", true, (b, v) -> b.assessedOn(v))
                    .describe("not after the as-of date, not before birth"),
            Field.<ImmutableAssessment.Builder, DisabilityGrade>scale("grade", false, DisabilityGrade.values(),
                    (b, v) -> b.grade(v)).describe("the grade the assessor recorded"),
            Field.<ImmutableAssessment.Builder, Measurements>object("measurements", MEASUREMENTS,
                    (b, v) -> b.measurements(v)));

    /** A disabled serviceman or police certificate (残疾军人证, 伤残人民警察证). */
    public static final Shape<ImmutableServiceDisability.Builder, ServiceDisability> SERVICE_DISABILITY = Shape.of(
            "ServiceDisability", "A disabled serviceman (残疾军人证) or police (伤残人民警察证) certificate",
            ServiceDisability::builder, ImmutableServiceDisability.Builder::build,
            Field.<ImmutableServiceDisability.Builder, MilitaryDisabilityGrade>scale("grade", true,
                    MilitaryDisabilityGrade.values(), (b, v) -> b.grade(v)).describe("1 most severe"),
            Field.<ImmutableServiceDisability.Builder, DisabilityNature>code("nature", true, DisabilityNature.values(),
                    (b, v) -> b.nature(v)).describe("ILLNESS only with grades 1-6; police: COMBAT or DUTY only"),
            Field.<ImmutableServiceDisability.Builder>text("certificateNumber", false, MAX_SERVICE_CERTIFICATE_LENGTH,
                    (b, v) -> b.certificateNumber(v)),
            Field.<ImmutableServiceDisability.Builder>date("issuedOn", false, (b, v) -> b.issuedOn(v)),
            Field.<ImmutableServiceDisability.Builder, DisabilityCategory>code("impairedCategory", false,
                    DisabilityCategory.values(), (b, v) -> b.impairedCategory(v)));

    /** A work-injury assessment (GB/T 16180-2014). */
    public static final Shape<ImmutableWorkInjury.Builder, WorkInjury> WORK_INJURY = Shape.of("WorkInjury",
            "A work-injury grade (GB/T 16180-2014)", WorkInjury::builder, ImmutableWorkInjury.Builder::build,
            Field.<ImmutableWorkInjury.Builder, WorkInjuryGrade>scale("grade", true, WorkInjuryGrade.values(),
                    (b, v) -> b.grade(v)).describe("1 most severe"),
            Field.<ImmutableWorkInjury.Builder>date("assessedOn", false, (b, v) -> b.assessedOn(v)));

    /** A long-term-care dependency level. */
    public static final Shape<ImmutableCareAssessment.Builder, CareAssessment> CARE_LEVEL = Shape.of("CareLevel",
            "A long-term-care dependency level", CareAssessment::builder, ImmutableCareAssessment.Builder::build,
            Field.<ImmutableCareAssessment.Builder, CareDependencyLevel>scale("level", true,
                    CareDependencyLevel.values(), (b, v) -> b.level(v)),
            Field.<ImmutableCareAssessment.Builder>date("assessedOn", false, (b, v) -> b.assessedOn(v)));

    /** The household's means-test status. */
    public static final Shape<ImmutableHousehold.Builder, Household> HOUSEHOLD = Shape.of("Household",
            "Means-test status of the household", Household::builder, ImmutableHousehold.Builder::build,
            Field.<ImmutableHousehold.Builder>flag("minimumLivingGuarantee", (b, v) -> b.minimumLivingGuarantee(v))
                    .describe("低保"),
            Field.<ImmutableHousehold.Builder>flag("nearPoverty", (b, v) -> b.nearPoverty(v)).describe("低保边缘"),
            Field.<ImmutableHousehold.Builder>flag("extremePoverty", (b, v) -> b.extremePoverty(v)).describe("特困"));

    /** A benefit received. */
    public static final Shape<ImmutableBenefit.Builder, Benefit> BENEFIT = Shape.of("Benefit", "An allowance received",
            Benefit::builder, ImmutableBenefit.Builder::build,
            Field.<ImmutableBenefit.Builder, BenefitType>code("type", true, BenefitType.values(), (b, v) -> b.type(v)),
            Field.<ImmutableBenefit.Builder>month("from", true, (b, v) -> b.from(v)),
            Field.<ImmutableBenefit.Builder>month("to", false, (b, v) -> b.to(v)),
            Field.<ImmutableBenefit.Builder>amount("amountFen", null, (b, v) -> b.amountFen(v)));

    /** Basic pension and medical insurance enrolment. */
    public static final Shape<ImmutableInsurance.Builder, Insurance> INSURANCE = Shape.of("Insurance",
            "Basic pension and medical insurance enrolment", Insurance::builder, ImmutableInsurance.Builder::build,
            Field.<ImmutableInsurance.Builder>flag("pension", (b, v) -> b.pension(v)),
            Field.<ImmutableInsurance.Builder>flag("medical", (b, v) -> b.medical(v)));

    /** The codes of assistive-product catalogues, whose items need an edition. */
    private static final List<ItemCodeSystem> ASSISTIVE_SYSTEMS = Arrays.stream(ItemCodeSystem.values())
            .filter(system -> system.kind() == ItemKind.ASSISTIVE_PRODUCT).collect(Collectors.toUnmodifiableList());

    /** A coded service item (1.1). */
    public static final Shape<ImmutableServiceItem.Builder, ServiceItem> SERVICE_ITEM = Shape.<ImmutableServiceItem.Builder, ServiceItem>of(
            "ServiceItem",
            "A coded service item (1.1): a code always travels with its code system and edition; the SDK never "
                    + "translates between systems. The edition is required for assistive products ("
                    + ASSISTIVE_SYSTEMS.stream().map(Enum::name).collect(Collectors.joining(", ")) + "). Code syntax "
                    + "per system is checked by the validator (ITEM.CODE_SYNTAX).",
            ServiceItem::builder, ImmutableServiceItem.Builder::build,
            Field.<ImmutableServiceItem.Builder>text("code", true, MAX_ITEM_CODE_LENGTH, (b, v) -> b.code(v)),
            Field.<ImmutableServiceItem.Builder, ItemCodeSystem>code("system", true, ItemCodeSystem.values(),
                    (b, v) -> b.system(v)),
            Field.<ImmutableServiceItem.Builder>text("edition", false, MAX_ITEM_CODE_LENGTH, (b, v) -> b.edition(v)))
            .requiring("edition", "system", ASSISTIVE_SYSTEMS, ServiceItem::system, item -> item.edition().isPresent());

    /** The months a service covers (1.1). */
    public static final Shape<ImmutableServicePeriod.Builder, ServicePeriod> SERVICE_PERIOD = Shape.<ImmutableServicePeriod.Builder, ServicePeriod>of(
            "ServicePeriod",
            "The months a service covers, both included (1.1); to is not before from.",
            ServicePeriod::builder, ImmutableServicePeriod.Builder::build,
            Field.<ImmutableServicePeriod.Builder>month("from", true, (b, v) -> b.from(v)),
            Field.<ImmutableServicePeriod.Builder>month("to", true, (b, v) -> b.to(v)))
            .rejecting("to", ReadProblem.Kind.WRONG_TYPE, FormatReason.PERIOD_REVERSED,
                    period -> period.to().isBefore(period.from()));

    /** The application behind a children's rehabilitation aid service (1.1). */
    public static final Shape<ImmutableChildAid.Builder, ChildAid> CHILD_AID = Shape.of("ChildAid",
            "The application behind a children's rehabilitation aid service (1.1; 国发〔2018〕20号).",
            ChildAid::builder, ImmutableChildAid.Builder::build,
            Field.<ImmutableChildAid.Builder, ChildAidTargetGroup>code("targetGroup", true,
                    ChildAidTargetGroup.values(), (b, v) -> b.targetGroup(v))
                    .describe("AUTISM is no GB/T 26341 category (certified, if at all, as MENTAL)"),
            Field.<ImmutableChildAid.Builder>date("applicationDate", true, (b, v) -> b.applicationDate(v)),
            Field.<ImmutableChildAid.Builder, ChildAidProof>code("proof", false, ChildAidProof.values(),
                    (b, v) -> b.proof(v)),
            Field.<ImmutableChildAid.Builder>text("registrationRegionCode", false, MAX_IDENTIFIER_LENGTH,
                    (b, v) -> b.registrationRegionCode(v))
                    .describe("GB/T 2260 code of the household registration or residence permit"));

    /** A service received. */
    public static final Shape<ImmutableService.Builder, Service> SERVICE = Shape.of("Service",
            "A service received. Fields from item on were added by exchange format 1.1 and are optional: files of "
                    + "format 1.0 stay valid.",
            Service::builder, ImmutableService.Builder::build,
            Field.<ImmutableService.Builder, ServiceType>code("type", true, ServiceType.values(), (b, v) -> b.type(v)),
            Field.<ImmutableService.Builder>date("date", true, (b, v) -> b.date(v)),
            Field.<ImmutableService.Builder>text("providerId", false, MAX_ID_LENGTH, (b, v) -> b.providerId(v)),
            Field.<ImmutableService.Builder, ServiceItem>object("item", SERVICE_ITEM, (b, v) -> b.item(v)).since("1.1"),
            Field.<ImmutableService.Builder, ServiceProgramme>code("programme", false, ServiceProgramme.values(),
                    (b, v) -> b.programme(v)).since("1.1").describe("The programme the service belongs to"),
            Field.<ImmutableService.Builder>amount("amountFen", 0L, (b, v) -> b.amountFen(v)).since("1.1")
                    .describe("Amount paid for the service in fen, 0.01 CNY"),
            Field.<ImmutableService.Builder, ServicePeriod>object("period", SERVICE_PERIOD, (b, v) -> b.period(v))
                    .since("1.1"),
            Field.<ImmutableService.Builder>date("assessedOn", false, (b, v) -> b.assessedOn(v)).since("1.1")
                    .describe("Date of the assessment behind the service, e.g. an assistive-device assessment"),
            Field.<ImmutableService.Builder, ChildAid>object("childAid", CHILD_AID, (b, v) -> b.childAid(v))
                    .since("1.1"));

    /** Education. */
    public static final Shape<ImmutableEducation.Builder, Education> EDUCATION = Shape.of("Education",
            "Education", Education::builder, ImmutableEducation.Builder::build,
            Field.<ImmutableEducation.Builder>flag("enrolled", (b, v) -> b.enrolled(v)),
            Field.<ImmutableEducation.Builder, EducationStage>code("stage", false, EducationStage.values(),
                    (b, v) -> b.stage(v)));

    /** Employment. */
    public static final Shape<ImmutableEmployment.Builder, Employment> EMPLOYMENT = Shape.of("Employment",
            "Employment", Employment::builder, ImmutableEmployment.Builder::build,
            Field.<ImmutableEmployment.Builder, EmploymentStatus>code("status", true, EmploymentStatus.values(),
                    (b, v) -> b.status(v)));

    /** {@code recordId}: the row the readers keep even when the record cannot be built. */
    public static final Field<ImmutablePersonRecord.Builder> RECORD_ID = Field
            .<ImmutablePersonRecord.Builder>recordId("recordId", MAX_ID_LENGTH, (b, v) -> b.recordId(v))
            .csv("recordId", "记录编号", "记录号").describe("unique within one file");
    /** {@code idNumber}: the row the readers keep even when the record cannot be built. */
    public static final Field<ImmutablePersonRecord.Builder> ID_NUMBER = Field
            .<ImmutablePersonRecord.Builder>text("idNumber", true, MAX_IDENTIFIER_LENGTH, (b, v) -> b.idNumber(v))
            .identifier().csv("idNumber", "公民身份号码", "身份证号", "身份证号码", "身份证件号码")
            .describe("GB 11643-1999 resident ID number as exchanged (18 characters when valid; the validator "
                    + "checks it)");

    /** The person record: one line of a JSON Lines exchange file. */
    public static final Shape<ImmutablePersonRecord.Builder, PersonRecord> PERSON = Shape.of("PersonRecord",
            "One person record: one line of a JSON Lines exchange file",
            PersonRecord::builder, ImmutablePersonRecord.Builder::build,
            RECORD_ID,
            ID_NUMBER,
            Field.<ImmutablePersonRecord.Builder>text("name", true, MAX_ID_LENGTH, (b, v) -> b.name(v))
                    .csv("name", "姓名").describe("personal data: never echoed in issues or reports"),
            Field.<ImmutablePersonRecord.Builder, Sex>code("sex", false, Sex.values(), (b, v) -> b.sex(v))
                    .csv("sex", "性别").describe("must agree with the ID number's sequence digit"),
            Field.<ImmutablePersonRecord.Builder>date("birthDate", false, (b, v) -> b.birthDate(v))
                    .csv("birthDate", "出生日期").describe("must agree with the ID number"),
            Field.<ImmutablePersonRecord.Builder>text("regionCode", true, MAX_IDENTIFIER_LENGTH,
                    (b, v) -> b.regionCode(v)).csv("regionCode", "行政区划代码", "行政区划", "区划代码", "地区代码")
                    .describe("GB/T 2260 county code, 6 digits when valid (REGION.UNKNOWN otherwise)"),
            Field.<ImmutablePersonRecord.Builder, Residence>code("residence", false, Residence.values(),
                    (b, v) -> b.residence(v)).csv("residence", "户口性质", "户籍性质", "城乡类别"),
            Field.<ImmutablePersonRecord.Builder>text("householdId", false, MAX_ID_LENGTH, (b, v) -> b.householdId(v))
                    .describe("groups the people of one household"),
            Field.<ImmutablePersonRecord.Builder, Certificate>object("certificate", CERTIFICATE,
                    (b, v) -> b.certificate(v)),
            Field.<ImmutablePersonRecord.Builder, Assessment>objectList("assessments", ASSESSMENT,
                    (b, v) -> b.addAssessment(v)),
            Field.<ImmutablePersonRecord.Builder, ServiceDisability>object("military", SERVICE_DISABILITY,
                    (b, v) -> b.military(v)).describe("disabled serviceman certificate (残疾军人证)"),
            Field.<ImmutablePersonRecord.Builder, ServiceDisability>object("police", SERVICE_DISABILITY,
                    (b, v) -> b.police(v)).describe("disabled police certificate (伤残人民警察证)"),
            Field.<ImmutablePersonRecord.Builder, WorkInjury>object("workInjury", WORK_INJURY,
                    (b, v) -> b.workInjury(v)),
            Field.<ImmutablePersonRecord.Builder, CareAssessment>object("careLevel", CARE_LEVEL,
                    (b, v) -> b.careLevel(v)),
            Field.<ImmutablePersonRecord.Builder, Household>object("household", HOUSEHOLD, (b, v) -> b.household(v)),
            Field.<ImmutablePersonRecord.Builder, Benefit>objectList("benefits", BENEFIT, (b, v) -> b.addBenefit(v)),
            Field.<ImmutablePersonRecord.Builder, Insurance>object("insurance", INSURANCE, (b, v) -> b.insurance(v)),
            Field.<ImmutablePersonRecord.Builder, ServiceType>codeList("needs", ServiceType.values(),
                    (b, v) -> b.addNeed(v)).describe("services the person needs (from the needs survey)"),
            Field.<ImmutablePersonRecord.Builder, Service>objectList("services", SERVICE, (b, v) -> b.addService(v)),
            Field.<ImmutablePersonRecord.Builder, Education>object("education", EDUCATION, (b, v) -> b.education(v)),
            Field.<ImmutablePersonRecord.Builder, Employment>object("employment", EMPLOYMENT,
                    (b, v) -> b.employment(v)));

    private FormatV1() {
    }
}
