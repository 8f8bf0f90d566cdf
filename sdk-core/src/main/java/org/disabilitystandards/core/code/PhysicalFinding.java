package org.disabilitystandards.core.code;

import org.disabilitystandards.core.internal.Codes;

/**
 * Findings of physical (limb) disability, each tied to the grade that GB/T 26341-2010 clause 5.5 gives it
 * (5.5.2 grade 1 ... 5.5.5 grade 4). The standard describes limb disability in words, not numbers; these
 * codes name its situations so that assessments can be exchanged and checked. Assessed without
 * prostheses, orthoses or other aids.
 */
public enum PhysicalFinding implements NamedEnumConcept {
    /** Tetraplegia with severe loss of motor function. */
    TETRAPLEGIA_SEVERE(1),
    /** Paraplegia with complete loss of function of both legs. */
    PARAPLEGIA_COMPLETE(1),
    /** Hemiplegia with complete loss of function on one side. */
    HEMIPLEGIA_COMPLETE(1),
    /** Loss of one whole arm and both lower legs, or of one whole leg and both forearms. */
    ONE_WHOLE_LIMB_AND_TWO_DISTAL_LOSS(1),
    /** Loss of both upper arms and one thigh or lower leg. */
    BOTH_UPPER_ARMS_AND_ONE_LEG_LOSS(1),
    /** Loss of both whole arms or of both whole legs. */
    BOTH_WHOLE_ARMS_OR_LEGS_LOSS(1),
    /** Loss of all four limbs at or above the MCP / tarsometatarsal joints, at different levels. */
    FOUR_LIMBS_LOSS(1),
    /** Extreme loss of function of both arms. */
    BOTH_ARMS_EXTREME_FUNCTION_LOSS(1),
    /** Severe loss of function in three limbs. */
    THREE_LIMBS_SEVERE_FUNCTION_LOSS(1),
    /** Hemiplegia or paraplegia with a little residual function (cannot walk unaided). */
    HEMI_OR_PARAPLEGIA_RESIDUAL(2),
    /** Loss of both upper arms or both forearms. */
    BOTH_UPPER_ARMS_OR_FOREARMS_LOSS(2),
    /** Loss of both thighs. */
    BOTH_THIGHS_LOSS(2),
    /** Loss of one whole arm and one thigh, or of one whole leg and one upper arm. */
    WHOLE_LIMB_AND_PROXIMAL_LOSS(2),
    /** Loss of three limbs at different levels (not already grade 1). */
    THREE_LIMBS_LOSS(2),
    /** Severe loss of function in two limbs. */
    TWO_LIMBS_SEVERE_FUNCTION_LOSS(2),
    /** Moderate loss of function in three limbs. */
    THREE_LIMBS_MODERATE_FUNCTION_LOSS(2),
    /** Loss of both lower legs. */
    BOTH_LOWER_LEGS_LOSS(3),
    /** Loss of one forearm or more. */
    ONE_FOREARM_LOSS(3),
    /** Loss of one thigh or more. */
    ONE_THIGH_LOSS(3),
    /** Loss of both thumbs. */
    BOTH_THUMBS_LOSS(3),
    /** Loss of all fingers other than the thumbs on both hands. */
    BOTH_HANDS_FINGERS_LOSS(3),
    /** Loss of two limbs at different levels (not grade 2). */
    TWO_LIMBS_LOSS(3),
    /** Severe loss of function in one limb. */
    ONE_LIMB_SEVERE_FUNCTION_LOSS(3),
    /** Moderate loss of function in two limbs. */
    TWO_LIMBS_MODERATE_FUNCTION_LOSS(3),
    /** Loss of one lower leg. */
    ONE_LOWER_LEG_LOSS(4),
    /** Leg-length difference of 50 mm or more. */
    LEG_LENGTH_DIFFERENCE_50MM(4),
    /** Spinal rigidity. */
    SPINAL_RIGIDITY(4),
    /** Kyphosis of more than 70 degrees. */
    KYPHOSIS_OVER_70_DEGREES(4),
    /** Scoliosis of more than 45 degrees. */
    SCOLIOSIS_OVER_45_DEGREES(4),
    /** Loss of the four non-thumb fingers of one hand. */
    FOUR_FINGERS_ONE_HAND_LOSS(4),
    /** Loss of one thumb. */
    ONE_THUMB_LOSS(4),
    /** Loss of one foot above the tarsometatarsal joint. */
    ONE_FOOT_LOSS(4),
    /** All toes of both feet lost or useless. */
    ALL_TOES_LOSS(4),
    /** Dwarfism: adult height of 1300 mm or less. */
    DWARFISM(4),
    /** Moderate loss of function in one limb. */
    ONE_LIMB_MODERATE_FUNCTION_LOSS(4),
    /** Mild loss of function in two limbs. */
    TWO_LIMBS_MILD_FUNCTION_LOSS(4),
    /** Other limb function disorders of similar severity. */
    OTHER_LIMB_FUNCTION_DISORDER(4);

    /** The code system: physical findings of GB/T 26341-2010 clause 5.5. */
    public static final CodeSystem SYSTEM = new CodeSystem("gbt26341-physical-finding",
            "Physical disability findings", "GB/T 26341-2010", "GB/T 26341-2010 clauses 5.5.2-5.5.5");

    private static final PhysicalFinding[] VALUES = values();

    private final int grade;

    PhysicalFinding(int grade) {
        this.grade = grade;
    }

    /**
     * Returns the grade clause 5.5 gives this finding.
     *
     * @return the grade
     */
    public DisabilityGrade grade() {
        return DisabilityGrade.of(grade);
    }

    /**
     * Returns the clause of GB/T 26341-2010 that describes this finding (5.5.2 for grade 1 ... 5.5.5 for
     * grade 4).
     *
     * @return the clause number
     */
    public String clause() {
        return "5.5." + (grade + 1);
    }

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }

    /**
     * Returns the finding with a code, Chinese name or English name.
     *
     * @param name the code or a display name
     * @return the finding
     * @throws UnknownCodeException if no finding has the name
     */
    public static PhysicalFinding fromName(String name) {
        return Codes.getByName(VALUES, name);
    }
}
