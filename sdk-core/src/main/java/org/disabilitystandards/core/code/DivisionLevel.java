package org.disabilitystandards.core.code;

import org.disabilitystandards.core.internal.Codes;

/**
 * Levels of GB/T 2260 administrative divisions.
 */
public enum DivisionLevel implements NamedEnumConcept {
    /** Province-level unit (省级): code ends in 0000. */
    PROVINCE,
    /** Prefecture-level unit (地级): code ends in 00. */
    PREFECTURE,
    /** County-level unit (县级). */
    COUNTY;

    /** The code system: GB/T 2260 levels. */
    public static final CodeSystem SYSTEM = new CodeSystem("gbt2260-level", "Administrative division levels",
            "GB/T 2260", "GB/T 2260");

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }

    /**
     * Returns the level with a number as used in division tables (1 province, 2 prefecture, 3 county).
     *
     * @param number 1-3
     * @return the level
     * @throws UnknownCodeException for any other number
     */
    public static DivisionLevel ofNumber(int number) {
        return Codes.byNumber(values(), 1, number);
    }
}
