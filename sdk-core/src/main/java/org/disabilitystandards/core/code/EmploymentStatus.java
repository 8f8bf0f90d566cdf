package org.disabilitystandards.core.code;

import org.disabilitystandards.core.internal.Codes;

/**
 * Employment status of exchange format version 1.
 */
public enum EmploymentStatus implements NamedEnumConcept {
    /** Employed (就业). */
    EMPLOYED,
    /** Self-employed (个体就业). */
    SELF_EMPLOYED,
    /** Flexible employment (灵活就业). */
    FLEXIBLE,
    /** Auxiliary employment (辅助性就业). */
    AUXILIARY,
    /** Public-welfare post (公益性岗位). */
    PUBLIC_WELFARE_POST,
    /** Unemployed (失业). */
    UNEMPLOYED,
    /** Not in the labour force (非劳动力). */
    NOT_IN_LABOUR_FORCE;

    /** The code system of this enumeration. */
    public static final CodeSystem SYSTEM = new CodeSystem("employment-status", "Employment status", "exchange format 1", "SDK exchange format version 1");

    private static final EmploymentStatus[] VALUES = values();

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
    public static EmploymentStatus fromName(String name) {
        return Codes.getByName(VALUES, name);
    }
}
