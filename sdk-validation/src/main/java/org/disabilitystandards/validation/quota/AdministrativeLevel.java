package org.disabilitystandards.validation.quota;

import org.disabilitystandards.core.code.CodeSystem;
import org.disabilitystandards.core.code.CodedConcept;

/**
 * The administrative level of an organ: the plan's 专栏5 item 1 names province- and prefecture-level party
 * and government organs, and federation organs at county level and above.
 */
public enum AdministrativeLevel implements CodedConcept {
    /** 省级: province level. */
    PROVINCE("省级", "Province"),
    /** 市州级: prefecture level (市、州). */
    PREFECTURE("市州级", "Prefecture"),
    /** 县级: county level (县、市、区、行委). */
    COUNTY("县级", "County"),
    /** 乡镇级: township level (乡、镇、街道). */
    TOWNSHIP("乡镇级", "Township");

    /** The code system of the levels. */
    public static final CodeSystem SYSTEM = new CodeSystem("quota-administrative-level",
            "Administrative levels (行政级别)", "SDK 1", "青海省“十四五”残疾人保障和发展规划 专栏5");

    private final String nameZh;
    private final String nameEn;

    AdministrativeLevel(String nameZh, String nameEn) {
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
