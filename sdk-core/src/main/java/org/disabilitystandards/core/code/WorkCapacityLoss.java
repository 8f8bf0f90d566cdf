package org.disabilitystandards.core.code;

/**
 * Bands of lost working capacity used by 《工伤保险条例》 and GB/T 16180-2014 to group work-injury grades.
 */
public enum WorkCapacityLoss implements CodedConcept {
    /** 完全丧失劳动能力, grades 1-4. */
    COMPLETE("完全丧失劳动能力", "Complete loss of working capacity"),
    /** 大部分丧失劳动能力, grades 5-6. */
    MAJOR("大部分丧失劳动能力", "Major loss of working capacity"),
    /** 部分丧失劳动能力, grades 7-10. */
    PARTIAL("部分丧失劳动能力", "Partial loss of working capacity");

    /** The code system: work-capacity bands. */
    public static final CodeSystem SYSTEM = new CodeSystem("work-capacity-loss", "Loss of working capacity",
            "GB/T 16180-2014", "《工伤保险条例》 arts. 35-37; GB/T 16180-2014");

    private final String nameZh;
    private final String nameEn;

    WorkCapacityLoss(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String nameZh() {
        return nameZh;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }
}
