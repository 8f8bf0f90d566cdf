package org.disabilitystandards.core.code;

import java.util.Optional;
import org.disabilitystandards.core.internal.Codes;

/**
 * Disability grades (残疾等级) of GB/T 26341-2010, clause 4: grade 1 is the most severe. Grades 1 and 2
 * are what benefit rules call severe disability (重度残疾).
 */
public enum DisabilityGrade implements ScaleConcept {
    /** 一级, 极重度. */
    GRADE_1("极重度", "extreme"),
    /** 二级, 重度. */
    GRADE_2("重度", "severe"),
    /** 三级, 中度. */
    GRADE_3("中度", "moderate"),
    /** 四级, 轻度. */
    GRADE_4("轻度", "mild");

    /** The code system: GB/T 26341-2010 grades as coded in the certificate number. */
    public static final CodeSystem SYSTEM = new CodeSystem("gbt26341-grade", "Disability grades (残疾等级)",
            "GB/T 26341-2010", "GB/T 26341-2010 clause 4; 残疾人证 number digit 20");

    private static final DisabilityGrade[] VALUES = values();

    private final String severityZh;
    private final String severityEn;

    DisabilityGrade(String severityZh, String severityEn) {
        this.severityZh = severityZh;
        this.severityEn = severityEn;
    }

    /**
     * Returns whether this grade counts as severe disability (grades 1 and 2).
     *
     * @return true for grades 1 and 2
     */
    public boolean isSevere() {
        return this == GRADE_1 || this == GRADE_2;
    }

    /**
     * Returns whether this grade is more severe than another (a lower number).
     *
     * @param other the grade to compare with
     * @return true if this grade is more severe
     */
    public boolean isMoreSevereThan(DisabilityGrade other) {
        return ordinal() < other.ordinal();
    }

    /**
     * Returns the more severe of two grades.
     *
     * @param a a grade
     * @param b another grade
     * @return the one with the lower number
     */
    public static DisabilityGrade mostSevere(DisabilityGrade a, DisabilityGrade b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /**
     * Returns the severity word in Chinese (极重度, 重度, 中度, 轻度).
     *
     * @return the severity word
     */
    public String severityZh() {
        return severityZh;
    }

    /**
     * Returns the severity word in English (extreme, severe, moderate, mild).
     *
     * @return the severity word
     */
    public String severityEn() {
        return severityEn;
    }

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }

    /**
     * Returns the grade with a number.
     *
     * @param number 1-4
     * @return the grade
     * @throws UnknownCodeException for any other number
     */
    public static DisabilityGrade of(int number) {
        return Codes.byNumber(VALUES, 1, number);
    }

    /**
     * Finds the grade with a number, without throwing.
     *
     * @param number the number
     * @return the grade, or empty outside 1-4
     */
    public static Optional<DisabilityGrade> find(int number) {
        return number >= 1 && number <= VALUES.length ? Optional.of(VALUES[number - 1]) : Optional.empty();
    }
}
