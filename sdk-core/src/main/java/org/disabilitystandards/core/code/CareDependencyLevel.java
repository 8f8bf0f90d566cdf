package org.disabilitystandards.core.code;

import org.disabilitystandards.core.internal.Codes;

/**
 * Long-term-care dependency levels (失能等级) of 《长期护理失能等级评估标准（试行）》 (NHSA and Ministry of
 * Civil Affairs, notice of 2021-08-03), 0 (basically normal) to 5 (severe III).
 */
public enum CareDependencyLevel implements ScaleConcept {
    /** 0 基本正常. */
    LEVEL_0,
    /** 1 轻度失能. */
    LEVEL_1,
    /** 2 中度失能. */
    LEVEL_2,
    /** 3 重度失能Ⅰ级. */
    LEVEL_3,
    /** 4 重度失能Ⅱ级. */
    LEVEL_4,
    /** 5 重度失能Ⅲ级. */
    LEVEL_5;

    /** The code system: long-term-care dependency levels. */
    public static final CodeSystem SYSTEM = new CodeSystem("ltc-dependency-level",
            "Long-term-care dependency levels (失能等级)", "2021 (试行)",
            "《长期护理失能等级评估标准（试行）》, NHSA notice 2021-08-03");

    private static final CareDependencyLevel[] VALUES = values();

    /** Levels start at 0 (基本正常). */
    @Override
    public int firstNumber() {
        return 0;
    }

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }

    /**
     * Returns the level with a number.
     *
     * @param number 0-5
     * @return the level
     * @throws UnknownCodeException for any other number
     */
    public static CareDependencyLevel of(int number) {
        return Codes.byNumber(VALUES, 0, number);
    }
}
