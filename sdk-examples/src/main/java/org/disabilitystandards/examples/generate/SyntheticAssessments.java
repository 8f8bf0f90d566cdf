package org.disabilitystandards.examples.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.disabilitystandards.core.code.AdaptiveBehavior;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.PhysicalFinding;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.ImmutableMeasurements;
import org.disabilitystandards.core.model.Measurements;

/**
 * Synthetic GB/T 26341-2010 assessments whose measurements fall inside the band of the intended grade
 * (standards-reference §1.2-1.7): visual acuity of the better eye, hearing loss of the better ear in dB HL,
 * speech intelligibility, DQ (ages 0-6, below 72) or IQ (7+) with agreeing adaptive behaviour, WHO-DAS II
 * simple score (18+), limb findings of clause 5.5. Values are kept away from band edges that the standard
 * leaves open (DQ 72-75, non-integer hearing and speech values).
 */
final class SyntheticAssessments {

    /** Decimal acuity choices per grade (1: below 0.02, 2: 0.02-0.049, 3: 0.05-0.09, 4: 0.1-0.29). */
    private static final double[][] ACUITY = {{0.0, 0.01}, {0.02, 0.03, 0.04}, {0.05, 0.06, 0.08}, {0.1, 0.12, 0.15, 0.2, 0.25}};
    /** Better-ear loss ranges in dB HL per grade, inclusive (1: over 90, 2: 81-90, 3: 61-80, 4: 41-60). */
    private static final int[][] HEARING = {{91, 115}, {81, 90}, {61, 80}, {41, 60}};
    /** Speech intelligibility ranges in percent per grade (1: up to 10, 2: 11-25, 3: 26-45, 4: 46-65). */
    private static final int[][] SPEECH = {{0, 10}, {11, 25}, {26, 45}, {46, 65}};
    /** DQ ranges (ages 0-6) per grade; grade 4 stops at 71 because 72-75 is graded by adaptive behaviour. */
    private static final int[][] DQ = {{10, 25}, {26, 39}, {40, 54}, {55, 71}};
    /** IQ ranges (age 7+) per grade. */
    private static final int[][] IQ = {{10, 19}, {20, 34}, {35, 49}, {50, 69}};
    /** WHO-DAS II simple score ranges (age 18+) per grade. */
    private static final int[][] WHODAS = {{116, 150}, {106, 115}, {96, 105}, {52, 95}};
    private static final AdaptiveBehavior[] BEHAVIOUR = {AdaptiveBehavior.EXTREME, AdaptiveBehavior.SEVERE,
        AdaptiveBehavior.MODERATE, AdaptiveBehavior.MILD};
    private static final Map<DisabilityGrade, PhysicalFinding[]> FINDINGS = findingsByGrade();

    private SyntheticAssessments() {
    }

    private static Map<DisabilityGrade, PhysicalFinding[]> findingsByGrade() {
        Map<DisabilityGrade, PhysicalFinding[]> map = new EnumMap<>(DisabilityGrade.class);
        for (DisabilityGrade grade : DisabilityGrade.values()) {
            List<PhysicalFinding> findings = new ArrayList<>();
            for (PhysicalFinding finding : PhysicalFinding.values()) {
                if (finding.grade() == grade) {
                    findings.add(finding);
                }
            }
            map.put(grade, findings.toArray(new PhysicalFinding[0]));
        }
        return Map.copyOf(map);
    }

    /**
     * Builds an assessment of a single category whose measurements give {@code grade}.
     *
     * @param random     the random source
     * @param category   a single category
     * @param grade      the grade the measurements must give
     * @param assessedOn the date
     * @param ageYears   the age in full years on that date
     * @return the assessment, with the grade recorded
     */
    static Assessment assessment(SplittableRandom random, DisabilityCategory category, DisabilityGrade grade,
            LocalDate assessedOn, int ageYears) {
        return Assessment.builder().category(category).assessedOn(assessedOn).grade(grade)
                .measurements(measurements(random, category, grade, ageYears)).build();
    }

    /**
     * Builds measurements of a single category that give {@code grade}.
     *
     * @param random   the random source
     * @param category a single category
     * @param grade    the grade
     * @param ageYears the age in full years at the assessment
     * @return the measurements
     */
    static Measurements measurements(SplittableRandom random, DisabilityCategory category, DisabilityGrade grade,
            int ageYears) {
        int g = grade.number() - 1;
        ImmutableMeasurements.Builder builder = Measurements.builder();
        switch (category) {
            case VISUAL:
                builder.bestCorrectedAcuity(pick(random, ACUITY[g]));
                if (g == 0 && random.nextInt(4) == 0) {
                    builder.visualFieldRadiusDegrees(random.nextInt(5));
                }
                break;
            case HEARING:
                builder.averageLossDbHl(between(random, HEARING[g]));
                break;
            case SPEECH:
                builder.intelligibilityPercent(between(random, SPEECH[g]));
                break;
            case INTELLECTUAL:
                if (ageYears <= 6) {
                    builder.developmentalQuotient(between(random, DQ[g]));
                } else {
                    builder.iq(between(random, IQ[g]));
                }
                builder.adaptiveBehavior(BEHAVIOUR[g]);
                if (ageYears >= 18) {
                    builder.whodasScore(between(random, WHODAS[g]));
                }
                break;
            case MENTAL:
                builder.adaptiveBehavior(BEHAVIOUR[g]);
                if (ageYears >= 18) {
                    builder.whodasScore(between(random, WHODAS[g]));
                }
                break;
            case PHYSICAL: {
                PhysicalFinding[] findings = FINDINGS.get(grade);
                builder.addFinding(findings[random.nextInt(findings.length)]);
                break;
            }
            default:
                throw new IllegalArgumentException("not a single category: " + category);
        }
        return builder.build();
    }

    private static double pick(SplittableRandom random, double[] values) {
        return values[random.nextInt(values.length)];
    }

    private static int between(SplittableRandom random, int[] range) {
        return range[0] + random.nextInt(range[1] - range[0] + 1);
    }
}
