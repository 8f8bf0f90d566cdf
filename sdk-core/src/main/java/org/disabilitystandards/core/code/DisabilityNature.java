package org.disabilitystandards.core.code;

import org.disabilitystandards.core.internal.Codes;

/**
 * Nature (cause) of a serviceman's or police officer's disability (残疾性质), coded 1-3 in civil-affairs and
 * veterans-affairs systems. Illness-caused disability is assessed for grades 1-6 only; police disability
 * is never illness-caused.
 */
public enum DisabilityNature implements NamedEnumConcept {
    /** 因战 (in combat), code 1. */
    COMBAT,
    /** 因公 (on duty), code 2. */
    DUTY,
    /** 因病 (illness), code 3. */
    ILLNESS;

    /** The code system: natures of disability of 《军人抚恤优待条例》. */
    public static final CodeSystem SYSTEM = new CodeSystem("disability-nature", "Nature of disability (残疾性质)",
            "军人抚恤优待条例 2024 (order No. 788)", "《军人抚恤优待条例》; 优抚 system codes 1/2/3");

    private static final DisabilityNature[] VALUES = values();

    /**
     * Returns the numeric code used by veterans-affairs systems (1 combat, 2 duty, 3 illness).
     *
     * @return the numeric code
     */
    public int numericCode() {
        return ordinal() + 1;
    }

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }

    /**
     * Returns the nature with an enum name, Chinese or English name.
     *
     * @param name for example {@code COMBAT} or {@code 因战}
     * @return the nature
     * @throws UnknownCodeException if no nature has the name
     */
    public static DisabilityNature fromName(String name) {
        return Codes.getByName(VALUES, name);
    }
}
