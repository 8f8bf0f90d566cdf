package org.disabilitystandards.core.code;

import org.disabilitystandards.core.internal.Codes;

/**
 * Disability grades of servicemen and people's police (伤残等级), 一级 (most severe) to 十级, as set by
 * 《军人抚恤优待条例》 and assessed under 《军人残疾等级评定标准》. Police (伤残人民警察) are assessed
 * against the same standard, so this scale serves both certificates.
 */
public enum MilitaryDisabilityGrade implements ScaleConcept {
    /** 一级. */ GRADE_1,
    /** 二级. */ GRADE_2,
    /** 三级. */ GRADE_3,
    /** 四级. */ GRADE_4,
    /** 五级. */ GRADE_5,
    /** 六级. */ GRADE_6,
    /** 七级. */ GRADE_7,
    /** 八级. */ GRADE_8,
    /** 九级. */ GRADE_9,
    /** 十级. */ GRADE_10;

    /** The code system: military and police disability grades. */
    public static final CodeSystem SYSTEM = new CodeSystem("military-disability-grade",
            "Military and police disability grades (伤残等级)", "军人抚恤优待条例 2024 (order No. 788)",
            "《军人抚恤优待条例》; 《军人残疾等级评定标准》");

    private static final MilitaryDisabilityGrade[] VALUES = values();

    /**
     * Returns the grade code as written on certificates and in civil-affairs systems ("01".."10").
     *
     * @return the two-digit code
     */
    public String twoDigitCode() {
        return number() < 10 ? "0" + number() : "10";
    }

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }

    /**
     * Returns the grade with a number.
     *
     * @param number 1-10
     * @return the grade
     * @throws UnknownCodeException for any other number
     */
    public static MilitaryDisabilityGrade of(int number) {
        return Codes.byNumber(VALUES, 1, number);
    }
}
