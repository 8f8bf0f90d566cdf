package org.disabilitystandards.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disabilitystandards.testkit.ValidationAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.disabilitystandards.core.code.AdaptiveBehavior;
import org.disabilitystandards.core.code.AdministrativeDivisions;
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
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.code.WorkCapacityLoss;
import org.disabilitystandards.core.code.WorkInjuryGrade;
import org.disabilitystandards.core.id.DisabilityCertificateNumber;
import org.disabilitystandards.core.id.InvalidIdentifierException.Reason;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.core.json.PersonRecordReader;
import org.disabilitystandards.core.json.RecordReadResult;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

class GeneratorPropertiesTest {

    private static final LocalDate AS_OF = RecordGenerators.DEFAULT_AS_OF;
    private static final RecordValidator QINGHAI = RecordValidator.forProfile(Profile.qinghai());
    private static final RecordValidator NATIONAL = RecordValidator.forProfile(Profile.national());

    @Test
    void everyGeneratedRecordValidatesWithoutErrorUnderQinghai() {
        qt().withExamples(2000).forAll(RecordGenerators.validRecords())
                .checkAssert(record -> assertThat(QINGHAI.validate(record, AS_OF)).hasNoErrors());
    }

    @Test
    void recordsGeneratedForTheNationalProfileOnAnotherDateValidateWithoutError() {
        LocalDate asOf = LocalDate.of(2019, 12, 31);
        qt().withExamples(500).forAll(RecordGenerators.validRecords(Profile.national(), asOf))
                .checkAssert(record -> assertThat(NATIONAL.validate(record, asOf)).hasNoErrors());
    }

    @Test
    void generatedRecordsLiveInQinghaiAndAgreeWithTheirIdNumbers() {
        qt().withExamples(500).forAll(RecordGenerators.validRecords()).checkAssert(record -> {
            ResidentIdNumber id = ResidentIdNumber.parse(record.idNumber(), AS_OF);
            assertThat(record.regionCode()).startsWith("63");
            assertThat(AdministrativeDivisions.bundled().get(record.regionCode()).isRetired()).isFalse();
            assertThat(id.addressCode()).isEqualTo(record.regionCode());
            record.sex().ifPresent(sex -> assertThat(sex).isEqualTo(id.sex()));
            record.birthDate().ifPresent(birth -> assertThat(birth).isEqualTo(id.birthDate()));
            record.certificate().ifPresent(c -> {
                DisabilityCertificateNumber number = DisabilityCertificateNumber.parse(c.number(), AS_OF);
                assertThat(number.residentIdNumber()).isEqualTo(id);
                assertThat(number.category()).isEqualTo(c.category());
                assertThat(number.grade()).isEqualTo(c.grade());
            });
        });
    }

    @Test
    void generatedRecordsRoundTripThroughTheExchangeFormat() {
        PersonRecordReader reader = PersonRecordReader.standard();
        com.fasterxml.jackson.databind.ObjectMapper mapper =
                org.disabilitystandards.core.json.ExchangeJson.newObjectMapper();
        qt().withExamples(300).forAll(RecordGenerators.validRecords()).checkAssert(record -> {
            RecordReadResult read = reader.read(write(mapper, record));
            assertThat(read.problems()).isEmpty();
            assertThat(read.record()).contains(record);
        });
    }

    @Test
    void theGeneratorCoversCertificatesBenefitsAndEveryAssessedCategory() {
        Gen<PersonRecord> records = RecordGenerators.validRecords();
        List<PersonRecord> sample = new java.util.ArrayList<>();
        qt().withExamples(1000).forAll(records).checkAssert(sample::add);
        assertThat(sample).anyMatch(r -> r.certificate().isPresent()).anyMatch(r -> r.certificate().isEmpty());
        for (DisabilityCategory category : DisabilityCategory.values()) {
            if (category.isSingle()) {
                assertThat(sample).as(category.name()).anyMatch(r -> r.certificate()
                        .map(c -> c.category() == category).orElse(false));
            }
        }
        for (BenefitType type : List.of(BenefitType.LIVING_ALLOWANCE, BenefitType.CARE_ALLOWANCE,
                BenefitType.CHILD_REHABILITATION_AID)) {
            assertThat(sample).as(type.name()).anyMatch(r -> r.benefits().stream().anyMatch(b -> b.type() == type));
        }
    }

