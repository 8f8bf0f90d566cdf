package org.disabilitystandards.core.code;

import org.disabilitystandards.core.internal.Codes;

/**
 * The service programmes a coded service can belong to (exchange format 1.1): the programmes of the Qinghai
 * 14th five-year plan for disabled persons (专栏2, 专栏6) whose records the SDK validates.
 */
public enum ServiceProgramme implements NamedEnumConcept {
    /** Children's rehabilitation aid (残疾儿童康复救助, 国发〔2018〕20号). */
    CHILD_REHABILITATION_AID,
    /** Basic assistive-device fitting (基本型辅助器具适配资助, 专栏2 item 4). */
    ASSISTIVE_DEVICE_FITTING,
    /** Accessibility retrofits of households in hardship with severely disabled members (困难重度残疾人家庭无障碍改造). */
    HOUSEHOLD_ACCESSIBILITY_RETROFIT,
    /** Basic rehabilitation services (精准康复 / 基本康复服务). */
    BASIC_REHABILITATION;

    /** The code system of this enumeration. */
    public static final CodeSystem SYSTEM = new CodeSystem("service-programme", "Service programmes",
            "exchange format 1.1", "SDK exchange format 1.1; Qinghai 14th five-year plan 专栏2, 专栏6");

    private static final ServiceProgramme[] VALUES = values();

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
    public static ServiceProgramme fromName(String name) {
        return Codes.getByName(VALUES, name);
    }
}
