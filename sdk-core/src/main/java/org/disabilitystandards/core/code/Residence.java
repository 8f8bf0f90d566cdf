package org.disabilitystandards.core.code;

import org.disabilitystandards.core.internal.Codes;

/**
 * Urban or rural residence of a person.
 */
public enum Residence implements NamedEnumConcept {
    /** Urban (城镇). */
    URBAN,
    /** Rural (农村). */
    RURAL;

    /** The code system of this enumeration. */
    public static final CodeSystem SYSTEM = new CodeSystem("residence", "Residence", "exchange format 1", "SDK exchange format version 1");

    private static final Residence[] VALUES = values();

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
    public static Residence fromName(String name) {
        return Codes.getByName(VALUES, name);
    }
}