    @Test
    void validIdNumbersAreValidAndBornInTheirRange() {
        LocalDate from = LocalDate.of(2000, 2, 28);
        LocalDate to = LocalDate.of(2000, 3, 1);
        qt().withExamples(500).forAll(IdentifierGenerators.residentIdNumbers(from, to)).checkAssert(id -> {
            ResidentIdNumber parsed = ResidentIdNumber.parse(id, AS_OF);
            assertThat(parsed.birthDate()).isBetween(from, to);
            assertThat(AdministrativeDivisions.bundled().contains(parsed.addressCode())).isTrue();
        });
        qt().forAll(IdentifierGenerators.residentIdNumbers())
                .checkAssert(id -> assertThat(ResidentIdNumber.isValid(id, AS_OF)).isTrue());
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"FORMAT", "CHECKSUM", "BIRTH_DATE", "KIND"})
    void everyInvalidIdNumberIsRejectedForTheIntendedReason(Reason reason) {
        qt().withExamples(1000).forAll(IdentifierGenerators.invalidResidentIdNumbers(reason, AS_OF))
                .checkAssert(id -> assertThat(ResidentIdNumber.check(id, AS_OF)).contains(reason));
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"CATEGORY", "GRADE", "REISSUE"})
    void certificateReasonsAreNotIdNumberReasons(Reason reason) {
        assertThatThrownBy(() -> IdentifierGenerators.invalidResidentIdNumbers(reason, AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason.name());
    }

    @Test
    void validCertificateNumbersAreValid() {
        qt().withExamples(1000).forAll(IdentifierGenerators.certificateNumbers())
                .checkAssert(n -> assertThat(DisabilityCertificateNumber.check(n, AS_OF)).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyInvalidCertificateNumberIsRejectedForTheIntendedReason(Reason reason) {
        qt().withExamples(500).forAll(IdentifierGenerators.invalidCertificateNumbers(reason, AS_OF))
                .checkAssert(n -> assertThat(DisabilityCertificateNumber.check(n, AS_OF)).contains(reason));
    }

    @Test
    void codeGeneratorsCoverEveryCodeSystem() {
        for (Class<?> system : List.of(AdaptiveBehavior.class, BenefitType.class, CareDependencyLevel.class,
                DisabilityCategory.class, DisabilityGrade.class, DisabilityNature.class, EducationStage.class,
                EmploymentStatus.class, MilitaryDisabilityGrade.class, PhysicalFinding.class, Residence.class,
                ServiceType.class, Sex.class, WorkCapacityLoss.class, WorkInjuryGrade.class)) {
            assertEveryConstantGenerated(system.asSubclass(Enum.class));
        }
        qt().forAll(CodeGenerators.qinghaiCountyCodes()).checkAssert(code -> {
            assertThat(code).startsWith("63");
            assertThat(AdministrativeDivisions.bundled().get(code).isRetired()).isFalse();
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void assertEveryConstantGenerated(Class<? extends Enum> system) {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        qt().withExamples(3000).forAll(CodeGenerators.codes((Class) system)).checkAssert(seen::add);
        assertThat(seen).as(system.getSimpleName()).hasSize(system.getEnumConstants().length)
                .allMatch(c -> c instanceof CodedConcept);
    }

    @Test
    void countiesOfAnUnknownPrefixAreRejected() {
        assertThatThrownBy(() -> CodeGenerators.counties("99")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99");
    }

    private static String write(com.fasterxml.jackson.databind.ObjectMapper mapper, PersonRecord record) {
        try {
            return mapper.writeValueAsString(record);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
