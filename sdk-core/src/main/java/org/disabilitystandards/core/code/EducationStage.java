package org.disabilitystandards.core.code;

import org.disabilitystandards.core.internal.Codes;

/**
 * Education stages of exchange format version 1.
 */
public enum EducationStage implements NamedEnumConcept {
    /** Preschool (学前教育). */
    PRESCHOOL,
    /** Primary school (小学). */
    PRIMARY,
    /** Junior secondary school (初中). */
    JUNIOR_SECONDARY,
    /** Senior secondary school (高中). */
    SENIOR_SECONDARY,
    /** Vocational education (职业教育). */
    VOCATIONAL,
    /** Higher education (高等教育). */
    HIGHER;

    /** The code system of this enumeration. */
    public static final CodeSystem SYSTEM = new CodeSystem("education-stage", "Education stages", "exchange format 1", "SDK exchange format version 1");

    private static final EducationStage[] VALUES = values();

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }

    /**
     * Returns the constant with a code, Chinese name or English name.
     *
     * @param name the code or a display name
     * @return the constant
     * @throws UnknownCodeException if the code system does not define it
     */
    public static EducationStage fromName(String name) {
        return Codes.getByName(VALUES, name);
    }
}
