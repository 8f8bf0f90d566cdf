package org.disabilitystandards.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.disabilitystandards.core.code.AdaptiveBehavior;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.CareDependencyLevel;
import org.disabilitystandards.core.code.CodedConcept;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.DisabilityNature;
import org.disabilitystandards.core.code.EducationStage;
import org.disabilitystandards.core.code.EmploymentStatus;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.code.PhysicalFinding;
import org.disabilitystandards.core.code.Residence;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.code.ServiceProgramme;
import org.disabilitystandards.core.code.ItemCodeSystem;
import org.disabilitystandards.core.code.ItemKind;
import org.disabilitystandards.core.code.ChildAidTargetGroup;
import org.disabilitystandards.core.code.ChildAidProof;
import org.disabilitystandards.core.model.ChildAid;
import org.disabilitystandards.core.model.ImmutableChildAid;
import org.disabilitystandards.core.model.ImmutableServiceItem;
import org.disabilitystandards.core.model.ServiceItem;
import org.disabilitystandards.core.model.ServicePeriod;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.code.WorkInjuryGrade;
import org.disabilitystandards.core.json.ReadProblem.Kind;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.CareAssessment;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.Education;
import org.disabilitystandards.core.model.Employment;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.ImmutableAssessment;
import org.disabilitystandards.core.model.ImmutableBenefit;
import org.disabilitystandards.core.model.ImmutableCertificate;
import org.disabilitystandards.core.model.ImmutableEducation;
import org.disabilitystandards.core.model.ImmutableHousehold;
import org.disabilitystandards.core.model.ImmutableInsurance;
import org.disabilitystandards.core.model.ImmutableMeasurements;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.ImmutableService;
import org.disabilitystandards.core.model.ImmutableServiceDisability;
import org.disabilitystandards.core.model.Insurance;
import org.disabilitystandards.core.model.Measurements;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.core.model.Service;
import org.disabilitystandards.core.model.ServiceDisability;
import org.disabilitystandards.core.model.WorkInjury;

/**
 * Reads one record of the exchange format, version 1 (one line of a JSON Lines file), with a hand-written
 * pass over Jackson's streaming {@link JsonParser}, and reports every problem by field path (rules
 * {@code FORMAT.*} of the rule catalogue). Immutable and thread-safe; create one per {@link ReadLimits} and
 * share it.
 *
 * <p>How problems are handled:
 * <ul>
 *   <li>unknown field: {@link Kind#UNKNOWN_FIELD}; its value is skipped and the record still builds;</li>
 *   <li>wrong JSON type, unparsable date ({@code yyyy-MM-dd}) or month ({@code yyyy-MM}), a string that
 *       breaks its field's pattern (e.g. {@code recordId}), a null array element:
 *       {@link Kind#WRONG_TYPE}; the field is dropped;</li>
 *   <li>a code the code system does not define (category {@code DEAF}, grade 5, military grade 11, care
 *       level 6, {@code MULTIPLE} as an assessed category): {@link Kind#UNKNOWN_CODE}; the field is
 *       dropped;</li>
 *   <li>a required field absent, null or an empty string: {@link Kind#MISSING_FIELD};</li>
 *   <li>a line longer than {@link ReadLimits#maxLineBytes()}, a string longer than its limit, an array
 *       longer than {@link ReadLimits#maxArrayLength()}, nesting deeper than
 *       {@link ReadLimits#maxNestingDepth()} or a number literal of more than 100 characters:
 *       {@link Kind#TOO_LONG};</li>
 *   <li>garbage, truncation, invalid UTF-8, control characters, a top-level value other than an object,
 *       content after the object: {@link Kind#MALFORMED_JSON}; the problems found before the error are
 *       kept.</li>
 *   <li>a duplicated key: {@link Kind#WRONG_TYPE} with detail {@code duplicate key}; the first occurrence
 *       is kept so that the rest of the record can still be checked.</li>
 * </ul>
 * A field dropped inside a nested object drops only that object when the field is required there (a
 * certificate without a valid grade is dropped, the record is kept); a required field of the record
 * itself ({@code recordId}, {@code idNumber}, {@code name}, {@code regionCode}) leaves no record. Problem
 * details never contain a value from the line.
 */
public final class PersonRecordReader {

    private static final PersonRecordReader STANDARD = new PersonRecordReader(ReadLimits.defaults());

    /** Longest {@code recordId}, {@code name}, {@code householdId}, {@code providerId} (exchange format v1). */
    static final int MAX_ID_LENGTH = RecordIdFormat.MAX_LENGTH;
    /** Longest identifier text ({@code idNumber}, {@code regionCode}, certificate numbers) kept for checking. */
    static final int MAX_IDENTIFIER_LENGTH = 64;
    /** Longest {@code ServiceDisability.certificateNumber} (exchange format v1). */
    static final int MAX_SERVICE_CERTIFICATE_LENGTH = 32;

    private static final CodeTable<Sex> SEX = new CodeTable<>(Sex.values());
    private static final CodeTable<Residence> RESIDENCE = new CodeTable<>(Residence.values());
    private static final CodeTable<DisabilityCategory> CATEGORY = new CodeTable<>(DisabilityCategory.values());
    private static final CodeTable<DisabilityNature> NATURE = new CodeTable<>(DisabilityNature.values());
    private static final CodeTable<BenefitType> BENEFIT = new CodeTable<>(BenefitType.values());
    private static final CodeTable<ServiceType> SERVICE = new CodeTable<>(ServiceType.values());
    private static final CodeTable<ServiceProgramme> PROGRAMME = new CodeTable<>(ServiceProgramme.values());
    private static final CodeTable<ItemCodeSystem> ITEM_SYSTEM = new CodeTable<>(ItemCodeSystem.values());
    private static final CodeTable<ChildAidTargetGroup> TARGET_GROUP = new CodeTable<>(ChildAidTargetGroup.values());
    private static final CodeTable<ChildAidProof> PROOF = new CodeTable<>(ChildAidProof.values());
    private static final CodeTable<EducationStage> STAGE = new CodeTable<>(EducationStage.values());
    private static final CodeTable<EmploymentStatus> EMPLOYMENT = new CodeTable<>(EmploymentStatus.values());
    private static final CodeTable<AdaptiveBehavior> ADAPTIVE = new CodeTable<>(AdaptiveBehavior.values());
    private static final CodeTable<PhysicalFinding> FINDING = new CodeTable<>(PhysicalFinding.values());
    private static final DisabilityGrade[] GRADES = DisabilityGrade.values();
    private static final MilitaryDisabilityGrade[] SERVICE_GRADES = MilitaryDisabilityGrade.values();
    private static final WorkInjuryGrade[] WORK_GRADES = WorkInjuryGrade.values();
    private static final CareDependencyLevel[] CARE_LEVELS = CareDependencyLevel.values();

