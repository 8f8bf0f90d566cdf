package org.disabilitystandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.validation.rule.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example of the developer guide and checks what it prints. */
class GuideExamplesTest {

    @Test
    void syntheticIdNumbersHaveCorrectCheckCharacters() {
        String id = SyntheticPeople.idNumber("63010219900307001");
        assertThat(id).isEqualTo("63010219900307001X");
        assertThat(ResidentIdNumber.isValid(id, LocalDate.of(2025, 1, 1))).isTrue();
    }

    @Test
    void parseIdentifiers() {
        assertThat(ParseIdentifiersExample.run()).isEqualTo("""
                masked: 630102********001X
                address code: 630102
                birth date: 1990-03-07
                sex: MALE
                age on 2025-06-30: 35
                certificate: 630102********001X22 category HEARING grade 2
                reissued: 630102********001X22B1 reissue 1
                15 digits: 630102********001X [TRIMMED, CONVERTED_FROM_15_DIGITS]
                check: CHECKSUM
                rejected: CHECKSUM / Invalid resident ID number: CHECKSUM
                masking any text: 630102********0010
                """);
    }

    @Test
    void validateRecordReportsIssuesInBothLanguagesWithoutPersonalData() {
        String output = ValidateRecordExample.run();
        assertThat(output).startsWith("errors 2, warnings 1, hasErrors true\n")
                .contains("WARNING CERT.EXPIRED at certificate.validUntil\n",
                        "  zh-CN: 残疾人证已于 2024-02-29 过期（基准日期 2025-06-30）\n",
                        "  en:    The certificate expired on 2024-02-29 (as of 2025-06-30)\n",
                        "ERROR ASSESS.GRADE_MISMATCH at assessments[0].grade\n",
                        "  zh-CN: 记录的等级 二级 与测量值得出的 三级 不符（GB/T 26341-2010 5.3）\n",
                        "ERROR ASSESS.CERTIFICATE_DISAGREES at certificate.grade\n",
                        "INFO ELIGIBLE.CARE_ALLOWANCE at benefits\n");
        String id = ValidateRecordExample.record().idNumber();
        assertThat(output).doesNotContain(id, id.substring(6, 14), ValidateRecordExample.record().name());
    }

    @Test
    void validateFileStreamsIssuesInFileOrder(@TempDir Path directory) throws IOException {
        assertThat(ValidateFileExample.run(directory.resolve("exchange.jsonl"))).isEqualTo("""
                line 3 F-1 ERROR FORMAT.DUPLICATE_RECORD_ID at recordId
                line 4 F-4 ERROR FORMAT.MALFORMED_JSON
                records 4, valid 2, invalid 2, errors 2
                  FORMAT.DUPLICATE_RECORD_ID x1
                  FORMAT.MALFORMED_JSON x1
                """);
    }

    @Test
    void gradeAssessments() {
        assertThat(GradeAssessmentExample.run()).isEqualTo("""
                table gbt26341-2010-thresholds version 1
                HEARING GRADED grade 2 (GB/T 26341-2010 5.3: better-ear average hearing loss, unaided > 80 and <= 90 dB HL)
                HEARING GRADED grade 1 (GB/T 26341-2010 5.3: better-ear average hearing loss, unaided > 90 dB HL)
                HEARING NOT_GRADABLE_AT_AGE (GB/T 26341-2010 5.3: at this age only hearing grades 1-3 are graded)
                  finding ASSESS.AGE_NOT_GRADABLE at measurements.averageLossDbHl
                INTELLECTUAL GRADED grade 4 (GB/T 26341-2010 5.6: adaptive behaviour: mild impairment)
                """);
    }

