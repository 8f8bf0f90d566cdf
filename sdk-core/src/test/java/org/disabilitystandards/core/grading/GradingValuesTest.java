package org.disabilitystandards.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.grading.GradingResult.Outcome;
import org.disabilitystandards.core.model.Assessment;
import org.junit.jupiter.api.Test;

class GradingValuesTest {

    @Test
    void parametersCompareByEveryComponent() {
        GradingParameters defaults = GradingParameters.defaults();
        assertThat(GradingParameters.builder().build()).isEqualTo(defaults).hasSameHashCodeAs(defaults);
        assertThat(GradingParameters.builder().nonIntegerValues(GradingParameters.NonIntegerValues.ROUND_HALF_UP)
                .build()).isNotEqualTo(defaults);
        assertThat(GradingParameters.builder().speechMinimumAge(4).build()).isNotEqualTo(defaults);
        assertThat(GradingParameters.builder().hearingRestrictedBelowAge(4).build()).isNotEqualTo(defaults);
        assertThat(GradingParameters.builder().intellectualAdultWhodas(WhodasRole.DECIDES).build())
                .isNotEqualTo(defaults);
        assertThat(GradingParameters.builder().mentalAdultWhodas(WhodasRole.DESCRIPTOR).build())
                .isNotEqualTo(defaults);
        assertThat(GradingParameters.builder().speechMinimumAge(0).build().speechMinimumAge()).isZero();
        assertThatThrownBy(() -> GradingParameters.builder().speechMinimumAge(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GradingParameters(GradingParameters.NonIntegerValues.OPEN_INTERVALS, 3, -1,
                WhodasRole.DESCRIPTOR, WhodasRole.DECIDES)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The components of {@link GradingParameters} in a record with the generated equals and hashCode. */
    private record Generated(GradingParameters.NonIntegerValues nonIntegerValues, int speechMinimumAge,
            int hearingRestrictedBelowAge, WhodasRole intellectualAdultWhodas, WhodasRole mentalAdultWhodas) {
    }

    @Test
    void parametersHashAsARecordDoes() {
        for (GradingParameters.NonIntegerValues values : GradingParameters.NonIntegerValues.values()) {
            for (int age = 0; age < 6; age++) {
                GradingParameters p = GradingParameters.builder().nonIntegerValues(values).speechMinimumAge(age)
                        .hearingRestrictedBelowAge(6 - age).intellectualAdultWhodas(WhodasRole.DECIDES).build();
                assertThat(p.hashCode()).isEqualTo(new Generated(p.nonIntegerValues(), p.speechMinimumAge(),
                        p.hearingRestrictedBelowAge(), p.intellectualAdultWhodas(), p.mentalAdultWhodas()).hashCode());
                assertThat(p).isNotEqualTo(new Generated(p.nonIntegerValues(), p.speechMinimumAge(),
                        p.hearingRestrictedBelowAge(), p.intellectualAdultWhodas(), p.mentalAdultWhodas()))
                        .isNotEqualTo(null);
            }
        }
    }

    @Test
    void aResultHasAGradeExactlyWhenGraded() {
        GradingResult graded = new GradingResult(DisabilityCategory.HEARING, Outcome.GRADED, "GB/T 26341-2010 5.3",
                "basis", Optional.of(DisabilityGrade.GRADE_2), List.of());
        assertThat(graded.disabled()).isTrue();
        assertThat(graded.toString()).contains("grade=2");
        assertThatThrownBy(() -> new GradingResult(DisabilityCategory.HEARING, Outcome.GRADED, "c", "b",
                Optional.empty(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GradingResult(DisabilityCategory.HEARING, Outcome.BELOW_THRESHOLD, "c", "b",
                Optional.of(DisabilityGrade.GRADE_4), List.of())).isInstanceOf(IllegalArgumentException.class);
        GradingResult below = new GradingResult(DisabilityCategory.HEARING, Outcome.BELOW_THRESHOLD, "c", "b",
                Optional.empty(), List.of());
        assertThat(below.disabled()).isFalse();
        assertThat(below.toString()).contains("grade=none");
    }

    private static Assessment hearing(double db) {
        return Gb26341GradingTest.assessment(DisabilityCategory.HEARING,
                Gb26341GradingTest.m().averageLossDbHl(db).build());
    }

    @Test
    void cleanGradingReturnsThePrecomputedResultAndFindingsMakeEqualValues() {
        Gb26341Grading grading = Gb26341Grading.standard();
        GradingResult first = grading.grade(hearing(85), 40);
        assertThat(grading.grade(hearing(86), 40)).isSameAs(first);
        GradingResult below = grading.grade(hearing(40), 40);
        assertThat(below).isEqualTo(grading.grade(hearing(40), 40)).isNotSameAs(
                grading.grade(hearing(40), 40));
        assertThat(below.findings()).containsExactly(GradingFinding.of(GradingFinding.BELOW_THRESHOLD,
                "measurements.averageLossDbHl", DisabilityCategory.HEARING));
    }
}
