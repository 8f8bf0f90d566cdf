package org.disabilitystandards.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disabilitystandards.testkit.ValidationAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disabilitystandards.core.code.AdministrativeDivisions;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.ServiceProgramme;
import org.disabilitystandards.core.code.DisabilityNature;
import org.disabilitystandards.core.id.DisabilityCertificateNumber;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.core.json.PersonRecordReader;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.json.RecordReadResult;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.junit.jupiter.api.Test;

class RecordGeneratorTest {

    private static final LocalDate AS_OF = RecordGenerator.DEFAULT_AS_OF;
    private static final RecordValidator QINGHAI = RecordValidator.forProfile(Profile.qinghai());

    @Test
    void theSameSeedGivesTheSameOutput() throws IOException {
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();
        RecordGenerator.builder().seed(5).build().write(500, first, null);
        RecordGenerator.builder().seed(5).build().write(500, second, null);
        assertThat(first.toString()).isEqualTo(second.toString());
        StringWriter other = new StringWriter();
        RecordGenerator.builder().seed(6).build().write(500, other, null);
        assertThat(other.toString()).isNotEqualTo(first.toString());
        qt().withExamples(20).forAll(longs().between(1, 1_000_000)).checkAssert(line ->
                assertThat(RecordGenerator.builder().seed(5).build().generate(line))
                        .isEqualTo(RecordGenerator.builder().seed(5).build().generate(line)));
    }

    @Test
    void cleanRecordsFollowTheRulesTheGeneratorPromises() {
        RecordGenerator generator = RecordGenerator.builder().seed(11).defectRate(0).build();
        AdministrativeDivisions divisions = AdministrativeDivisions.bundled();
        PersonRecordReader reader = PersonRecordReader.standard();
        Set<DisabilityCategory> categories = EnumSet.noneOf(DisabilityCategory.class);
        int retiredAddress = 0;
        for (long line = 1; line <= 4000; line++) {
            GeneratedRecord generated = generator.generate(line);
            assertThat(generated.defect()).isEmpty();
            PersonRecord record = generated.record().orElseThrow();
            assertThat(QINGHAI.validate(record, AS_OF)).hasNoErrors();
            RecordReadResult read = reader.read(generated.json());
            assertThat(read.problems()).isEmpty();
            assertThat(read.record()).contains(record);
            ResidentIdNumber id = ResidentIdNumber.parse(record.idNumber(), AS_OF);
            assertThat(record.sex()).contains(id.sex());
            assertThat(record.birthDate()).contains(id.birthDate());
            assertThat(divisions.find(record.regionCode())).hasValueSatisfying(d -> assertThat(d.isRetired()).isFalse());
            assertThat(record.regionCode()).startsWith("63");
            assertThat(divisions.contains(id.addressCode())).isTrue();
            retiredAddress += divisions.get(id.addressCode()).isRetired() ? 1 : 0;
            int age = (int) ChronoUnit.YEARS.between(id.birthDate(), AS_OF);
            record.certificate().ifPresent(certificate -> {
                DisabilityCertificateNumber number = DisabilityCertificateNumber.parse(certificate.number(), AS_OF);
                assertThat(number.residentIdNumber()).isEqualTo(id);
                assertThat(number.category()).isEqualTo(certificate.category());
                assertThat(number.grade()).isEqualTo(certificate.grade());
                assertThat(certificate.issuedOn()).isBefore(AS_OF).isAfter(id.birthDate());
                assertThat(certificate.validUntil().orElseThrow()).isAfter(AS_OF);
                categories.add(certificate.category());
                if (certificate.category() == DisabilityCategory.MULTIPLE) {
                    assertThat(record.assessments()).hasSizeGreaterThanOrEqualTo(2);
                } else {
                    assertThat(record.assessments()).extracting(a -> a.category()).containsOnly(certificate.category());
                }
            });
            for (Benefit benefit : record.benefits()) {
                Certificate certificate = record.certificate().orElseThrow();
                if (benefit.type() == BenefitType.LIVING_ALLOWANCE) {
                    assertThat(record.household().orElseThrow().minimumLivingGuarantee()).isTrue();
                }
                if (benefit.type() == BenefitType.CARE_ALLOWANCE) {
                    assertThat(certificate.grade().isSevere()).isTrue();
                }
                if (benefit.type() == BenefitType.CHILD_REHABILITATION_AID) {
                    assertThat(age).isBetween(0, 6);
                }
                assertThat(benefit.from()).isBeforeOrEqualTo(YearMonth.from(AS_OF));
            }
            record.services().forEach(s -> assertThat(s.date()).isBeforeOrEqualTo(AS_OF).isAfterOrEqualTo(id.birthDate()));
            record.military().ifPresent(m -> {
                if (m.nature() == DisabilityNature.ILLNESS) {
                    assertThat(m.grade().number()).isLessThanOrEqualTo(6);
                }
            });
            record.police().ifPresent(p -> assertThat(p.nature()).isNotEqualTo(DisabilityNature.ILLNESS));
        }
        assertThat(categories).containsExactlyInAnyOrder(DisabilityCategory.values());
        assertThat(retiredAddress).as("some ID numbers carry retired address codes").isGreaterThan(20);
    }

