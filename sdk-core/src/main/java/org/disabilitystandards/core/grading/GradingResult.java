package org.disabilitystandards.core.grading;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;

/**
 * The result of grading one assessment (or a multiple disability) under GB/T 26341-2010: disabled or not,
 * the grade, the clause that decided, a short English basis, the outcome and the findings. An immutable value;
 * the finding-free results are precomputed once per threshold table, so grading a clean assessment allocates
 * nothing.
 *
 * @param category the graded category ({@code MULTIPLE} for {@link Gb26341Grading#gradeMultiple})
 * @param outcome  how grading ended
 * @param clause   the clause that decided, for example {@code "GB/T 26341-2010 5.2"}
 * @param basis    a short English text of what decided, for example
 *                 {@code "better-ear average hearing loss, unaided > 80 and <= 90 dB HL"}; contains no
 *                 measured value
 * @param grade    the grade the measurements give, present exactly when the outcome is {@code GRADED}
 * @param findings the findings (issues), in the order found, immutable; empty for a clean grading
 */
public record GradingResult(DisabilityCategory category, Outcome outcome, String clause, String basis,
        Optional<DisabilityGrade> grade, List<GradingFinding> findings) {

    /** How grading ended. */
    public enum Outcome {
        /** The measurements give a grade. */
        GRADED,
        /** The measurements give no disability ({@code ASSESS.BELOW_THRESHOLD}). */
        BELOW_THRESHOLD,
        /** The standard does not grade this case at this age ({@code ASSESS.AGE_NOT_GRADABLE}). */
        NOT_GRADABLE_AT_AGE,
        /**
         * No usable measurement decides the case: none given, all out of range or foreign to the category, or
         * the deciding one missing (for example a DQ of 72-75 without adaptive behaviour).
         */
        NOT_DETERMINED
    }

    /**
     * Checks the result.
     *
     * @param category the category component
     * @param outcome  the outcome component
     * @param clause   the clause component
     * @param basis    the basis component
     * @param grade    the grade component
     * @param findings the findings component
     * @throws NullPointerException     if a component or finding is null
     * @throws IllegalArgumentException unless a grade is given exactly when the outcome is GRADED
     */
    public GradingResult {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(basis, "basis");
        if (grade.isPresent() != (outcome == Outcome.GRADED)) {
            throw new IllegalArgumentException("a grade is given exactly when the outcome is GRADED");
        }
        findings = List.copyOf(findings);
    }

    /** Creates a result with a grade that may be null (the form the threshold table precomputes). */
    GradingResult(DisabilityCategory category, Outcome outcome, DisabilityGrade grade, String clause, String basis,
            List<GradingFinding> findings) {
        this(category, outcome, clause, basis, Optional.ofNullable(grade), findings);
    }

    /** Returns a copy with the findings replaced (the receiver when there are none to add). */
    GradingResult withFindings(List<GradingFinding> newFindings) {
        if (newFindings.isEmpty() && findings.isEmpty()) {
            return this;
        }
        return new GradingResult(category, outcome, clause, basis, grade, newFindings);
    }

    /**
     * Returns whether the measurements give a disability of some grade.
     *
     * @return true exactly when {@link #grade()} is present
     */
    public boolean disabled() {
        return grade.isPresent();
    }

    /**
     * Returns category, outcome, grade number, clause, basis and findings.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "GradingResult{category=" + category + ", outcome=" + outcome + ", grade="
                + grade.map(g -> String.valueOf(g.number())).orElse("none") + ", clause=" + clause + ", basis=" + basis
                + ", findings=" + findings + "}";
    }
}
