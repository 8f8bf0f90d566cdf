package org.disabilitystandards.validation.quota;

import org.disabilitystandards.core.code.CodeSystem;
import org.disabilitystandards.core.code.NamedEnumConcept;

/**
 * The administrative level of an organ: the plan's 专栏5 item 1 names province- and prefecture-level party
 * and government organs, and federation organs at county level and above.
 */
public enum AdministrativeLevel implements NamedEnumConcept {
    /** 省级: province level. */
    PROVINCE,
    /** 市州级: prefecture level (市、州). */
    PREFECTURE,
    /** 县级: county level (县、市、区、行委). */
    COUNTY,
    /** 乡镇级: township level (乡、镇、街道). */
    TOWNSHIP;

    /** The code system of the levels. */
    public static final CodeSystem SYSTEM = new CodeSystem("quota-administrative-level",
            "Administrative levels (行政级别)", "SDK 1", "青海省“十四五”残疾人保障和发展规划 专栏5");

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }
}
