package org.disabilitystandards.core.code;

import org.disabilitystandards.core.internal.Codes;

/**
 * Benefits and allowances received by disabled people, as coded in exchange format version 1.
 */
public enum BenefitType implements NamedEnumConcept {
    /** Living allowance for disabled people in hardship (困难残疾人生活补贴), 国发〔2015〕52号. */
    LIVING_ALLOWANCE,
    /** Care allowance for severely disabled people (重度残疾人护理补贴), 国发〔2015〕52号. */
    CARE_ALLOWANCE,
    /** Minimum living guarantee (最低生活保障). */
    MINIMUM_LIVING_GUARANTEE,
    /** Rehabilitation aid for disabled children (残疾儿童康复救助), 国发〔2018〕20号. */
    CHILD_REHABILITATION_AID,
    /** Assistive device subsidy (辅助器具补贴). */
    ASSISTIVE_DEVICE_SUBSIDY,
    /** Information and communication fee discount (信息消费优惠). */
    INFORMATION_FEE_DISCOUNT;

    /** The code system of this enumeration. */
    public static final CodeSystem SYSTEM = new CodeSystem("benefit-type", "Benefit types", "exchange format 1", "SDK exchange format version 1; 国发〔2015〕52号; 国发〔2018〕20号");

    private static final BenefitType[] VALUES = values();

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }

    /**
     * Returns the constant with a code, Chinese name or English name.
     *
     * @param name the code or a display name
     * @return the constant
     * @throws UnknownCodeException if the code system does not define it
     */
    public static BenefitType fromName(String name) {
        return Codes.getByName(VALUES, name);
    }
}