    /** The fields of each object of exchange format 1; a field's index is its bit in the "seen" masks. */
    private static final String[] PERSON_FIELDS = {
        "recordId", "idNumber", "name", "sex", "birthDate", "regionCode", "residence", "householdId",
        "certificate", "assessments", "military", "police", "workInjury", "careLevel", "household",
        "benefits", "insurance", "needs", "services", "education", "employment"};
    private static final String[] CERTIFICATE_FIELDS = {"number", "category", "grade", "issuedOn", "validUntil"};
    private static final String[] ASSESSMENT_FIELDS = {"category", "assessedOn", "grade", "measurements"};
    private static final String[] MEASUREMENT_FIELDS = {
        "bestCorrectedAcuity", "visualFieldRadiusDegrees", "averageLossDbHl", "intelligibilityPercent",
        "developmentalQuotient", "iq", "adaptiveBehavior", "whodasScore", "findings"};
    private static final String[] SERVICE_DISABILITY_FIELDS = {
        "grade", "nature", "certificateNumber", "issuedOn", "impairedCategory"};
    private static final String[] WORK_INJURY_FIELDS = {"grade", "assessedOn"};
    private static final String[] CARE_LEVEL_FIELDS = {"level", "assessedOn"};
    private static final String[] HOUSEHOLD_FIELDS = {"minimumLivingGuarantee", "nearPoverty", "extremePoverty"};
    private static final String[] INSURANCE_FIELDS = {"pension", "medical"};
    private static final String[] BENEFIT_FIELDS = {"type", "from", "to", "amountFen"};
    /** Fields of a service; those from index {@link #FIRST_CODED_SERVICE_FIELD} on are exchange format 1.1. */
    private static final String[] SERVICE_FIELDS = {"type", "date", "providerId", "item", "programme", "amountFen",
        "period", "assessedOn", "childAid"};
    private static final int FIRST_CODED_SERVICE_FIELD = 3;
    private static final String[] ITEM_FIELDS = {"code", "system", "edition"};
    private static final String[] PERIOD_FIELDS = {"from", "to"};
    private static final String[] CHILD_AID_FIELDS = {"targetGroup", "applicationDate", "proof",
        "registrationRegionCode"};
    /** Longest service item code and edition (exchange format 1.1). */
    static final int MAX_ITEM_CODE_LENGTH = 32;
    private static final String[] EDUCATION_FIELDS = {"enrolled", "stage"};
    private static final String[] EMPLOYMENT_FIELDS = {"status"};
    /** Returned by {@code nextField} at the end of an object. */
    private static final int END = -1;
    private static final int NONE = Integer.MIN_VALUE;
    private static final int UNKNOWN = -1;
    private static final String ROOT = "";
    private static final String DUPLICATE = "duplicate key";

    private final ReadLimits limits;
    private final JsonFactory factory;

    private PersonRecordReader(ReadLimits limits) {
        this.limits = limits;
        this.factory = ExchangeJson.newJsonFactory(limits);
    }

    /**
     * Returns the shared reader with {@link ReadLimits#defaults()}.
     *
     * @return the standard reader
     */
    public static PersonRecordReader standard() {
        return STANDARD;
    }

