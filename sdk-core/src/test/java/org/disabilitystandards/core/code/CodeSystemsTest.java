package org.disabilitystandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CodeSystemsTest {

    static Stream<Class<? extends Enum<?>>> codeSystems() {
        return Stream.of(DisabilityCategory.class, DisabilityGrade.class, MilitaryDisabilityGrade.class,
                DisabilityNature.class, WorkInjuryGrade.class, WorkCapacityLoss.class, CareDependencyLevel.class,
                ServiceType.class, BenefitType.class, Sex.class, Residence.class, EducationStage.class,
                EmploymentStatus.class, AdaptiveBehavior.class, PhysicalFinding.class, DivisionLevel.class,
                ServiceProgramme.class, ItemKind.class, ItemCodeSystem.class, ChildAidTargetGroup.class,
                ChildAidItem.class, RetrofitItem.class, ChildAidProof.class,
                org.disabilitystandards.core.convert.EquivalentBenefit.class);
    }

    @ParameterizedTest
    @MethodSource("codeSystems")
    void everyCodeHasChineseAndEnglishNamesAndAnEdition(Class<? extends Enum<?>> type) {
        List<String> codes = new ArrayList<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            CodedConcept concept = (CodedConcept) constant;
            assertThat(concept.nameZh()).as("%s zh", constant).isNotBlank()
                    .matches(name -> name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
            assertThat(concept.nameEn()).as("%s en", constant).isNotBlank().matches("[\\x20-\\x7E]+");
            assertThat(concept.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo(concept.nameZh());
            assertThat(concept.displayName(Locale.ENGLISH)).isEqualTo(concept.nameEn());
            assertThat(concept.codeSystem().edition()).isNotBlank();
            codes.add(concept.code());
        }
        assertThat(codes).doesNotHaveDuplicates();
    }

    @Test
    void categoriesCarryTheCertificateDigits() {
        assertThat(DisabilityCategory.fromDigit(1)).isEqualTo(DisabilityCategory.VISUAL);
        assertThat(DisabilityCategory.fromDigit(2)).isEqualTo(DisabilityCategory.HEARING);
        assertThat(DisabilityCategory.fromDigit(7)).isEqualTo(DisabilityCategory.MULTIPLE);
        assertThat(DisabilityCategory.findByDigit(0)).isEmpty();
        assertThat(DisabilityCategory.findByDigit(8)).isEmpty();
        assertThat(DisabilityCategory.fromName("听力残疾")).isEqualTo(DisabilityCategory.HEARING);
        assertThat(DisabilityCategory.fromName("hearing")).isEqualTo(DisabilityCategory.HEARING);
        assertThatThrownBy(() -> DisabilityCategory.fromName("DEAF"))
                .isInstanceOfSatisfying(UnknownCodeException.class, e -> {
                    assertThat(e.codeSystemId()).isEqualTo("gbt26341-category");
                    assertThat(e.value()).isEqualTo("DEAF");
                    assertThat(e.getMessage()).contains("gbt26341-category", "4 characters").doesNotContain("DEAF");
                });
        assertThatThrownBy(() -> DisabilityCategory.fromDigit(8)).isInstanceOf(UnknownCodeException.class);
    }

    @Test
    void gradesKnowTheirSeverity() {
        assertThat(DisabilityGrade.of(1).severityZh()).isEqualTo("极重度");
        assertThat(DisabilityGrade.of(4).severityZh()).isEqualTo("轻度");
        assertThat(DisabilityGrade.GRADE_2.isSevere()).isTrue();
        assertThat(DisabilityGrade.GRADE_3.isSevere()).isFalse();
        assertThat(DisabilityGrade.mostSevere(DisabilityGrade.GRADE_3, DisabilityGrade.GRADE_2))
                .isEqualTo(DisabilityGrade.GRADE_2);
        assertThatThrownBy(() -> DisabilityGrade.of(0)).isInstanceOf(UnknownCodeException.class);
        assertThatThrownBy(() -> DisabilityGrade.of(5)).isInstanceOf(UnknownCodeException.class);
    }

    @Test
    void numberedScalesHaveTheirRanges() {
        assertThat(MilitaryDisabilityGrade.of(10).twoDigitCode()).isEqualTo("10");
        assertThat(MilitaryDisabilityGrade.of(3).twoDigitCode()).isEqualTo("03");
        assertThatThrownBy(() -> MilitaryDisabilityGrade.of(11)).isInstanceOf(UnknownCodeException.class);
        assertThat(WorkInjuryGrade.of(4).workCapacityLoss()).isEqualTo(WorkCapacityLoss.COMPLETE);
        assertThat(WorkInjuryGrade.of(5).workCapacityLoss()).isEqualTo(WorkCapacityLoss.MAJOR);
        assertThat(WorkInjuryGrade.of(6).workCapacityLoss()).isEqualTo(WorkCapacityLoss.MAJOR);
        assertThat(WorkInjuryGrade.of(7).workCapacityLoss()).isEqualTo(WorkCapacityLoss.PARTIAL);
        assertThat(CareDependencyLevel.of(0)).isEqualTo(CareDependencyLevel.LEVEL_0);
        assertThatThrownBy(() -> CareDependencyLevel.of(6)).isInstanceOf(UnknownCodeException.class);
        assertThat(DisabilityNature.ILLNESS.numericCode()).isEqualTo(3);
    }

    @Test
    void adaptiveBehaviourIndicatesGrades() {
        assertThat(AdaptiveBehavior.EXTREME.indicatedGrade()).contains(DisabilityGrade.GRADE_1);
        assertThat(AdaptiveBehavior.MILD.indicatedGrade()).contains(DisabilityGrade.GRADE_4);
        assertThat(AdaptiveBehavior.NONE.indicatedGrade()).isEmpty();
    }

    @Test
    void physicalFindingsNameTheirClause() {
        assertThat(PhysicalFinding.PARAPLEGIA_COMPLETE.grade()).isEqualTo(DisabilityGrade.GRADE_1);
        assertThat(PhysicalFinding.PARAPLEGIA_COMPLETE.clause()).isEqualTo("5.5.2");
        assertThat(PhysicalFinding.ONE_LOWER_LEG_LOSS.grade()).isEqualTo(DisabilityGrade.GRADE_4);
        assertThat(PhysicalFinding.LEG_LENGTH_DIFFERENCE_50MM.clause()).isEqualTo("5.5.5");
    }
}
