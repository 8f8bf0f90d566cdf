package org.disabilitystandards.core.code;

import org.disabilitystandards.core.internal.Codes;

/**
 * Sex of a person (GB/T 2261.1 男/女); the resident ID number encodes it in the sequence digit (odd male, even female).
 */
public enum Sex implements NamedEnumConcept {
    /** Male (男). */
    MALE,
    /** Female (女). */
    FEMALE;

    /** The code system of this enumeration. */
    public static final CodeSystem SYSTEM = new CodeSystem("sex", "Sex", "GB/T 2261.1-2003", "GB/T 2261.1-2003; GB 11643-1999 sequence code");

    private static final Sex[] VALUES = values();

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
    public static Sex fromName(String name) {
        return Codes.getByName(VALUES, name);
    }
}