    /**
     * Returns a reader that enforces other limits.
     *
     * @param limits the limits
     * @return a new reader
     */
    public static PersonRecordReader withLimits(ReadLimits limits) {
        return new PersonRecordReader(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Returns the limits this reader enforces.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads one line given as text.
     *
     * @param json the line, without its terminator
     * @return the result, never null
     */
    public RecordReadResult read(String json) {
        if (json.length() > limits.maxLineBytes()) {
            return lineTooLong();
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return read(bytes, 0, bytes.length);
    }

    /**
     * Reads one line produced by a {@link LineSplitter}; a line the splitter marked too long gives a
     * {@link Kind#TOO_LONG} problem.
     *
     * @param line the line
     * @return the result, never null
     */
    public RecordReadResult read(LineSplitter.Line line) {
        return line.tooLong() ? lineTooLong() : read(line.bytes(), 0, line.length());
    }

    /**
     * Reads one line of UTF-8 bytes, without its terminator. The bytes are not kept.
     *
     * @param utf8   the buffer
     * @param offset where the line starts
     * @param length the line's length in bytes
     * @return the result, never null
     */
    public RecordReadResult read(byte[] utf8, int offset, int length) {
        if (length > limits.maxLineBytes()) {
            return lineTooLong();
        }
        Pass pass = new Pass();
        try (JsonParser parser = factory.createParser(utf8, offset, length)) {
            pass.parser = parser;
            return pass.readLine();
        } catch (StreamConstraintsException e) {
            pass.problem(Kind.TOO_LONG, ROOT, "nesting, string or number beyond its limit at byte "
                    + (e.getLocation() == null ? "?" : Long.toString(e.getLocation().getByteOffset())));
        } catch (JsonProcessingException e) {
            pass.problem(Kind.MALFORMED_JSON, ROOT, "not well-formed JSON (error at byte "
                    + (e.getLocation() == null ? "?" : Long.toString(e.getLocation().getByteOffset())) + ")");
        } catch (IOException e) {
            pass.problem(Kind.MALFORMED_JSON, ROOT, "unreadable line");
        }
        return pass.result(null);
    }

    private RecordReadResult lineTooLong() {
        return new RecordReadResult(null,
                List.of(new ReadProblem(Kind.TOO_LONG, ROOT, "line longer than " + limits.maxLineBytes() + " bytes")),
                null, null);
    }

    /** Builds a field path such as {@code assessments[1].measurements.iq} (only when a problem is found). */
    static String path(String parent, int index, String field) {
        StringBuilder path = new StringBuilder(parent.length() + field.length() + 8).append(parent);
        if (index >= 0) {
            path.append('[').append(index).append(']');
        }
        if (!field.isEmpty()) {
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(field);
        }
        return path.toString();
    }

    /** Reads one element of an array into its target; the readers are stateless constants. */
    @FunctionalInterface
    private interface ElementReader<B> {
        void read(Pass pass, JsonToken element, String arrayPath, int index, B target) throws IOException;
    }

    private static final ElementReader<ImmutablePersonRecord.Builder> ASSESSMENT_ELEMENT =
        (pass, element, path, index, record) -> {
            Assessment assessment = pass.assessment(element, path, index);
            if (assessment != null) {
                record.addAssessment(assessment);
            }
        };
    private static final ElementReader<ImmutablePersonRecord.Builder> BENEFIT_ELEMENT =
        (pass, element, path, index, record) -> {
            Benefit benefit = pass.benefit(element, path, index);
            if (benefit != null) {
                record.addBenefit(benefit);
            }
        };
    private static final ElementReader<ImmutablePersonRecord.Builder> SERVICE_ELEMENT =
        (pass, element, path, index, record) -> {
            Service service = pass.service(element, path, index);
            if (service != null) {
                record.addService(service);
            }
        };
    private static final ElementReader<ImmutablePersonRecord.Builder> NEED_ELEMENT =
        (pass, element, path, index, record) -> {
            ServiceType need = pass.code(element, path, index, "", SERVICE);
            if (need != null) {
                record.addNeed(need);
            }
        };
    private static final ElementReader<ImmutableMeasurements.Builder> FINDING_ELEMENT =
        (pass, element, path, index, measurements) -> {
            PhysicalFinding finding = pass.code(element, path, index, "", FINDING);
            if (finding != null) {
                measurements.addFinding(finding);
            }
        };

    /** The state of reading one line; used by one thread, once. */
    private final class Pass {

        private JsonParser parser;
        private List<ReadProblem> problems;
        private String recordId;
        private String idNumber;
        /** The fields seen so far in the object being read: bit i for field i of its name table. */
        private long seen;
        /** The value token of the field {@link #nextField} returned. */
        private JsonToken fieldToken;
        /** The name of the field {@link #nextField} returned. */
        private String fieldName;

        void problem(Kind kind, String path, String detail) {
            if (problems == null) {
                problems = new ArrayList<>(4);
            }
            problems.add(new ReadProblem(kind, path, detail));
        }

        void problem(Kind kind, String parent, int index, String field, String detail) {
            problem(kind, path(parent, index, field), detail);
        }

        RecordReadResult result(PersonRecord record) {
            return new RecordReadResult(record, problems == null ? List.of() : problems, recordId, idNumber);
        }

        RecordReadResult readLine() throws IOException {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                problem(Kind.MALFORMED_JSON, ROOT, token == null ? "empty line" : "the line is not a JSON object");
                return result(null);
            }
            PersonRecord record = readPerson();
            if (parser.nextToken() != null) {
                problem(Kind.MALFORMED_JSON, ROOT, "content after the JSON object");
                return result(null);
            }
            return result(record);
        }

        // ---------------------------------------------------------------- record

        private PersonRecord readPerson() throws IOException {
            ImmutablePersonRecord.Builder builder = PersonRecord.builder();
            long outer = enterObject();
            boolean valid = true;
            String name = null;
            String region = null;
            for (int index = nextField(PERSON_FIELDS, ROOT, -1, ""); index != END;
                    index = nextField(PERSON_FIELDS, ROOT, -1, "")) {
                JsonToken token = fieldToken;
                String field = fieldName;
                switch (index) {
                    case 0: {
                        String text = string(token, ROOT, -1, field, MAX_ID_LENGTH);
                        if (text != null) {
                            recordId = text;
                            if (!RecordIdFormat.hasOnlyAllowedCharacters(text)) {
                                problem(Kind.WRONG_TYPE, field, "not 1-64 characters of A-Z a-z 0-9 . _ -");
                                valid = false;
                            }
                        } else {
                            valid = false;
                        }
                        break;
                    }
                    case 1:
                        idNumber = string(token, ROOT, -1, field, MAX_IDENTIFIER_LENGTH);
                        valid &= idNumber != null;
                        break;
                    case 2:
                        name = string(token, ROOT, -1, field, MAX_ID_LENGTH);
                        valid &= name != null;
                        break;
                    case 3: {
                        Sex sex = code(token, ROOT, -1, field, SEX);
                        if (sex != null) {
                            builder.sex(sex);
                        }
                        break;
                    }
                    case 4: {
                        LocalDate date = date(token, ROOT, -1, field);
                        if (date != null) {
                            builder.birthDate(date);
                        }
                        break;
                    }
                    case 5:
                        region = string(token, ROOT, -1, field, MAX_IDENTIFIER_LENGTH);
                        valid &= region != null;
                        break;
                    case 6: {
                        Residence residence = code(token, ROOT, -1, field, RESIDENCE);
                        if (residence != null) {
                            builder.residence(residence);
                        }
                        break;
                    }
                    case 7: {
                        String household = string(token, ROOT, -1, field, MAX_ID_LENGTH);
                        if (household != null) {
                            builder.householdId(household);
                        }
                        break;
                    }
                    case 8: {
                        Certificate certificate = certificate(token);
                        if (certificate != null) {
                            builder.certificate(certificate);
                        }
                        break;
                    }
                    case 9:
                        array(token, "assessments", ASSESSMENT_ELEMENT, builder);
                        break;
                    case 10: {
                        ServiceDisability military = serviceDisability(token, field);
                        if (military != null) {
                            builder.military(military);
                        }
                        break;
                    }
                    case 11: {
                        ServiceDisability police = serviceDisability(token, field);
                        if (police != null) {
                            builder.police(police);
                        }
                        break;
                    }
                    case 12: {
                        WorkInjury workInjury = workInjury(token);
                        if (workInjury != null) {
                            builder.workInjury(workInjury);
                        }
                        break;
                    }
                    case 13: {
                        CareAssessment care = careLevel(token);
                        if (care != null) {
                            builder.careLevel(care);
                        }
                        break;
                    }
                    case 14: {
                        Household household = household(token);
                        if (household != null) {
                            builder.household(household);
                        }
                        break;
                    }
                    case 15:
                        array(token, "benefits", BENEFIT_ELEMENT, builder);
                        break;
                    case 16: {
                        Insurance insurance = insurance(token);
                        if (insurance != null) {
                            builder.insurance(insurance);
                        }
                        break;
                    }
                    case 17:
                        array(token, "needs", NEED_ELEMENT, builder);
                        break;
                    case 18:
                        array(token, "services", SERVICE_ELEMENT, builder);
                        break;
                    case 19: {
                        Education education = education(token);
                        if (education != null) {
                            builder.education(education);
                        }
                        break;
                    }
                    default: {
                        Employment employment = employment(token);
                        if (employment != null) {
                            builder.employment(employment);
                        }
                        break;
                    }
                }
            }
            long seen = leaveObject(outer);
            valid &= requiredFlag(seen, recordId != null ? 1L << 0 : 0, 0, ROOT, -1, "recordId");
            valid &= requiredFlag(seen, idNumber != null ? 1L << 1 : 0, 1, ROOT, -1, "idNumber");
            valid &= requiredFlag(seen, name != null ? 1L << 2 : 0, 2, ROOT, -1, "name");
            valid &= requiredFlag(seen, region != null ? 1L << 5 : 0, 5, ROOT, -1, "regionCode");
            if (!valid) {
                return null;
            }
            return builder.recordId(recordId).idNumber(idNumber).name(name).regionCode(region).build();
        }

        // ---------------------------------------------------------------- nested objects

        private Certificate certificate(JsonToken token) throws IOException {
            final String parent = "certificate";
            if (!startObject(token, ROOT, -1, parent)) {
                return null;
            }
            ImmutableCertificate.Builder builder = Certificate.builder();
            long outer = enterObject();
            long set = 0;
            for (int index = nextField(CERTIFICATE_FIELDS, parent, -1, ""); index != END;
                    index = nextField(CERTIFICATE_FIELDS, parent, -1, "")) {
                JsonToken value = fieldToken;
                String field = fieldName;
                switch (index) {
                    case 0: {
                        String number = string(value, parent, -1, field, MAX_IDENTIFIER_LENGTH);
                        if (number != null) {
                            builder.number(number);
                            set |= 1;
                        }
                        break;
                    }
                    case 1: {
                        DisabilityCategory category = code(value, parent, -1, field, CATEGORY);
                        if (category != null) {
                            builder.category(category);
                            set |= 2;
                        }
                        break;
                    }
                    case 2: {
                        int grade = scale(value, parent, -1, field, 1, 4);
                        if (grade >= 0) {
                            builder.grade(GRADES[grade - 1]);
                            set |= 4;
                        }
                        break;
                    }
                    case 3: {
                        LocalDate date = date(value, parent, -1, field);
                        if (date != null) {
                            builder.issuedOn(date);
                            set |= 8;
                        }
                        break;
                    }
                    default: {
                        LocalDate date = date(value, parent, -1, field);
                        if (date != null) {
                            builder.validUntil(date);
                        }
                        break;
                    }
                }
            }
            long seen = leaveObject(outer);
            boolean complete = requiredFlag(seen, set, 0, parent, -1, "number")
                    & requiredFlag(seen, set, 1, parent, -1, "category")
                    & requiredFlag(seen, set, 2, parent, -1, "grade")
                    & requiredFlag(seen, set, 3, parent, -1, "issuedOn");
            return complete ? builder.build() : null;
        }

        private Assessment assessment(JsonToken token, String parent, int position) throws IOException {
            if (!startObject(token, parent, position, "")) {
                return null;
            }
            ImmutableAssessment.Builder builder = Assessment.builder();
            long outer = enterObject();
            long set = 0;
            for (int index = nextField(ASSESSMENT_FIELDS, parent, position, ""); index != END;
                    index = nextField(ASSESSMENT_FIELDS, parent, position, "")) {
                JsonToken value = fieldToken;
                String field = fieldName;
                switch (index) {
                    case 0: {
                        DisabilityCategory category = code(value, parent, position, field, CATEGORY);
                        if (category == DisabilityCategory.MULTIPLE) {
                            problem(Kind.UNKNOWN_CODE, parent, position, field,
                                    "MULTIPLE is not an assessed category (assess each component)");
                        } else if (category != null) {
                            builder.category(category);
                            set |= 1;
                        }
                        break;
                    }
                    case 1: {
                        LocalDate date = date(value, parent, position, field);
                        if (date != null) {
                            builder.assessedOn(date);
                            set |= 2;
                        }
                        break;
                    }
                    case 2: {
                        int grade = scale(value, parent, position, field, 1, 4);
                        if (grade >= 0) {
                            builder.grade(GRADES[grade - 1]);
                        }
                        break;
                    }
                    default: {
                        Measurements measurements = measurements(value, parent, position);
                        if (measurements != null) {
                            builder.measurements(measurements);
                        }
                        break;
                    }
                }
            }
            long seen = leaveObject(outer);
            boolean complete = requiredFlag(seen, set, 0, parent, position, "category")
                    & requiredFlag(seen, set, 1, parent, position, "assessedOn");
            return complete ? builder.build() : null;
        }

        private Measurements measurements(JsonToken token, String parent, int position) throws IOException {
            if (!startObject(token, parent, position, "measurements")) {
                return null;
            }
            ImmutableMeasurements.Builder builder = Measurements.builder();
            long outer = enterObject();
            for (int index = nextField(MEASUREMENT_FIELDS, parent, position, "measurements."); index != END;
                    index = nextField(MEASUREMENT_FIELDS, parent, position, "measurements.")) {
                JsonToken value = fieldToken;
                String field = fieldName;
                switch (index) {
                    case 0: case 1: case 2: case 3: {
                        double number = decimal(value, parent, position, field);
                        if (!Double.isNaN(number)) {
                            if (index == 0) {
                                builder.bestCorrectedAcuity(number);
                            } else if (index == 1) {
                                builder.visualFieldRadiusDegrees(number);
                            } else if (index == 2) {
                                builder.averageLossDbHl(number);
                            } else {
                                builder.intelligibilityPercent(number);
                            }
                        }
                        break;
                    }
                    case 4: case 5: case 7: {
                        int number = integer(value, parent, position, field);
                        if (number != NONE) {
                            if (index == 4) {
                                builder.developmentalQuotient(number);
                            } else if (index == 5) {
                                builder.iq(number);
                            } else {
                                builder.whodasScore(number);
                            }
                        }
                        break;
                    }
                    case 6: {
                        AdaptiveBehavior behavior = code(value, parent, position, "measurements." + field, ADAPTIVE);
                        if (behavior != null) {
                            builder.adaptiveBehavior(behavior);
                        }
                        break;
                    }
                    default:
                        array(value, path(parent, position, "measurements.findings"), FINDING_ELEMENT, builder);
                        break;
                }
            }
            long seen = leaveObject(outer);
            return builder.build();
        }

        private ServiceDisability serviceDisability(JsonToken token, String parent) throws IOException {
            if (!startObject(token, ROOT, -1, parent)) {
                return null;
            }
            ImmutableServiceDisability.Builder builder = ServiceDisability.builder();
            long outer = enterObject();
            long set = 0;
            for (int index = nextField(SERVICE_DISABILITY_FIELDS, parent, -1, ""); index != END;
                    index = nextField(SERVICE_DISABILITY_FIELDS, parent, -1, "")) {
                JsonToken value = fieldToken;
                String field = fieldName;
                switch (index) {
                    case 0: {
                        int grade = scale(value, parent, -1, field, 1, 10);
                        if (grade >= 0) {
                            builder.grade(SERVICE_GRADES[grade - 1]);
                            set |= 1;
                        }
                        break;
                    }
                    case 1: {
                        DisabilityNature nature = code(value, parent, -1, field, NATURE);
                        if (nature != null) {
                            builder.nature(nature);
                            set |= 2;
                        }
                        break;
                    }
                    case 2: {
                        String number = string(value, parent, -1, field, MAX_SERVICE_CERTIFICATE_LENGTH);
                        if (number != null) {
                            builder.certificateNumber(number);
                        }
                        break;
                    }
                    case 3: {
                        LocalDate date = date(value, parent, -1, field);
                        if (date != null) {
                            builder.issuedOn(date);
                        }
                        break;
                    }
                    default: {
                        DisabilityCategory category = code(value, parent, -1, field, CATEGORY);
                        if (category != null) {
                            builder.impairedCategory(category);
                        }
                        break;
                    }
                }
            }
            long seen = leaveObject(outer);
            boolean complete = requiredFlag(seen, set, 0, parent, -1, "grade")
                    & requiredFlag(seen, set, 1, parent, -1, "nature");
            return complete ? builder.build() : null;
        }

        private WorkInjury workInjury(JsonToken token) throws IOException {
            final String parent = "workInjury";
            if (!startObject(token, ROOT, -1, parent)) {
                return null;
            }
            int grade = NONE;
            LocalDate assessedOn = null;
            long outer = enterObject();
            for (int index = nextField(WORK_INJURY_FIELDS, parent, -1, ""); index != END;
                    index = nextField(WORK_INJURY_FIELDS, parent, -1, "")) {
                JsonToken value = fieldToken;
                String field = fieldName;
                if (index == 0) {
                    grade = scale(value, parent, -1, field, 1, 10);
                } else {
                    assessedOn = date(value, parent, -1, field);
                }
            }
            long seen = leaveObject(outer);
            if (!requiredFlag(seen, grade >= 0 ? 1 : 0, 0, parent, -1, "grade")) {
                return null;
            }
            return WorkInjury.builder().grade(WORK_GRADES[grade - 1]).assessedOn(Optional.ofNullable(assessedOn))
                    .build();
        }

        private CareAssessment careLevel(JsonToken token) throws IOException {
            final String parent = "careLevel";
            if (!startObject(token, ROOT, -1, parent)) {
                return null;
            }
            int level = NONE;
            LocalDate assessedOn = null;
            long outer = enterObject();
            for (int index = nextField(CARE_LEVEL_FIELDS, parent, -1, ""); index != END;
                    index = nextField(CARE_LEVEL_FIELDS, parent, -1, "")) {
                JsonToken value = fieldToken;
                String field = fieldName;
                if (index == 0) {
                    level = scale(value, parent, -1, field, 0, 5);
                } else {
                    assessedOn = date(value, parent, -1, field);
                }
            }
            long seen = leaveObject(outer);
            if (!requiredFlag(seen, level >= 0 ? 1 : 0, 0, parent, -1, "level")) {
                return null;
            }
            return CareAssessment.builder().level(CARE_LEVELS[level]).assessedOn(Optional.ofNullable(assessedOn))
                    .build();
        }

        private Household household(JsonToken token) throws IOException {
            final String parent = "household";
            if (!startObject(token, ROOT, -1, parent)) {
                return null;
            }
            ImmutableHousehold.Builder builder = Household.builder();
            long outer = enterObject();
            for (int index = nextField(HOUSEHOLD_FIELDS, parent, -1, ""); index != END;
                    index = nextField(HOUSEHOLD_FIELDS, parent, -1, "")) {
                JsonToken value = fieldToken;
                String field = fieldName;
                int flag = bool(value, parent, -1, field);
                if (flag >= 0) {
                    if (index == 0) {
                        builder.minimumLivingGuarantee(flag == 1);
                    } else if (index == 1) {
                        builder.nearPoverty(flag == 1);
                    } else {
                        builder.extremePoverty(flag == 1);
                    }
                }
            }
            long seen = leaveObject(outer);
            return builder.build();
        }

        private Insurance insurance(JsonToken token) throws IOException {
            final String parent = "insurance";
            if (!startObject(token, ROOT, -1, parent)) {
                return null;
            }
            ImmutableInsurance.Builder builder = Insurance.builder();
            long outer = enterObject();
            for (int index = nextField(INSURANCE_FIELDS, parent, -1, ""); index != END;
                    index = nextField(INSURANCE_FIELDS, parent, -1, "")) {
                JsonToken value = fieldToken;
                String field = fieldName;
                int flag = bool(value, parent, -1, field);
                if (flag >= 0) {
                    if (index == 0) {
                        builder.pension(flag == 1);
                    } else {
                        builder.medical(flag == 1);
                    }
                }
            }
            long seen = leaveObject(outer);
            return builder.build();
        }

        private Benefit benefit(JsonToken token, String parent, int position) throws IOException {
            if (!startObject(token, parent, position, "")) {
                return null;
            }
            ImmutableBenefit.Builder builder = Benefit.builder();
            long outer = enterObject();
            long set = 0;
            for (int index = nextField(BENEFIT_FIELDS, parent, position, ""); index != END;
                    index = nextField(BENEFIT_FIELDS, parent, position, "")) {
                JsonToken value = fieldToken;
                String field = fieldName;
                switch (index) {
                    case 0: {
                        BenefitType type = code(value, parent, position, field, BENEFIT);
                        if (type != null) {
                            builder.type(type);
                            set |= 1;
                        }
                        break;
                    }
                    case 1: {
                        YearMonth month = month(value, parent, position, field);
                        if (month != null) {
                            builder.from(month);
                            set |= 2;
                        }
                        break;
                    }
                    case 2: {
                        YearMonth month = month(value, parent, position, field);
                        if (month != null) {
                            builder.to(month);
                        }
                        break;
                    }
                    default: {
                        if (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                            builder.amountFen(parser.getLongValue());
                        } else {
                            problem(Kind.WRONG_TYPE, parent, position, field, "expected an integer amount in fen");
                            parser.skipChildren();
                        }
                        break;
                    }
                }
            }
            long seen = leaveObject(outer);
            boolean complete = requiredFlag(seen, set, 0, parent, position, "type")
                    & requiredFlag(seen, set, 1, parent, position, "from");
            return complete ? builder.build() : null;
        }

        private Service service(JsonToken token, String parent, int position) throws IOException {
            if (!startObject(token, parent, position, "")) {
                return null;
            }
            ImmutableService.Builder builder = Service.builder();
            long outer = enterObject();
            long set = 0;
            for (int index = nextField(SERVICE_FIELDS, parent, position, ""); index != END;
                    index = nextField(SERVICE_FIELDS, parent, position, "")) {
                JsonToken value = fieldToken;
                String field = fieldName;
                if (index == 0) {
                    ServiceType type = code(value, parent, position, field, SERVICE);
                    if (type != null) {
                        builder.type(type);
                        set |= 1;
                    }
                } else if (index == 1) {
                    LocalDate date = date(value, parent, position, field);
                    if (date != null) {
                        builder.date(date);
                        set |= 2;
                    }
                } else if (index == 2) {
                    String provider = string(value, parent, position, field, MAX_ID_LENGTH);
                    if (provider != null) {
                        builder.providerId(provider);
                    }
                } else {
                    codedServiceField(index, value, parent, position, builder);
                }
            }
            long seen = leaveObject(outer);
            boolean complete = requiredFlag(seen, set, 0, parent, position, "type")
                    & requiredFlag(seen, set, 1, parent, position, "date");
            return complete ? builder.build() : null;
        }

        // ---------------------------------------------------------------- exchange format 1.1: coded services

        /** Reads one field of a service added by exchange format 1.1 (index into {@code SERVICE_FIELDS}). */
        private void codedServiceField(int index, JsonToken value, String parent, int position,
                ImmutableService.Builder builder) throws IOException {
            String field = fieldName;
            switch (index - FIRST_CODED_SERVICE_FIELD) {
                case 0: {
                    ServiceItem item = serviceItem(value, parent, position);
                    if (item != null) {
                        builder.item(item);
                    }
                    break;
                }
                case 1: {
                    ServiceProgramme programme = code(value, parent, position, field, PROGRAMME);
                    if (programme != null) {
                        builder.programme(programme);
                    }
                    break;
                }
                case 2: {
                    if (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                            && parser.getLongValue() >= 0) {
                        builder.amountFen(parser.getLongValue());
                    } else {
                        problem(Kind.WRONG_TYPE, parent, position, field, "expected a non-negative integer amount in fen");
                        parser.skipChildren();
                    }
                    break;
                }
                case 3: {
                    ServicePeriod period = servicePeriod(value, parent, position);
                    if (period != null) {
                        builder.period(period);
                    }
                    break;
                }
                case 4: {
                    LocalDate date = date(value, parent, position, field);
                    if (date != null) {
                        builder.assessedOn(date);
                    }
                    break;
                }
                default: {
                    ChildAid aid = childAid(value, parent, position);
                    if (aid != null) {
                        builder.childAid(aid);
                    }
                    break;
                }
            }
        }

        /** Reads {@code item}: code and system required; the edition required for assistive products. */
        private ServiceItem serviceItem(JsonToken token, String parent, int position) throws IOException {
            final String object = "item";
            if (!startObject(token, parent, position, object)) {
                return null;
            }
            String code = null;
            ItemCodeSystem system = null;
            String edition = null;
            long outer = enterObject();
            for (int index = nextField(ITEM_FIELDS, parent, position, "item."); index != END;
                    index = nextField(ITEM_FIELDS, parent, position, "item.")) {
                String field = object + '.' + fieldName;
                if (index == 0) {
                    code = string(fieldToken, parent, position, field, MAX_ITEM_CODE_LENGTH);
                } else if (index == 1) {
                    system = code(fieldToken, parent, position, field, ITEM_SYSTEM);
                } else {
                    edition = string(fieldToken, parent, position, field, MAX_ITEM_CODE_LENGTH);
                }
            }
            long seen = leaveObject(outer);
            boolean complete = requiredFlag(seen, code != null ? 1 : 0, 0, parent, position, "item.code")
                    & requiredFlag(seen, system != null ? 2 : 0, 1, parent, position, "item.system");
            if (complete && system.kind() == ItemKind.ASSISTIVE_PRODUCT) {
                complete = requiredFlag(seen, edition != null ? 4 : 0, 2, parent, position, "item.edition");
            }
            if (!complete) {
                return null;
            }
            ImmutableServiceItem.Builder builder = ServiceItem.builder().code(code).system(system);
            if (edition != null) {
                builder.edition(edition);
            }
            return builder.build();
        }

        /** Reads {@code period}: both months required, {@code to} not before {@code from}. */
        private ServicePeriod servicePeriod(JsonToken token, String parent, int position) throws IOException {
            final String object = "period";
            if (!startObject(token, parent, position, object)) {
                return null;
            }
            YearMonth from = null;
            YearMonth to = null;
            long outer = enterObject();
            for (int index = nextField(PERIOD_FIELDS, parent, position, "period."); index != END;
                    index = nextField(PERIOD_FIELDS, parent, position, "period.")) {
                YearMonth month = month(fieldToken, parent, position, object + '.' + fieldName);
                if (index == 0) {
                    from = month;
                } else {
                    to = month;
                }
            }
            long seen = leaveObject(outer);
            boolean complete = requiredFlag(seen, from != null ? 1 : 0, 0, parent, position, "period.from")
                    & requiredFlag(seen, to != null ? 2 : 0, 1, parent, position, "period.to");
            if (!complete) {
                return null;
            }
            if (to.isBefore(from)) {
                problem(Kind.WRONG_TYPE, parent, position, "period.to", "the period ends before it starts");
                return null;
            }
            return ServicePeriod.builder().from(from).to(to).build();
        }

        /** Reads {@code childAid}: target group and application date required. */
        private ChildAid childAid(JsonToken token, String parent, int position) throws IOException {
            final String object = "childAid";
            if (!startObject(token, parent, position, object)) {
                return null;
            }
            ImmutableChildAid.Builder builder = ChildAid.builder();
            long set = 0;
            long outer = enterObject();
            for (int index = nextField(CHILD_AID_FIELDS, parent, position, "childAid."); index != END;
                    index = nextField(CHILD_AID_FIELDS, parent, position, "childAid.")) {
                String field = object + '.' + fieldName;
                if (index == 0) {
                    ChildAidTargetGroup group = code(fieldToken, parent, position, field, TARGET_GROUP);
                    if (group != null) {
                        builder.targetGroup(group);
                        set |= 1;
                    }
                } else if (index == 1) {
                    LocalDate date = date(fieldToken, parent, position, field);
                    if (date != null) {
                        builder.applicationDate(date);
                        set |= 2;
                    }
                } else if (index == 2) {
                    ChildAidProof proof = code(fieldToken, parent, position, field, PROOF);
                    if (proof != null) {
                        builder.proof(proof);
                    }
                } else {
                    String region = string(fieldToken, parent, position, field, MAX_IDENTIFIER_LENGTH);
                    if (region != null) {
                        builder.registrationRegionCode(region);
                    }
                }
            }
            long seen = leaveObject(outer);
            boolean complete = requiredFlag(seen, set, 0, parent, position, "childAid.targetGroup")
                    & requiredFlag(seen, set, 1, parent, position, "childAid.applicationDate");
            return complete ? builder.build() : null;
        }

        private Education education(JsonToken token) throws IOException {
            final String parent = "education";
            if (!startObject(token, ROOT, -1, parent)) {
                return null;
            }
            ImmutableEducation.Builder builder = Education.builder();
            long outer = enterObject();
            for (int index = nextField(EDUCATION_FIELDS, parent, -1, ""); index != END;
                    index = nextField(EDUCATION_FIELDS, parent, -1, "")) {
                JsonToken value = fieldToken;
                String field = fieldName;
                if (index == 0) {
                    int flag = bool(value, parent, -1, field);
                    if (flag >= 0) {
                        builder.enrolled(flag == 1);
                    }
                } else {
                    EducationStage stage = code(value, parent, -1, field, STAGE);
                    if (stage != null) {
                        builder.stage(stage);
                    }
                }
            }
            long seen = leaveObject(outer);
            return builder.build();
        }

        private Employment employment(JsonToken token) throws IOException {
            final String parent = "employment";
            if (!startObject(token, ROOT, -1, parent)) {
                return null;
            }
            EmploymentStatus status = null;
            long outer = enterObject();
            for (int index = nextField(EMPLOYMENT_FIELDS, parent, -1, ""); index != END;
                    index = nextField(EMPLOYMENT_FIELDS, parent, -1, "")) {
                status = code(fieldToken, parent, -1, fieldName, EMPLOYMENT);
            }
            long seen = leaveObject(outer);
            if (!requiredFlag(seen, status != null ? 1 : 0, 0, parent, -1, "status")) {
                return null;
            }
            return Employment.builder().status(status).build();
        }

        // ---------------------------------------------------------------- structure helpers

        /**
         * The loop over every array of the format: checks the array type, the length limit and null elements,
         * and hands each element to {@code element} with its index and path.
         */
        private <B> void array(JsonToken token, String arrayPath, ElementReader<B> element, B target)
                throws IOException {
            if (!startArray(token, arrayPath, -1, "")) {
                return;
            }
            int index = 0;
            for (JsonToken value = parser.nextToken(); value != JsonToken.END_ARRAY; value = parser.nextToken()) {
                if (withinArrayLimit(index, arrayPath) && elementPresent(value, arrayPath, index)) {
                    element.read(this, value, arrayPath, index, target);
                }
                index++;
            }
        }

        private void unknownField(String parent, int index, String field) throws IOException {
            problem(Kind.UNKNOWN_FIELD, parent, index, shownFieldName(field),
                    "field not defined by exchange format 1; ignored");
            parser.skipChildren();
        }

        private void duplicate(String parent, int index, String field) throws IOException {
            problem(Kind.WRONG_TYPE, parent, index, field, DUPLICATE);
            parser.skipChildren();
        }

        /**
         * The head of every object's field loop: reads up to the next field whose value is to be read and
         * returns its index in {@code names}, its value token in {@link #fieldToken} and its name in
         * {@link #fieldName}; returns {@link #END} at the end of the object. On the way it reports unknown
         * and repeated fields (skipping their values) and marks every known field, null ones included, in
         * {@link #seen}. {@code prefix} goes before a field in a problem's path ({@code measurements.}). Writers
         * usually keep the order of the format, so the field after the last one seen is tried first.
         */
        private int nextField(String[] names, String parent, int position, String prefix) throws IOException {
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                JsonToken token = parser.nextToken();
                int expected = Long.SIZE - Long.numberOfLeadingZeros(seen);
                int index = expected < names.length && names[expected] == field ? expected : indexOf(names, field);
                if (index < 0) {
                    unknownField(parent, position, prefix.isEmpty() ? field : prefix + field);
                } else if ((seen & (1L << index)) != 0) {
                    duplicate(parent, position, prefix.isEmpty() ? field : prefix + field);
                } else {
                    seen |= 1L << index;
                    if (token != JsonToken.VALUE_NULL) {
                        fieldToken = token;
                        fieldName = field;
                        return index;
                    }
                }
            }
            return END;
        }

        /** Starts reading the fields of an object; returns the enclosing object's mask for {@link #leaveObject}. */
        private long enterObject() {
            long outer = seen;
            seen = 0;
            return outer;
        }

        /** Ends reading the fields of an object; returns its mask of fields seen and restores the enclosing one. */
        private long leaveObject(long outer) {
            long fields = seen;
            seen = outer;
            return fields;
        }

        /**
         * Checks a required field of a nested object: {@code set} has bit {@code index} when a valid value
         * was stored; absent or null gives MISSING_FIELD (an invalid value was already reported).
         */
        private boolean requiredFlag(long seen, long set, int index, String parent, int position, String field) {
            if ((set & (1L << index)) != 0) {
                return true;
            }
            if ((seen & (1L << index)) == 0) {
                problem(Kind.MISSING_FIELD, parent, position, field, "required field absent");
            } else if (!reported(parent, position, field)) {
                problem(Kind.MISSING_FIELD, parent, position, field, "required field null");
            }
            return false;
        }

        /** Whether a problem was already recorded for the path (only called on the error path). */
        private boolean reported(String parent, int position, String field) {
            if (problems == null) {
                return false;
            }
            String path = path(parent, position, field);
            for (ReadProblem problem : problems) {
                if (problem.path().equals(path)) {
                    return true;
                }
            }
            return false;
        }

        private boolean startObject(JsonToken token, String parent, int index, String field) throws IOException {
            if (token == JsonToken.START_OBJECT) {
                return true;
            }
            problem(Kind.WRONG_TYPE, parent, index, field, "expected an object");
            parser.skipChildren();
            return false;
        }

        private boolean startArray(JsonToken token, String parent, int index, String field) throws IOException {
            if (token == JsonToken.START_ARRAY) {
                return true;
            }
            problem(Kind.WRONG_TYPE, parent, index, field, "expected an array");
            parser.skipChildren();
            return false;
        }

        private boolean withinArrayLimit(int index, String arrayPath) throws IOException {
            if (index < limits.maxArrayLength()) {
                return true;
            }
            if (index == limits.maxArrayLength()) {
                problem(Kind.TOO_LONG, arrayPath, "array longer than " + limits.maxArrayLength() + " elements");
            }
            parser.skipChildren();
            return false;
        }

        private boolean elementPresent(JsonToken element, String parent, int index) {
            if (element != JsonToken.VALUE_NULL) {
                return true;
            }
            problem(Kind.WRONG_TYPE, parent, index, "", "null element");
            return false;
        }

        // ---------------------------------------------------------------- values

        private String string(JsonToken token, String parent, int index, String field, int maxLength)
                throws IOException {
            if (token != JsonToken.VALUE_STRING) {
                problem(Kind.WRONG_TYPE, parent, index, field, "expected a string");
                parser.skipChildren();
                return null;
            }
            int length = parser.getTextLength();
            int limit = Math.min(maxLength, limits.maxStringLength());
            if (length > limit) {
                problem(Kind.TOO_LONG, parent, index, field, "string longer than " + limit + " characters");
                return null;
            }
            if (length == 0) {
                problem(Kind.MISSING_FIELD, parent, index, field, "empty string");
                return null;
            }
            return parser.getText();
        }

        private <E extends Enum<E> & CodedConcept> E code(JsonToken token,
                String parent, int index, String field, CodeTable<E> table) throws IOException {
            if (token != JsonToken.VALUE_STRING) {
                problem(Kind.WRONG_TYPE, parent, index, field, "expected a code string");
                parser.skipChildren();
                return null;
            }
            E value = table.find(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
            if (value == null) {
                problem(Kind.UNKNOWN_CODE, parent, index, field, table.unknownDetail());
            }
            return value;
        }

        /** Reads an integer of a numbered scale [min, max]; returns it, or UNKNOWN after a problem. */
        private int scale(JsonToken token, String parent, int index, String field, int min, int max)
                throws IOException {
            if (token != JsonToken.VALUE_NUMBER_INT) {
                problem(Kind.WRONG_TYPE, parent, index, field, "expected an integer");
                parser.skipChildren();
                return UNKNOWN;
            }
            if (parser.getNumberType() == JsonParser.NumberType.INT) {
                int value = parser.getIntValue();
                if (value >= min && value <= max) {
                    return value;
                }
            }
            problem(Kind.UNKNOWN_CODE, parent, index, field, "not on the scale " + min + "-" + max);
            return UNKNOWN;
        }

        private int integer(JsonToken token, String parent, int index, String field) throws IOException {
            if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                return parser.getIntValue();
            }
            problem(Kind.WRONG_TYPE, parent, index, "measurements." + field, "expected an integer");
            parser.skipChildren();
            return NONE;
        }

        private double decimal(JsonToken token, String parent, int index, String field) throws IOException {
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                double value = parser.getDoubleValue();
                if (Double.isFinite(value)) {
                    return value;
                }
            }
            problem(Kind.WRONG_TYPE, parent, index, "measurements." + field, "expected a finite number");
            parser.skipChildren();
            return Double.NaN;
        }

        /** Reads a boolean: 1 true, 0 false, -1 after a problem. */
        private int bool(JsonToken token, String parent, int index, String field) throws IOException {
            if (token == JsonToken.VALUE_TRUE) {
                return 1;
            }
            if (token == JsonToken.VALUE_FALSE) {
                return 0;
            }
            problem(Kind.WRONG_TYPE, parent, index, field, "expected true or false");
            parser.skipChildren();
            return -1;
        }

        private LocalDate date(JsonToken token, String parent, int index, String field) throws IOException {
            if (token == JsonToken.VALUE_STRING && parser.getTextLength() == 10) {
                char[] chars = parser.getTextCharacters();
                int offset = parser.getTextOffset();
                if (chars[offset + 4] == '-' && chars[offset + 7] == '-') {
                    int year = digits(chars, offset, 4);
                    int month = digits(chars, offset + 5, 2);
                    int day = digits(chars, offset + 8, 2);
                    if (year >= 1 && month >= 1 && month <= 12 && day >= 1
                            && day <= Month.of(month).length(Year.isLeap(year))) {
                        return LocalDate.of(year, month, day);
                    }
                }
            }
            problem(Kind.WRONG_TYPE, parent, index, field, "expected a date yyyy-MM-dd");
            parser.skipChildren();
            return null;
        }

        private YearMonth month(JsonToken token, String parent, int index, String field) throws IOException {
            if (token == JsonToken.VALUE_STRING && parser.getTextLength() == 7) {
                char[] chars = parser.getTextCharacters();
                int offset = parser.getTextOffset();
                if (chars[offset + 4] == '-') {
                    int year = digits(chars, offset, 4);
                    int month = digits(chars, offset + 5, 2);
                    if (year >= 1 && month >= 1 && month <= 12) {
                        return YearMonth.of(year, month);
                    }
                }
            }
            problem(Kind.WRONG_TYPE, parent, index, field, "expected a month yyyy-MM");
            parser.skipChildren();
            return null;
        }
    }

