package org.disabilitystandards.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.disabilitystandards.core.code.AdaptiveBehavior;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.PhysicalFinding;
import org.disabilitystandards.core.grading.GradingParameters.NonIntegerValues;
import org.disabilitystandards.core.grading.GradingResult.Outcome;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.ImmutableMeasurements;
import org.disabilitystandards.core.model.Measurements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Gb26341GradingTest {

    private static final Gb26341Grading GRADING = Gb26341Grading.standard();
    private static final int ADULT = 30;

    static Assessment assessment(DisabilityCategory category, Measurements measurements) {
        return Assessment.builder().category(category).assessedOn(LocalDate.of(2024, 5, 1))
                .measurements(measurements).build();
    }

    static ImmutableMeasurements.Builder m() {
        return ImmutableMeasurements.builder();
    }

    /** Grade number, 0 for below the threshold. */
    private static int gradeOf(GradingResult result) {
        return result.grade().map(DisabilityGrade::number).orElse(0);
    }

    private static GradingResult hearing(double db, int age) {
        return GRADING.grade(assessment(DisabilityCategory.HEARING, m().averageLossDbHl(db).build()), age);
    }

    @ParameterizedTest
    @CsvSource({"0.0,1", "0.019,1", "0.02,2", "0.049,2", "0.05,3", "0.099,3", "0.1,4", "0.299,4", "0.3,0",
        "1.0,0", "2.0,0"})
    void visualAcuityBands(double acuity, int grade) {
        GradingResult r = GRADING.grade(assessment(DisabilityCategory.VISUAL, m().bestCorrectedAcuity(acuity).build()),
                ADULT);
        assertThat(gradeOf(r)).isEqualTo(grade);
        assertThat(r.disabled()).isEqualTo(grade > 0);
        assertThat(r.clause()).isEqualTo("GB/T 26341-2010 5.2");
        if (grade == 0) {
            assertThat(r.findings()).extracting(GradingFinding::ruleId).containsExactly(GradingFinding.BELOW_THRESHOLD);
            assertThat(r.findings().get(0).path()).isEqualTo("measurements.bestCorrectedAcuity");
        } else {
            assertThat(r.findings()).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"4.9,1", "5,2", "9.9,2", "10,0", "90,0"})
    void visualFieldBands(double radius, int grade) {
        GradingResult r = GRADING.grade(assessment(DisabilityCategory.VISUAL,
                m().visualFieldRadiusDegrees(radius).build()), ADULT);
        assertThat(gradeOf(r)).isEqualTo(grade);
    }

    @Test
    void visualMoreSevereOfAcuityAndFieldWins() {
        GradingResult r = GRADING.grade(assessment(DisabilityCategory.VISUAL,
                m().bestCorrectedAcuity(0.5).visualFieldRadiusDegrees(8).build()), ADULT);
        assertThat(gradeOf(r)).isEqualTo(2);
        assertThat(r.basis()).contains("visual-field radius");
        GradingResult acuityWins = GRADING.grade(assessment(DisabilityCategory.VISUAL,
                m().bestCorrectedAcuity(0.01).visualFieldRadiusDegrees(8).build()), ADULT);
        assertThat(gradeOf(acuityWins)).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"130,1", "91,1", "90.25,1", "90,2", "81,2", "80.5,2", "80,3", "61,3", "60,4", "41,4", "40.1,4",
        "40,0", "0,0"})
    void hearingBands(double db, int grade) {
        assertThat(gradeOf(hearing(db, ADULT))).isEqualTo(grade);
    }

    @ParameterizedTest
    @CsvSource({"90.4,2", "90.5,1", "40.4,0", "40.5,4", "10.4,1", "10.5,2"})
    void roundHalfUpParameter(double value, int grade) {
        Gb26341Grading rounding = Gb26341Grading.withParameters(
                GradingParameters.builder().nonIntegerValues(NonIntegerValues.ROUND_HALF_UP).build());
        DisabilityCategory category = value > 20 ? DisabilityCategory.HEARING : DisabilityCategory.SPEECH;
        Measurements measurements = category == DisabilityCategory.HEARING ? m().averageLossDbHl(value).build()
                : m().intelligibilityPercent(value).build();
        assertThat(gradeOf(rounding.grade(assessment(category, measurements), ADULT))).isEqualTo(grade);
        assertThat(rounding.parameters().nonIntegerValues()).isEqualTo(NonIntegerValues.ROUND_HALF_UP);
    }

    @Test
    void hearingUnderThreeOnlyGradesOneToThree() {
        GradingResult twoYears = hearing(50, 2);
        assertThat(twoYears.disabled()).isFalse();
        assertThat(twoYears.outcome()).isEqualTo(Outcome.NOT_GRADABLE_AT_AGE);
        assertThat(twoYears.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(GradingFinding.AGE_NOT_GRADABLE);
            assertThat(f.path()).isEqualTo("measurements.averageLossDbHl");
            assertThat(f.arguments()).containsExactly(DisabilityCategory.HEARING, 2);
        });
        assertThat(gradeOf(hearing(50, 3))).isEqualTo(4);
        assertThat(gradeOf(hearing(61, 2))).isEqualTo(3);
        assertThat(gradeOf(hearing(61, 0))).isEqualTo(3);
        assertThat(hearing(40, 2).outcome()).isEqualTo(Outcome.BELOW_THRESHOLD);
    }

    @Test
    void hearingAgeEdgeIsAParameterForTheReadingThatIncludesTheThirdYear() {
        Gb26341Grading inclusive = Gb26341Grading.withParameters(GradingParameters.builder()
                .hearingRestrictedBelowAge(4).build());
        assertThat(inclusive.grade(assessment(DisabilityCategory.HEARING, m().averageLossDbHl(50).build()), 3).outcome())
                .isEqualTo(Outcome.NOT_GRADABLE_AT_AGE);
        assertThat(gradeOf(inclusive.grade(assessment(DisabilityCategory.HEARING, m().averageLossDbHl(50).build()), 4)))
                .isEqualTo(4);
        assertThat(GradingParameters.defaults().hearingRestrictedBelowAge()).isEqualTo(3);
        assertThat(inclusive.grade(assessment(DisabilityCategory.HEARING, m().averageLossDbHl(50).build()), 3)
                .findings()).singleElement().satisfies(f -> assertThat(f.arguments())
                        .containsExactly(DisabilityCategory.HEARING, 3));
    }

    @ParameterizedTest
    @CsvSource({"VISUAL,5.2", "HEARING,5.3", "SPEECH,5.4", "PHYSICAL,5.5", "INTELLECTUAL,5.6", "MENTAL,5.7",
        "MULTIPLE,5.8"})
    void clauseNumbersFollowTheStandardAndTheCertificateDigits(DisabilityCategory category, String clause) {
        assertThat(GRADING.clause(category)).isEqualTo("GB/T 26341-2010 " + clause);
        assertThat(clause).isEqualTo("5." + (category.digit() + 1));
    }

    @ParameterizedTest
    @CsvSource({"0,1", "10,1", "10.5,2", "11,2", "25,2", "26,3", "45,3", "46,4", "65,4", "65.5,0", "66,0", "100,0"})
    void speechBands(double percent, int grade) {
        GradingResult r = GRADING.grade(assessment(DisabilityCategory.SPEECH,
                m().intelligibilityPercent(percent).build()), ADULT);
        assertThat(gradeOf(r)).isEqualTo(grade);
    }

    @Test
    void speechNotGradedUnderThree() {
        Assessment a = assessment(DisabilityCategory.SPEECH, m().intelligibilityPercent(5).build());
        GradingResult two = GRADING.grade(a, 2);
        assertThat(two.outcome()).isEqualTo(Outcome.NOT_GRADABLE_AT_AGE);
        assertThat(two.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(GradingFinding.AGE_NOT_GRADABLE);
            assertThat(f.path()).isEqualTo("category");
        });
        assertThat(gradeOf(GRADING.grade(a, 3))).isEqualTo(1);
        Gb26341Grading fromFour = Gb26341Grading.withParameters(GradingParameters.builder().speechMinimumAge(4).build());
        assertThat(fromFour.grade(a, 3).outcome()).isEqualTo(Outcome.NOT_GRADABLE_AT_AGE);
        assertThat(gradeOf(fromFour.grade(a, 4))).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"25,1", "26,2", "39,2", "40,3", "54,3", "55,4", "71,4", "76,0"})
    void developmentalQuotientBands(int dq, int grade) {
        GradingResult r = GRADING.grade(assessment(DisabilityCategory.INTELLECTUAL,
                m().developmentalQuotient(dq).build()), 4);
        assertThat(gradeOf(r)).isEqualTo(grade);
    }

    @Test
    void developmentalQuotient72To75IsGradedByAdaptiveBehaviour() {
        for (int dq : new int[] {72, 75}) {
            GradingResult severe = GRADING.grade(assessment(DisabilityCategory.INTELLECTUAL,
                    m().developmentalQuotient(dq).adaptiveBehavior(AdaptiveBehavior.SEVERE).build()), 4);
            assertThat(gradeOf(severe)).isEqualTo(2);
            GradingResult none = GRADING.grade(assessment(DisabilityCategory.INTELLECTUAL,
                    m().developmentalQuotient(dq).adaptiveBehavior(AdaptiveBehavior.NONE).build()), 4);
            assertThat(none.outcome()).isEqualTo(Outcome.BELOW_THRESHOLD);
            assertThat(none.findings()).singleElement().extracting(GradingFinding::path)
                    .isEqualTo("measurements.adaptiveBehavior");
            GradingResult missing = GRADING.grade(assessment(DisabilityCategory.INTELLECTUAL,
                    m().developmentalQuotient(dq).build()), 4);
            assertThat(missing.outcome()).isEqualTo(Outcome.NOT_DETERMINED);
        }
        GradingResult below72 = GRADING.grade(assessment(DisabilityCategory.INTELLECTUAL,
                m().developmentalQuotient(71).adaptiveBehavior(AdaptiveBehavior.SEVERE).build()), 4);
        assertThat(gradeOf(below72)).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource({"19,1", "20,2", "34,2", "35,3", "49,3", "50,4", "69,4", "70,0"})
    void iqBands(int iq, int grade) {
        GradingResult r = GRADING.grade(assessment(DisabilityCategory.INTELLECTUAL, m().iq(iq).build()), 7);
        assertThat(gradeOf(r)).isEqualTo(grade);
    }

    @Test
    void adaptiveBehaviourDecidesWhenIqDisagrees() {
        GradingResult r = GRADING.grade(assessment(DisabilityCategory.INTELLECTUAL,
                m().iq(60).adaptiveBehavior(AdaptiveBehavior.SEVERE).build()), 10);
        assertThat(gradeOf(r)).isEqualTo(2);
        assertThat(r.basis()).contains("adaptive behaviour");
        GradingResult agree = GRADING.grade(assessment(DisabilityCategory.INTELLECTUAL,
                m().iq(60).adaptiveBehavior(AdaptiveBehavior.MILD).build()), 10);
        assertThat(gradeOf(agree)).isEqualTo(4);
        assertThat(agree.basis()).contains("IQ");
    }

    @Test
    void ageSixSevenEdgeChoosesTheInstrument() {
        Measurements both = m().developmentalQuotient(30).iq(60).build();
        GradingResult six = GRADING.grade(assessment(DisabilityCategory.INTELLECTUAL, both), 6);
        assertThat(gradeOf(six)).isEqualTo(2);
        assertThat(six.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(GradingFinding.AGE_METHOD);
            assertThat(f.path()).isEqualTo("measurements.iq");
        });
        GradingResult seven = GRADING.grade(assessment(DisabilityCategory.INTELLECTUAL, both), 7);
        assertThat(gradeOf(seven)).isEqualTo(4);
        assertThat(seven.findings()).singleElement().extracting(GradingFinding::path)
                .isEqualTo("measurements.developmentalQuotient");
        GradingResult iqOnlyAtSix = GRADING.grade(assessment(DisabilityCategory.INTELLECTUAL, m().iq(40).build()), 6);
        assertThat(gradeOf(iqOnlyAtSix)).isEqualTo(3);
        assertThat(iqOnlyAtSix.findings()).extracting(GradingFinding::ruleId).containsExactly(GradingFinding.AGE_METHOD);
    }

    @ParameterizedTest
    @CsvSource({"180,1", "116,1", "115,2", "106,2", "105,3", "96,3", "95,4", "52,4", "51,0", "36,0", "35,0", "32,0"})
    void mentalWhodasBandsFromEighteen(int score, int grade) {
        GradingResult r = GRADING.grade(assessment(DisabilityCategory.MENTAL, m().whodasScore(score).build()), 18);
        assertThat(gradeOf(r)).isEqualTo(grade);
        assertThat(r.clause()).isEqualTo("GB/T 26341-2010 5.7");
        assertThat(r.findings()).extracting(GradingFinding::ruleId).doesNotContain(GradingFinding.MEASUREMENT_RANGE);
    }

    @Test
    void mentalUnderEighteenIsGradedByBehaviourOnly() {
        Measurements measurements = m().whodasScore(120).adaptiveBehavior(AdaptiveBehavior.MODERATE).build();
        GradingResult seventeen = GRADING.grade(assessment(DisabilityCategory.MENTAL, measurements), 17);
        assertThat(gradeOf(seventeen)).isEqualTo(3);
        assertThat(seventeen.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(GradingFinding.AGE_METHOD);
            assertThat(f.path()).isEqualTo("measurements.whodasScore");
        });
        GradingResult eighteen = GRADING.grade(assessment(DisabilityCategory.MENTAL, measurements), 18);
        assertThat(gradeOf(eighteen)).isEqualTo(1);
        assertThat(eighteen.findings()).isEmpty();
    }

    @Test
    void whodasRolesAreParameters() {
        Measurements intellectual = m().iq(60).adaptiveBehavior(AdaptiveBehavior.MILD).whodasScore(110).build();
        assertThat(gradeOf(GRADING.grade(assessment(DisabilityCategory.INTELLECTUAL, intellectual), 18))).isEqualTo(4);
        Gb26341Grading moreSevere = Gb26341Grading.withParameters(GradingParameters.builder()
                .intellectualAdultWhodas(WhodasRole.MORE_SEVERE).mentalAdultWhodas(WhodasRole.DESCRIPTOR).build());
        assertThat(gradeOf(moreSevere.grade(assessment(DisabilityCategory.INTELLECTUAL, intellectual), 18)))
                .isEqualTo(2);
        assertThat(gradeOf(moreSevere.grade(assessment(DisabilityCategory.INTELLECTUAL, intellectual), 17)))
                .isEqualTo(4);
        Measurements mental = m().whodasScore(100).adaptiveBehavior(AdaptiveBehavior.SEVERE).build();
        assertThat(gradeOf(GRADING.grade(assessment(DisabilityCategory.MENTAL, mental), 40))).isEqualTo(3);
        assertThat(gradeOf(moreSevere.grade(assessment(DisabilityCategory.MENTAL, mental), 40))).isEqualTo(2);
        assertThat(Gb26341Grading.withParameters(GradingParameters.defaults())).isSameAs(GRADING);
    }

    @Test
    void physicalMostSevereFindingDecides() {
        GradingResult r = GRADING.grade(assessment(DisabilityCategory.PHYSICAL, m()
                .addFinding(PhysicalFinding.ONE_LOWER_LEG_LOSS).addFinding(PhysicalFinding.BOTH_THIGHS_LOSS).build()),
                ADULT);
        assertThat(gradeOf(r)).isEqualTo(2);
        assertThat(r.clause()).isEqualTo("GB/T 26341-2010 5.5.3");
        for (PhysicalFinding finding : PhysicalFinding.values()) {
            GradingResult one = GRADING.grade(assessment(DisabilityCategory.PHYSICAL, m().addFinding(finding).build()), 1);
            assertThat(one.grade()).contains(finding.grade());
            assertThat(one.clause()).endsWith(finding.clause());
        }
    }

    @Test
    void measurementOutOfRangeAndForeignMeasurementsAreReported() {
        GradingResult range = hearing(200, ADULT);
        assertThat(range.outcome()).isEqualTo(Outcome.NOT_DETERMINED);
        assertThat(range.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(GradingFinding.MEASUREMENT_RANGE);
            assertThat(f.arguments()).containsExactly("averageLossDbHl", 200, 0, 130);
        });
        assertThat(hearing(-0.1, ADULT).findings()).extracting(GradingFinding::ruleId)
                .containsExactly(GradingFinding.MEASUREMENT_RANGE);
        assertThat(hearing(Double.NaN, ADULT).outcome()).isEqualTo(Outcome.NOT_DETERMINED);
        GradingResult whodas = GRADING.grade(assessment(DisabilityCategory.MENTAL, m().whodasScore(20).build()), 30);
        assertThat(whodas.findings()).extracting(GradingFinding::ruleId).containsExactly(GradingFinding.MEASUREMENT_RANGE);
        GradingResult belowSkippedWork = GRADING.grade(assessment(DisabilityCategory.MENTAL, m().whodasScore(31).build()),
                30);
        assertThat(belowSkippedWork.findings()).extracting(GradingFinding::ruleId)
                .containsExactly(GradingFinding.MEASUREMENT_RANGE);
        GradingResult foreign = GRADING.grade(assessment(DisabilityCategory.HEARING,
                m().averageLossDbHl(85).iq(50).build()), ADULT);
        assertThat(gradeOf(foreign)).isEqualTo(2);
        assertThat(foreign.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(GradingFinding.WRONG_MEASUREMENT);
            assertThat(f.path()).isEqualTo("measurements.iq");
            assertThat(f.arguments()).containsExactly("iq", DisabilityCategory.HEARING);
        });
    }

    @Test
    void missingMeasurementsAndMultipleAreNotDetermined() {
        Assessment none = Assessment.builder().category(DisabilityCategory.VISUAL).assessedOn(LocalDate.of(2024, 1, 1))
                .build();
        assertThat(GRADING.grade(none, ADULT).outcome()).isEqualTo(Outcome.NOT_DETERMINED);
        assertThat(GRADING.grade(assessment(DisabilityCategory.MULTIPLE, m().iq(20).build()), ADULT).outcome())
                .isEqualTo(Outcome.NOT_DETERMINED);
        assertThatThrownBy(() -> GRADING.grade(none, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void multipleTakesTheMostSevereComponent() {
        GradingResult hearing2 = hearing(85, ADULT);
        GradingResult visual3 = GRADING.grade(assessment(DisabilityCategory.VISUAL,
                m().bestCorrectedAcuity(0.06).build()), ADULT);
        GradingResult multiple = GRADING.gradeMultiple(List.of(visual3, hearing2));
        assertThat(multiple.category()).isEqualTo(DisabilityCategory.MULTIPLE);
        assertThat(gradeOf(multiple)).isEqualTo(2);
        assertThat(multiple.basis()).contains("HEARING");
        assertThat(GRADING.gradeMultiple(List.of(hearing(30, ADULT))).outcome()).isEqualTo(Outcome.BELOW_THRESHOLD);
        assertThat(GRADING.gradeMultiple(List.of()).outcome()).isEqualTo(Outcome.NOT_DETERMINED);
    }

    @Test
    void worseHearingNeverGivesAMilderGrade() {
        qt().forAll(doubles().between(0, 130), doubles().between(0, 130), integers().between(0, 100))
                .check((a, b, age) -> severity(hearing(Math.max(a, b), age)) >= severity(hearing(Math.min(a, b), age))
                        || age < 3);
    }

    @Test
    void worseAcuitySpeechIqAndWhodasNeverGiveAMilderGrade() {
        qt().forAll(doubles().between(0, 2), doubles().between(0, 2)).check((a, b) ->
                severity(GRADING.grade(assessment(DisabilityCategory.VISUAL, m().bestCorrectedAcuity(Math.min(a, b))
                        .build()), ADULT)) >= severity(GRADING.grade(assessment(DisabilityCategory.VISUAL,
                        m().bestCorrectedAcuity(Math.max(a, b)).build()), ADULT)));
        qt().forAll(doubles().between(0, 100), doubles().between(0, 100)).check((a, b) ->
                severity(GRADING.grade(assessment(DisabilityCategory.SPEECH, m().intelligibilityPercent(Math.min(a, b))
                        .build()), ADULT)) >= severity(GRADING.grade(assessment(DisabilityCategory.SPEECH,
                        m().intelligibilityPercent(Math.max(a, b)).build()), ADULT)));
        qt().forAll(integers().between(0, 160), integers().between(0, 160)).check((a, b) ->
                severity(GRADING.grade(assessment(DisabilityCategory.INTELLECTUAL, m().iq(Math.min(a, b)).build()), 9))
                        >= severity(GRADING.grade(assessment(DisabilityCategory.INTELLECTUAL,
                        m().iq(Math.max(a, b)).build()), 9)));
        qt().forAll(integers().between(32, 180), integers().between(32, 180)).check((a, b) ->
                severity(GRADING.grade(assessment(DisabilityCategory.MENTAL, m().whodasScore(Math.max(a, b)).build()),
                        ADULT)) >= severity(GRADING.grade(assessment(DisabilityCategory.MENTAL,
                        m().whodasScore(Math.min(a, b)).build()), ADULT)));
    }

    /** 0 for no disability, 4 for grade 1. */
    private static int severity(GradingResult result) {
        return result.grade().map(g -> 5 - g.number()).orElse(0);
    }
}
