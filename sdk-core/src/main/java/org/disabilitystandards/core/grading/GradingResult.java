package org.disabilitystandards.core.grading;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;

/**
 * The result of grading one assessment (or a multiple disability) under GB/T 26341-2010: disabled or not,
 * the grade, the clause that decided, a short English basis, the outcome and the findings. Immutable.
 */
public final class GradingResult {

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

    private final DisabilityCategory category;
    private final Outcome outcome;
    private final DisabilityGrade grade;
    private final String clause;
    private final String basis;
    private final List<GradingFinding> findings;

    GradingResult(DisabilityCategory category, Outcome outcome, DisabilityGrade grade, String clause, String basis,
            List<GradingFinding> findings) {
        this.category = Objects.requireNonNull(category, "category");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        if ((grade != null) != (outcome == Outcome.GRADED)) {
            throw new IllegalArgumentException("a grade is given exactly when the outcome is GRADED");
        }
        this.grade = grade;
        this.clause = Objects.requireNonNull(clause, "clause");
        this.basis = Objects.requireNonNull(basis, "basis");
        this.findings = List.copyOf(findings);
    }

    /** Returns a copy with the findings replaced (the receiver when there are none to add). */
    GradingResult withFindings(List<GradingFinding> newFindings) {
        if (newFindings.isEmpty() && findings.isEmpty()) {
            return this;
        }
        return new GradingResult(category, outcome, grade, clause, basis, newFindings);
    }

    /**
     * Returns the graded category ({@code MULTIPLE} for {@link Gb26341Grading#gradeMultiple}).
     *
     * @return the category
     */
    public DisabilityCategory category() {
        return category;
    }

    /**
     * Returns whether the measurements give a disability of some grade.
     *
     * @return true exactly when {@link #grade()} is present
     */
    public boolean disabled() {
        return grade != null;
    }

    /**
     * Returns the grade the measurements give.
     *
     * @return the grade, or empty when not disabled or not gradable
     */
    public Optional<DisabilityGrade> grade() {
        return Optional.ofNullable(grade);
    }

    /**
     * Returns how grading ended.
     *
     * @return the outcome
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Returns the clause that decided, for example {@code "GB/T 26341-2010 5.2"}.
     *
     * @return the clause
     */
    public String clause() {
        return clause;
    }

    /**
     * Returns a short English text of what decided, for example
     * {@code "better-ear average hearing loss, unaided > 80 and <= 90 dB HL"}. Contains no measured value.
     *
     * @return the basis
     */
    public String basis() {
        return basis;
    }

    /**
     * Returns the findings (issues), in the order found; empty for a clean grading.
     *
     * @return the immutable findings
     */
    public List<GradingFinding> findings() {
        return findings;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GradingResult r && r.category == category && r.outcome == outcome && r.grade == grade
                && r.clause.equals(clause) && r.basis.equals(basis) && r.findings.equals(findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, outcome, grade, clause, basis, findings);
    }

    @Override
    public String toString() {
        return "GradingResult{category=" + category + ", outcome=" + outcome + ", grade="
                + (grade == null ? "none" : grade.number()) + ", clause=" + clause + ", basis=" + basis
                + ", findings=" + findings + "}";
    }
}
