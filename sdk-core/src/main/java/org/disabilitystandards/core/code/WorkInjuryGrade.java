package org.disabilitystandards.core.code;

import org.disabilitystandards.core.internal.Codes;

/**
 * Work-injury and occupational-disease disability grades of GB/T 16180-2014 《劳动能力鉴定 职工工伤与职业病致残等级》
 * (in force 2015-01-01), 一级 (most severe) to 十级.
 */
public enum WorkInjuryGrade implements ScaleConcept {
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

    /** The code system: GB/T 16180-2014 grades. */
    public static final CodeSystem SYSTEM = new CodeSystem("gbt16180-grade", "Work-injury disability grades",
            "GB/T 16180-2014", "GB/T 16180-2014 clause 4");

    private static final WorkInjuryGrade[] VALUES = values();

    /**
     * Returns the work-capacity band of this grade (1-4 complete, 5-6 major, 7-10 partial).
     *
     * @return the band
     */
    public WorkCapacityLoss workCapacityLoss() {
        if (number() <= 4) {
            return WorkCapacityLoss.COMPLETE;
        }
        return number() <= 6 ? WorkCapacityLoss.MAJOR : WorkCapacityLoss.PARTIAL;
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
    public static WorkInjuryGrade of(int number) {
        return Codes.byNumber(VALUES, 1, number);
    }
}
