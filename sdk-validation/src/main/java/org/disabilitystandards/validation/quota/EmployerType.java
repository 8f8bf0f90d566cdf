package org.disabilitystandards.validation.quota;

import org.disabilitystandards.core.code.CodeSystem;
import org.disabilitystandards.core.code.NamedEnumConcept;

/**
 * The kinds of employer the quota check distinguishes: every employer is held to the ratio of
 * 《残疾人就业条例》 art. 8; the plan's 专栏5 item 1 adds targets for some of them.
 */
public enum EmployerType implements NamedEnumConcept {
    /** 党政机关: party and government organs; the plan's minimum of one applies at province and prefecture level. */
    PARTY_GOVERNMENT_ORGAN,
    /** 事业单位: public institutions other than schools and kindergartens. */
    PUBLIC_INSTITUTION,
    /** 中小学、幼儿园: schools and kindergartens, public institutions the plan's minimum of one leaves out. */
    SCHOOL_OR_KINDERGARTEN,
    /** 企业: enterprises, held to the ratio only. */
    ENTERPRISE,
    /** 残联机关: organs of disabled persons' federations; the plan sets a share of disabled cadres. */
    DISABLED_PERSONS_FEDERATION_ORGAN;

    /** The code system of the employer types. */
    public static final CodeSystem SYSTEM = new CodeSystem("quota-employer-type", "Employer types (用人单位类型)",
            "SDK 1", "青海省“十四五”残疾人保障和发展规划 专栏5; 残疾人就业条例 art. 8");

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }
}
