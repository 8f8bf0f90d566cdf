package org.disabilitystandards.examples;

import java.time.LocalDate;
import java.util.StringJoiner;
import org.disabilitystandards.core.code.AdaptiveBehavior;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.grading.Gb26341Grading;
import org.disabilitystandards.core.grading.GradingFinding;
import org.disabilitystandards.core.grading.GradingResult;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.Measurements;

/**
 * Guide section "Grade an assessment": GB/T 26341-2010 grading of hearing and intellectual assessments,
 * including a boundary value, the under-3 hearing rule and the rule that adaptive behaviour decides when
 * it disagrees with the IQ.
 */
public final class GradeAssessmentExample {

    private static final LocalDate ASSESSED_ON = LocalDate.of(2025, 3, 1);

    private GradeAssessmentExample() {
    }

    /**
     * Runs the example and prints what {@link #run()} returns.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(run());
    }

    /**
     * Grades four synthetic assessments.
     *
     * @return the printed lines
     */
    public static String run() {
        StringJoiner out = new StringJoiner("\n", "", "\n");
        // [grade]
        Gb26341Grading grading = Gb26341Grading.standard();   // shared; grading.tableId() names the table
        out.add("table " + grading.tableId() + " version " + grading.tableVersion());

        out.add(describe(grading.grade(hearing(85), 40)));      // 81-90 dB HL: grade 2
        out.add(describe(grading.grade(hearing(90.25), 40)));   // "> 90": grade 1
        GradingResult toddler = grading.grade(hearing(50), 2);  // grade-4 band under 3: not graded
        out.add(describe(toddler));
        for (GradingFinding finding : toddler.findings()) {
            out.add("  finding " + finding.ruleId() + " at " + finding.path());
        }

        Assessment intellectual = Assessment.builder()
                .category(DisabilityCategory.INTELLECTUAL)
                .assessedOn(ASSESSED_ON)
                .measurements(Measurements.builder().iq(45).adaptiveBehavior(AdaptiveBehavior.MILD).build())
                .build();
        out.add(describe(grading.grade(intellectual, 12)));     // IQ says 3, adaptive behaviour decides: 4
        // [/grade]
        return out.toString();
    }

    private static Assessment hearing(double averageLossDbHl) {
        return Assessment.builder()
                .category(DisabilityCategory.HEARING)
                .assessedOn(ASSESSED_ON)
                .measurements(Measurements.builder().averageLossDbHl(averageLossDbHl).build())
                .build();
    }

    private static String describe(GradingResult result) {
        return result.category() + " " + result.outcome()
                + result.grade().map(g -> " grade " + g.number()).orElse("")
                + " (" + result.clause() + ": " + result.basis() + ")";
    }
}
