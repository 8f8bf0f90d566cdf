package org.disabilitystandards.core.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.DisabilityNature;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.code.UnknownCodeException;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.Measurements;
import org.disabilitystandards.core.table.TableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConversionTest {

    private static final GradeConverter CONVERTER = GradeConverter.standard();
    private static final BenefitEquivalences BENEFITS = BenefitEquivalences.bundled();

    private static String candidates(GradeConversion conversion) {
        StringBuilder text = new StringBuilder();
        for (NationalCandidate c : conversion.candidates()) {
            text.append(text.length() == 0 ? "" : " ")
                    .append(c.grade().map(g -> Integer.toString(g.number())).orElse("U"));
        }
        return text.toString();
    }

    @ParameterizedTest
    @CsvSource({"MILITARY,1,1 2", "MILITARY,3,1 2", "MILITARY,4,2 3", "MILITARY,6,2 3", "MILITARY,7,3 4",
        "MILITARY,8,3 4", "MILITARY,9,4 U", "MILITARY,10,4 U", "POLICE,2,1 2", "POLICE,5,2 3", "POLICE,8,3 4",
        "POLICE,10,4 U", "FIRE_RESCUE,1,1 2", "FIRE_RESCUE,7,3 4", "FIRE_RESCUE,10,4 U", "WORK_INJURY,1,1 2", "WORK_INJURY,4,1 2", "WORK_INJURY,5,2 3", "WORK_INJURY,6,2 3",
        "WORK_INJURY,7,3 4", "WORK_INJURY,8,3 4", "WORK_INJURY,9,4 U", "WORK_INJURY,10,4 U", "CARE_LEVEL,0,U",
        "CARE_LEVEL,1,4", "CARE_LEVEL,2,3", "CARE_LEVEL,3,2", "CARE_LEVEL,4,1 2", "CARE_LEVEL,5,1"})
    void everyReferenceRow(SourceSystem system, int grade, String expected) {
        GradeConversion conversion = CONVERTER.convert(GradeSource.of(system, grade));
        assertThat(candidates(conversion)).isEqualTo(expected);
        assertThat(conversion.normative()).isFalse();
        assertThat(conversion.provenance().tableId()).isNotBlank();
        assertThat(conversion.provenance().version()).isEqualTo("1");
        assertThat(conversion.provenance().basis()).isNotBlank();
        assertThat(conversion.notes()).contains(GradeConverter.CERTIFICATE_NOTE);
        assertThat(conversion.candidates()).allSatisfy(c -> {
            assertThat(c.categoryCode()).isEqualTo("UNKNOWN");
            assertThat(c.relationship()).isIn(Relationship.RELATED, Relationship.UNMAPPED);
        });
        assertThat(conversion.benefits()).hasSize(system.serviceCertificateKind().isPresent()
                ? EquivalentBenefit.values().length : 0);
    }

    @Test
    void knownCategoryIsCarriedIntoTheCandidates() {
        GradeConversion conversion = CONVERTER.convert(new GradeSource(SourceSystem.MILITARY, 3,
                Optional.of(DisabilityNature.COMBAT), Optional.of(DisabilityCategory.HEARING)));
        assertThat(conversion.candidates()).extracting(NationalCandidate::categoryCode).containsOnly("HEARING");
        assertThat(conversion.provenance().tableId()).isEqualTo("military-gbt26341-reference");
    }

    @Test
    void regradingIsNormative() {
        Assessment hearing = Assessment.builder().category(DisabilityCategory.HEARING)
                .assessedOn(LocalDate.of(2024, 1, 1)).measurements(Measurements.builder().averageLossDbHl(85).build())
                .build();
        GradeConversion conversion = CONVERTER.regrade(GradeSource.of(SourceSystem.MILITARY, 5), hearing, 40);
        assertThat(conversion.normative()).isTrue();
        assertThat(conversion.candidates()).singleElement().satisfies(c -> {
            assertThat(c.relationship()).isEqualTo(Relationship.EQUIVALENT);
            assertThat(c.grade()).contains(DisabilityGrade.GRADE_2);
            assertThat(c.category()).contains(DisabilityCategory.HEARING);
        });
        assertThat(conversion.provenance().tableId()).isEqualTo("gbt26341-2010-thresholds");
        assertThat(conversion.provenance().basis()).isEqualTo("GB/T 26341-2010 5.3");
        Assessment mild = Assessment.builder().from(hearing)
                .measurements(Measurements.builder().averageLossDbHl(30).build()).build();
        GradeConversion below = CONVERTER.regrade(GradeSource.of(SourceSystem.WORK_INJURY, 9), mild, 40);
        assertThat(below.candidates()).singleElement().extracting(NationalCandidate::relationship)
                .isEqualTo(Relationship.UNMAPPED);
        assertThat(below.notes()).anySatisfy(n -> assertThat(n).contains("ASSESS.BELOW_THRESHOLD"));
    }

    @ParameterizedTest
    @CsvSource({"MILITARY,0", "MILITARY,11", "POLICE,11", "WORK_INJURY,0", "WORK_INJURY,11", "CARE_LEVEL,-1",
        "CARE_LEVEL,6"})
    void gradeOutsideTheScaleIsRejected(SourceSystem system, int grade) {
        assertThatThrownBy(() -> GradeSource.of(system, grade)).isInstanceOfSatisfying(ConversionException.class,
                e -> assertThat(e.ruleId()).isEqualTo(ConversionException.SERVICE_GRADE_RANGE))
                .hasMessageStartingWith("SERVICE_GRADE.RANGE");
    }

    @Test
    void illnessRules() {
        assertThat(GradeSource.of(SourceSystem.MILITARY, 6, DisabilityNature.ILLNESS).grade()).isEqualTo(6);
        assertThatThrownBy(() -> GradeSource.of(SourceSystem.MILITARY, 7, DisabilityNature.ILLNESS))
                .isInstanceOfSatisfying(ConversionException.class,
                        e -> assertThat(e.ruleId()).isEqualTo(ConversionException.MILITARY_ILLNESS_GRADE));
        assertThatThrownBy(() -> GradeSource.of(SourceSystem.POLICE, 1, DisabilityNature.ILLNESS))
                .isInstanceOfSatisfying(ConversionException.class,
                        e -> assertThat(e.ruleId()).isEqualTo(ConversionException.POLICE_ILLNESS));
        assertThat(GradeSource.of(SourceSystem.POLICE, 10, DisabilityNature.DUTY).grade()).isEqualTo(10);
        assertThatThrownBy(() -> GradeSource.of(SourceSystem.WORK_INJURY, 3, DisabilityNature.DUTY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "EMPLOYMENT_QUOTA_DOUBLE,MILITARY,3,true", "EMPLOYMENT_QUOTA_DOUBLE,MILITARY,4,false",
        "RAIL_RESERVED_SEAT,MILITARY,6,true", "RAIL_RESERVED_SEAT,MILITARY,7,false",
        "RAIL_RESERVED_SEAT,POLICE,6,true", "RAIL_RESERVED_SEAT,POLICE,7,false",
        "EMPLOYMENT_QUOTA_COUNTS,MILITARY,8,true", "EMPLOYMENT_QUOTA_COUNTS,MILITARY,9,false",
        "EMPLOYER_VAT_RELIEF,MILITARY,8,true", "EMPLOYER_VAT_RELIEF,MILITARY,9,false",
        "EMPLOYMENT_QUOTA_COUNTS,POLICE,1,false", "RAIL_HALF_FARE,MILITARY,10,true", "RAIL_HALF_FARE,POLICE,10,true",
        "RAIL_HALF_FARE,POLICE,1,true"})
    void serviceCertificateEdges(EquivalentBenefit benefit, ServiceCertificateKind kind, int grade, boolean applies) {
        assertThat(BENEFITS.appliesToServiceCertificate(benefit, kind, MilitaryDisabilityGrade.of(grade)))
                .isEqualTo(applies);
        BenefitApplicability answer = BENEFITS.forServiceCertificate(kind, MilitaryDisabilityGrade.of(grade))
                .get(benefit.ordinal());
        assertThat(answer.benefit()).isEqualTo(benefit);
        assertThat(answer.basis()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({
        "EMPLOYER_VAT_RELIEF,MILITARY,8,true,true", "EMPLOYER_VAT_RELIEF,MILITARY,8,false,false",
        "EMPLOYER_VAT_RELIEF,MILITARY,1,false,false", "EMPLOYMENT_QUOTA_COUNTS,MILITARY,8,false,true",
        "RAIL_HALF_FARE,FIRE_RESCUE,1,false,true", "RAIL_HALF_FARE,FIRE_RESCUE,10,true,true",
        "RAIL_RESERVED_SEAT,FIRE_RESCUE,1,true,false", "EMPLOYMENT_QUOTA_COUNTS,FIRE_RESCUE,1,true,false"})
    void serviceCertificatesWithTheWorkingAgeCondition(EquivalentBenefit benefit, ServiceCertificateKind kind, int grade,
            boolean workingAge, boolean applies) {
        assertThat(BENEFITS.appliesToServiceCertificate(benefit, kind, MilitaryDisabilityGrade.of(grade), workingAge))
                .isEqualTo(applies);
        assertThat(BENEFITS.forServiceCertificate(kind, MilitaryDisabilityGrade.of(grade), workingAge)
                .get(benefit.ordinal()).basis()).isNotBlank();
    }

    @Test
    void fireAndRescueIsASourceSystemOfTheConverterWithTheMilitaryProvenance() {
        assertThat(SourceSystem.find("fire-rescue")).contains(SourceSystem.FIRE_RESCUE);
        assertThat(SourceSystem.FIRE_RESCUE.serviceCertificateKind()).contains(ServiceCertificateKind.FIRE_RESCUE);
        assertThat(Crosswalk.bundled(SourceSystem.FIRE_RESCUE)).isSameAs(Crosswalk.bundled(SourceSystem.MILITARY));
        assertThat(Crosswalk.bundled(SourceSystem.FIRE_RESCUE).sourceSystems()).contains(SourceSystem.FIRE_RESCUE);
    }

    @ParameterizedTest
    @CsvSource({
        "EMPLOYMENT_QUOTA_DOUBLE,HEARING,2,true,true", "EMPLOYMENT_QUOTA_DOUBLE,HEARING,3,true,false",
        "RAIL_RESERVED_SEAT,VISUAL,2,false,true", "RAIL_RESERVED_SEAT,VISUAL,3,false,false",
        "RAIL_RESERVED_SEAT,PHYSICAL,1,false,true", "RAIL_RESERVED_SEAT,INTELLECTUAL,2,false,true",
        "RAIL_RESERVED_SEAT,HEARING,1,false,false", "EMPLOYMENT_QUOTA_COUNTS,MENTAL,4,false,true",
        "EMPLOYER_VAT_RELIEF,MENTAL,4,true,true", "EMPLOYER_VAT_RELIEF,MENTAL,4,false,false",
        "RAIL_HALF_FARE,VISUAL,1,true,false"})
    void civilCertificateEdges(EquivalentBenefit benefit, DisabilityCategory category, int grade, boolean workingAge,
            boolean applies) {
        assertThat(BENEFITS.appliesToCivil(benefit, category, DisabilityGrade.of(grade), workingAge))
                .isEqualTo(applies);
        assertThat(BENEFITS.forCivil(category, DisabilityGrade.of(grade), workingAge)).hasSize(5);
    }

    @Test
    void equivalenceTableIsVersionedAndNamed() {
        assertThat(BENEFITS.version()).isEqualTo("1");
        assertThat(BENEFITS.id()).isEqualTo("benefit-equivalences");
        assertThat(EquivalentBenefit.RAIL_HALF_FARE.nameZh()).startsWith("铁路优待票");
        assertThat(EquivalentBenefit.RAIL_HALF_FARE.nameEn()).contains("preferential fare");
        assertThat(EquivalentBenefit.EMPLOYMENT_QUOTA_COUNTS.nameEn()).isNotBlank();
    }

    private static Crosswalk load(String json) {
        return Crosswalk.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String HEAD = "{\"id\":\"t\",\"version\":\"2\",\"sourceSystems\":[\"WORK_INJURY\"],"
            + "\"normative\":false,\"basis\":\"b\",\"rows\":[";

    @Test
    void embedderTableReplacesTheBundledOne() {
        Crosswalk table = load(HEAD + "{\"grades\":[1,2,3,4,5],\"candidates\":[1],\"relationship\":\"BROADER\"},"
                + "{\"grades\":[6,7,8,9,10],\"candidates\":[\"UNMAPPED\"]}]}");
        GradeConverter converter = GradeConverter.builder().crosswalk(table).build();
        GradeConversion conversion = converter.convert(GradeSource.of(SourceSystem.WORK_INJURY, 5));
        assertThat(conversion.provenance()).isEqualTo(new Provenance("t", "2", "b"));
        assertThat(conversion.candidates()).singleElement().extracting(NationalCandidate::relationship)
                .isEqualTo(Relationship.BROADER);
        assertThat(converter.convert(GradeSource.of(SourceSystem.MILITARY, 5)).provenance().tableId())
                .isEqualTo("military-gbt26341-reference");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"grades\":[1,2,3,4,5],\"candidates\":[1]},{\"grades\":[5,6,7,8,9,10],\"candidates\":[2]}]}|/rows/1/grades/0|DUPLICATE_KEY|source grade 5 is already covered by /rows/0",
        "{\"grades\":[1,2,3,4,5],\"candidates\":[1]},{\"grades\":[6,7,8],\"candidates\":[2]}]}|/rows|INVALID_VALUE|source grades 9, 10 are not covered",
        "{\"grades\":[1,2,3,4,5,6,7,8,9,10],\"candidates\":[5]}]}|/rows/0/candidates/0|UNKNOWN_CODE|grade 1-4 or \"UNMAPPED\"",
        "{\"grades\":[1,2,3,4,5,6,7,8,9,11],\"candidates\":[1]}]}|/rows/0/grades/9|INVALID_VALUE|a source grade is outside 1-10",
        "{\"grades\":[1,2,3,4,5,6,7,8,9,10],\"candidates\":[1,1]}]}|/rows/0/candidates/1|DUPLICATE_KEY|candidate 1 is listed twice",
        "{\"grades\":[1,2,3,4,5,6,7,8,9,10]}]}|/rows/0/candidates|MISSING_FIELD|missing field candidates",
        "{\"grades\":[1,2,3,4,5,6,7,8,9,10],\"candidates\":[1],\"relationship\":\"SAME\"}]}|/rows/0/relationship|UNKNOWN_CODE|not a code of Relationship",
        "{\"grades\":[1,2,3,4,5,6,7,8,9,10],\"candidates\":[1],\"relationship\":\"UNMAPPED\"}]}|/rows/0/relationship|UNKNOWN_CODE|EQUIVALENT, BROADER",
        "{\"grades\":[\"1\"],\"candidates\":[1]}]}|/rows/0/grades/0|WRONG_TYPE|expected a whole number",
        "{\"grades\":[1.5],\"candidates\":[1]}]}|/rows/0/grades/0|WRONG_TYPE|expected a whole number",
        "{\"grades\":[1,2,3,4,5,6,7,8,9,10],\"candidates\":[1],\"note\":\"x\"}]}|/rows/0/note|UNKNOWN_FIELD|unknown field note",
        "{\"grades\":[1,2,3,4,5,6,7,8,9,10],\"candidates\":[1],\"grades\":[1]}]}|/rows/0/grades|DUPLICATE_KEY|field grades appears twice",
        "]}|/rows|MISSING_FIELD|rows must be a non-empty list",
        "{\"grades\":[1,2,3,4,5,6,7,8,9,10],\"candidates\":[1]}|/rows/0|MALFORMED|not well-formed JSON"})
    void brokenTablesFailNamingTableEditionAndPointer(String rows, String pointer, TableException.Reason reason,
            String detail) {
        assertThatThrownBy(() -> Crosswalk.load("my-table.json",
                new ByteArrayInputStream((HEAD + rows).getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.table()).isEqualTo("my-table.json");
                    assertThat(e.edition()).hasValue("2");
                    assertThat(e.location()).isEqualTo(pointer);
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.detail()).contains(detail);
                    assertThat(e.getMessage()).contains("my-table.json", "edition 2", detail);
                });
    }

    @Test
    void brokenTableHeaders() {
        assertThatThrownBy(() -> load("{\"id\":\"t\",\"version\":\"1\",\"normative\":false,\"basis\":\"b\","
                + "\"sourceSystems\":[\"NAVY\"],\"rows\":[{\"grades\":[1],\"candidates\":[1]}]}"))
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TableException.Reason.UNKNOWN_CODE);
                    assertThat(e.location()).isEqualTo("/sourceSystems/0");
                });
        assertThatThrownBy(() -> load("{\"id\":\"t\",\"version\":\"1\",\"normative\":false,\"basis\":\"b\","
                + "\"sourceSystems\":[\"MILITARY\",\"CARE_LEVEL\"],\"rows\":[{\"grades\":[1],\"candidates\":[1]}]}"))
                .hasMessageContaining("different grade scales");
        assertThatThrownBy(() -> load("{\"id\":\"t\",\"version\":\"1\",\"normative\":false,"
                + "\"sourceSystems\":[\"MILITARY\"],\"rows\":[]}"))
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TableException.Reason.MISSING_FIELD);
                    assertThat(e.location()).isEqualTo("/basis");
                    assertThat(e.edition()).hasValue("1");
                });
        assertThatThrownBy(() -> load("{\"id\":\"t\",\"version\":\"1\",\"normative\":\"no\",\"basis\":\"b\","
                + "\"sourceSystems\":[\"MILITARY\"],\"rows\":[]}"))
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TableException.Reason.WRONG_TYPE);
                    assertThat(e.location()).isEqualTo("/normative");
                });
        assertThatThrownBy(() -> load("[1]")).isInstanceOfSatisfying(TableException.class, e -> {
            assertThat(e.reason()).isEqualTo(TableException.Reason.WRONG_TYPE);
            assertThat(e.table()).isEqualTo("crosswalk");
            assertThat(e.edition()).isEmpty();
        });
        assertThatThrownBy(() -> load("{\"id\":\"t\",\n\"version\":\"3\",\n}")).isInstanceOfSatisfying(
                TableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TableException.Reason.MALFORMED);
                    assertThat(e.line()).hasValue(3);
                    assertThat(e.edition()).hasValue("3");
                });
    }

    private static final CodeTranslator TRANSLATOR = CodeTranslator.bundled();

    private static String codes(CodeTranslation translation) {
        StringBuilder text = new StringBuilder();
        for (CodeCandidate c : translation.candidates()) {
            text.append(text.length() == 0 ? "" : " ").append(c.code().orElse("-")).append(':')
                    .append(c.relationship());
        }
        return text.toString();
    }

    @ParameterizedTest
    @CsvSource({
        "CERTIFICATE_CATEGORY,1,HEALTH_RECORD,2:EQUIVALENT", "HEALTH_RECORD,2,CERTIFICATE_CATEGORY,1:EQUIVALENT",
        "CERTIFICATE_CATEGORY,4,HEALTH_RECORD,5:EQUIVALENT", "HEALTH_RECORD,7,CERTIFICATE_CATEGORY,6:EQUIVALENT",
        "CERTIFICATE_CATEGORY,6,HEALTH_STATUS,60:BROADER 66:EQUIVALENT", "HEALTH_STATUS,66,CERTIFICATE_CATEGORY,6:EQUIVALENT",
        "HEALTH_STATUS,67,CERTIFICATE_CATEGORY,7:EQUIVALENT", "CERTIFICATE_CATEGORY,7,HEALTH_STATUS,60:BROADER 67:EQUIVALENT",
        "CERTIFICATE_CATEGORY,3,TAX_CERTIFICATE_TYPE,1:BROADER", "TAX_CERTIFICATE_TYPE,2,CERTIFICATE_CATEGORY,-:UNMAPPED",
        "HEALTH_RECORD,1,CERTIFICATE_CATEGORY,-:UNMAPPED", "HEALTH_RECORD,8,HEALTH_STATUS,60:BROADER 69:EQUIVALENT",
        "HEALTH_STATUS,69,HEALTH_RECORD,8:EQUIVALENT", "HEALTH_RECORD,8,CERTIFICATE_CATEGORY,-:UNMAPPED",
        "HEALTH_RECORD,2|5,CERTIFICATE_CATEGORY,7:EQUIVALENT", "CERTIFICATE_CATEGORY,7,HEALTH_RECORD,-:UNMAPPED",
        "TAX_CERTIFICATE_TYPE,1,CERTIFICATE_CATEGORY,1:NARROWER 2:NARROWER 3:NARROWER 4:NARROWER 5:NARROWER 6:NARROWER 7:NARROWER"})
    void translationsBothWays(TranslationSystem from, String code, TranslationSystem to, String expected) {
        CodeTranslation translation = TRANSLATOR.translate(from, code, to);
        assertThat(codes(translation)).isEqualTo(expected);
        assertThat(translation.provenance().tableId()).isEqualTo("disability-code-translation");
        if (expected.contains("UNMAPPED")) {
            assertThat(translation.notes()).isNotEmpty();
        }
    }

    @Test
    void multipleWithKnownComponentsGivesSeveralHealthRecordCodes() {
        CodeTranslation translation = TRANSLATOR.translate(TranslationSystem.CERTIFICATE_CATEGORY, "7",
                TranslationSystem.HEALTH_RECORD, Set.of(DisabilityCategory.PHYSICAL, DisabilityCategory.VISUAL));
        assertThat(codes(translation)).isEqualTo("2|5:EQUIVALENT");
        assertThatThrownBy(() -> TRANSLATOR.translate(TranslationSystem.CERTIFICATE_CATEGORY, "8",
                TranslationSystem.HEALTH_RECORD)).isInstanceOf(UnknownCodeException.class);
        assertThat(TranslationSystem.find("health-record")).contains(TranslationSystem.HEALTH_RECORD);
        assertThat(SourceSystem.find("work-injury")).contains(SourceSystem.WORK_INJURY);
        assertThat(List.of(SourceSystem.values())).allSatisfy(s -> assertThat(Crosswalk.bundled(s).sourceSystems())
                .contains(s));
    }
}