    /**
     * Returns the index of a field name in a table, or -1. Jackson interns field names, so the identity
     * comparison finds them; {@code equals} covers a parser that does not.
     */
    private static int indexOf(String[] names, String field) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == field) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(field)) {
                return i;
            }
        }
        return -1;
    }

    /** Parses {@code count} ASCII digits; -1 if any is not a digit. */
    private static int digits(char[] chars, int offset, int count) {
        int value = 0;
        for (int i = offset; i < offset + count; i++) {
            int digit = chars[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /**
     * The name under which an unknown field appears in a problem's path: a short ASCII identifier
     * ({@code colour}, {@code nickname}: a letter, then at most 31 letters, digits or underscores, with no run of
     * four digits) as it is; any other name (an ID number, a name in Chinese, control characters, a long
     * text) is input that must not be echoed and becomes {@code ?}.
     */
    static String shownFieldName(String field) {
        int dot = field.lastIndexOf('.');
        if (dot >= 0) {
            // a path within a known object (measurements.pitch): only its last name came from the input
            return field.substring(0, dot + 1) + shownFieldName(field.substring(dot + 1));
        }
        if (field.isEmpty() || field.length() > 32 || !isAsciiLetter(field.charAt(0))) {
            return "?";
        }
        int digits = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit && !isAsciiLetter(c) && c != '_') {
                return "?";
            }
            digits = digit ? digits + 1 : 0;
            if (digits >= 4) {
                return "?";
            }
        }
        return field;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

}