    @Test
    void convertMilitaryGrade() {
        assertThat(ConvertMilitaryGradeExample.run()).isEqualTo("""
                normative false, table military-gbt26341-reference v1
                  candidate UNKNOWN grade 2 RELATED
                  candidate UNKNOWN grade 3 RELATED
                  benefit EMPLOYMENT_QUOTA_COUNTS applies
                  benefit EMPLOYMENT_QUOTA_DOUBLE does not apply
                  benefit EMPLOYER_VAT_RELIEF applies
                  benefit RAIL_RESERVED_SEAT applies
                  benefit RAIL_HALF_FARE applies
                  note Reference crosswalk for triage and pre-filling only; it is not an official mapping.
                  note FIRE_RESCUE (国家综合性消防救援队伍残疾人员证, since 2023): the certificate uses the same 1-10 scale as the military and police certificates; the rows are applied unchanged, with no source of their own (confidence as for military and police, RELATED only).
                  note A disability certificate requires a GB/T 26341 assessment.
                regraded: normative true, HEARING grade 3 EQUIVALENT (GB/T 26341-2010 5.3)
                rail seat, military grade 7: false
                rail seat, civil hearing grade 1: false
                rejected: MILITARY.ILLNESS_GRADE: nature ILLNESS allows grades 1-6 only, not 8
                """);
    }

    @Test
    void customProfileChangesSeverityRuleAndParameter() {
        assertThat(CustomProfileExample.run()).isEqualTo("""
                qinghai:
                  WARNING REGION.RETIRED
                  WARNING CERT.EXPIRED
                  ERROR BENEFIT.CARE_ALLOWANCE_INELIGIBLE
                xining:
                  ERROR CERT.EXPIRED
                """);
        Profile xining = CustomProfileExample.xining();
        assertThat(xining.name()).isEqualTo("xining");
        assertThat(xining.isEnabled("REGION.RETIRED")).isFalse();
        assertThat(xining.parameters().careAllowanceGrade3IntellectualMental()).isTrue();
        assertThat(Profile.qinghai().parameters().careAllowanceGrade3IntellectualMental()).isFalse();
    }

    @Test
    void customCrosswalkIsUsedAndBrokenTableNamesTheRow(@TempDir Path directory) throws IOException {
        assertThat(CustomCrosswalkExample.run(directory)).isEqualTo("""
                table example-military v2, normative false
                  candidate grade 1 RELATED
                  candidate grade 2 RELATED
                work injury still uses work-injury-gbt26341-reference
                rejected (/rows/1/grades/0): table broken.json (edition 2) at /rows/1/grades/0: DUPLICATE_KEY, source grade 3 is already covered by /rows/0
                """);
    }

    @Test
    void indicators() {
        assertThat(IndicatorsExample.run()).isEqualTo("""
                records 4, holders 4
                CARE_ALLOWANCE_COVERAGE: 2/3 = 0.667, target met false
                  prefecture 6301: 2/3
                MEDICAL_INSURANCE: 3/4 = 0.750, target met false
                  prefecture 6301: 3/4
                """);
    }

    @Test
    void embeddingServiceAndBeanValidation() {
        assertThat(EmbeddingExample.run()).isEqualTo("""
                WARNING FORMAT.UNKNOWN_FIELD at colour: A field the exchange format does not define (ignored): \
                field not defined by exchange format 1; ignored
                ERROR ID.SEX_MISMATCH at sex: The recorded sex Male disagrees with the ID number, which encodes Female
                good request: 0 violations
                bad request: certificateNumber digit 20 of the certificate number must equal the grade
                """);
    }

    @Test
    void intakeServiceRendersChinese() {
        EmbeddingExample.IntakeService service = new EmbeddingExample.IntakeService(Profile.national());
        String json = "{\"recordId\":\"E-2\",\"idNumber\":\"" + SyntheticPeople.idNumber("63010219880808001")
                + "\",\"name\":\"测试丙\",\"regionCode\":\"630102\"}";
        assertThat(service.check(json, LocalDate.of(2025, 6, 30), Locale.SIMPLIFIED_CHINESE)).isEmpty();
        assertThat(service.check("{\"recordId\":\"E-3\"", LocalDate.of(2025, 6, 30), Locale.SIMPLIFIED_CHINESE))
                .singleElement().asString().startsWith("ERROR FORMAT.MALFORMED_JSON at : 该行不是 JSON 对象");
    }
}
