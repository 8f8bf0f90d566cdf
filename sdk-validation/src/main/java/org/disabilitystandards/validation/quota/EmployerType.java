package org.disabilitystandards.validation.quota;

import org.disabilitystandards.core.code.CodeSystem;
import org.disabilitystandards.core.code.CodedConcept;

/**
 * The kinds of employer the quota check distinguishes: every employer is held to the ratio of
 * 《残疾人就业条例》 art. 8; the plan's 专栏5 item 1 adds targets for some of them.
 */
public enum EmployerType implements CodedConcept {
    /** 党政机关: party and government organs; the plan's minimum of one applies at province and prefecture level. */
    PARTY_GOVERNMENT_ORGAN("党政机关", "Party or government organ"),
    /** 事业单位: public institutions other than schools and kindergartens. */
    PUBLIC_INSTITUTION("事业单位", "Public institution"),
    /** 中小学、幼儿园: schools and kindergartens, public institutions the plan's minimum of one leaves out. */
    SCHOOL_OR_KINDERGARTEN("中小学、幼儿园", "School or kindergarten"),
    /** 企业: enterprises, held to the ratio only. */
    ENTERPRISE("企业", "Enterprise"),
    /** 残联机关: organs of disabled persons' federations; the plan sets a share of disabled cadres. */
    DISABLED_PERSONS_FEDERATION_ORGAN("残联机关", "Disabled persons' federation organ");

    /** The code system of the employer types. */
    public static final CodeSystem SYSTEM = new CodeSystem("quota-employer-type", "Employer types (用人单位类型)",
            "SDK 1", "青海省“十四五”残疾人保障和发展规划 专栏5; 残疾人就业条例 art. 8");

    private final String nameZh;
    private final String nameEn;

    EmployerType(String nameZh, String nameEn) {
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