    @Test
    void defectsAreInjectedAtTheChosenRateAndTagged() {
        RecordGenerator generator = RecordGenerator.builder().seed(3).defectRate(0.2).build();
        Map<Defect, Integer> counts = new EnumMap<>(Defect.class);
        PersonRecordReader reader = PersonRecordReader.standard();
        int defective = 0;
        int lines = 20_000;
        for (long line = 1; line <= lines; line++) {
            GeneratedRecord generated = generator.generate(line);
            if (generated.defect().isEmpty()) {
                continue;
            }
            defective++;
            Defect defect = generated.defect().get();
            counts.merge(defect, 1, Integer::sum);
            RecordReadResult read = reader.read(generated.json());
            switch (defect) {
                case MALFORMED_JSON:
                    assertThat(kinds(read)).containsExactly(ReadProblem.Kind.MALFORMED_JSON);
                    break;
                case MISSING_FIELD:
                    assertThat(kinds(read)).containsExactly(ReadProblem.Kind.MISSING_FIELD);
                    break;
                case WRONG_TYPE:
                    assertThat(kinds(read)).containsExactly(ReadProblem.Kind.WRONG_TYPE);
                    break;
                case UNKNOWN_CODE:
                    assertThat(kinds(read)).containsExactly(ReadProblem.Kind.UNKNOWN_CODE);
                    break;
                case UNKNOWN_FIELD:
                    assertThat(kinds(read)).containsExactly(ReadProblem.Kind.UNKNOWN_FIELD);
                    break;
                case DUPLICATE_RECORD_ID:
                    assertThat(read.recordId()).contains(generator.generate(line - 1).recordId());
                    break;
                case DUPLICATE_PERSON:
                    assertThat(read.idNumber()).isEqualTo(reader.read(generator.generate(line - 1).json()).idNumber());
                    break;
                case ID_CHECKSUM:
                    assertThat(ResidentIdNumber.isValid(read.idNumber().orElseThrow(), AS_OF)).isFalse();
                    assertThat(QINGHAI.validate(read.record().orElseThrow(), AS_OF)).hasIssue("ID.CHECKSUM")
                            .at("idNumber").withSeverity(Severity.ERROR);
                    break;
                default:
                    assertThat(read.problems()).as(defect.ruleId()).isEmpty();
                    assertThat(QINGHAI.validate(read.record().orElseThrow(), AS_OF)).hasIssue(defect.ruleId());
                    break;
            }
        }
        assertThat((double) defective / lines).isBetween(0.18, 0.22);
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Defect.values()).filter(d -> !d.isServiceProgrammeDefect()).toList());
    }

    @Test
    void codedServiceRecordsAreCleanAndEveryServiceDefectIsReported() {
        RecordValidator validator = RecordValidator.forProfile(Profile.qinghai())
                .withAssistiveProductCatalogue(RecordGenerator.exampleCatalogue());
        PersonRecordReader reader = PersonRecordReader.standard();
        RecordGenerator clean = RecordGenerator.builder().seed(12).defectRate(0).serviceProgrammes(true).build();
        Set<ServiceProgramme> programmes = EnumSet.noneOf(ServiceProgramme.class);
        for (long line = 1; line <= 4000; line++) {
            GeneratedRecord generated = clean.generate(line);
            RecordReadResult read = reader.read(generated.json());
            assertThat(read.problems()).isEmpty();
            PersonRecord record = read.record().orElseThrow();
            assertThat(validator.validate(record, AS_OF)).as("line %d", line).hasNoErrors();
            record.services().forEach(s -> s.programme().ifPresent(programmes::add));
        }
        assertThat(programmes).contains(ServiceProgramme.CHILD_REHABILITATION_AID,
                ServiceProgramme.ASSISTIVE_DEVICE_FITTING, ServiceProgramme.HOUSEHOLD_ACCESSIBILITY_RETROFIT);
        RecordGenerator defective = RecordGenerator.builder().seed(13).defectRate(0.5).formatDefects(false)
                .serviceProgrammes(true).build();
        Map<Defect, Integer> counts = new EnumMap<>(Defect.class);
        for (long line = 1; line <= 20_000; line++) {
            GeneratedRecord generated = defective.generate(line);
            if (generated.defect().isEmpty() || !generated.defect().get().isServiceProgrammeDefect()) {
                continue;
            }
            Defect defect = generated.defect().get();
            counts.merge(defect, 1, Integer::sum);
            RecordReadResult read = reader.read(generated.json());
            assertThat(read.problems()).as(defect.ruleId()).isEmpty();
            assertThat(validator.validate(read.record().orElseThrow(), AS_OF)).hasIssue(defect.ruleId());
        }
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Defect.values()).filter(Defect::isServiceProgrammeDefect).toList());
    }

    @Test
    void withoutFormatDefectsEveryLineReadsCleanly() {
        RecordGenerator generator = RecordGenerator.builder().seed(4).defectRate(1).formatDefects(false).build();
        for (long line = 1; line <= 2000; line++) {
            GeneratedRecord generated = generator.generate(line);
            assertThat(generated.defect()).hasValueSatisfying(d -> assertThat(d.isFormatDefect()).isFalse());
            assertThat(PersonRecordReader.standard().read(generated.json()).problems()).isEmpty();
        }
    }

    @Test
    void theManifestListsEachDefectiveLine() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter manifest = new StringWriter();
        long defective = RecordGenerator.builder().seed(8).defectRate(0.1).build().write(1000, out, manifest);
        List<String> manifestLines = manifest.toString().lines().toList();
        assertThat(manifestLines).hasSize((int) defective);
        assertThat(manifestLines.get(0)).matches("\\{\"line\":[0-9]+,\"recordId\":\"QH-[0-9]{8}\",\"rule\":\"[A-Z_]+\\.[A-Z_]+\"}");
        assertThat(out.toString().lines()).hasSize(1000);
    }

    @Test
    void writingStreamsWithoutKeepingRecords() throws IOException {
        CountingWriter sink = new CountingWriter();
        RecordGenerator.builder().seed(1).build().write(20_000, sink, null);
        assertThat(sink.lines).isEqualTo(20_000);
    }

    @Test
    void settingsAreChecked() {
        assertThatThrownBy(() -> RecordGenerator.builder().defectRate(1.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordGenerator.builder().defectRate(-0.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordGenerator.builder().recordIdPrefix("Q H")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordGenerator.builder().build().generate(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RecordGenerator.builder().defectRate(1).build().generate(1).defect()).isPresent();
        assertThat(RecordGenerator.builder().defectRate(0).build().generate(1).defect()).isEmpty();
    }

    private static List<ReadProblem.Kind> kinds(RecordReadResult result) {
        return result.problems().stream().map(ReadProblem::kind).toList();
    }

    /** Counts lines and drops the text. */
    private static final class CountingWriter extends Writer {
        private long lines;

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void write(int c) {
            if (c == '\n') {
                lines++;
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
