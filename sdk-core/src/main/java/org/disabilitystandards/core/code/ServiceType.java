package org.disabilitystandards.core.code;

import org.disabilitystandards.core.internal.Codes;

/**
 * Services received or needed by disabled people, as coded in exchange format version 1 (the service areas of the Qinghai 14th five-year plan for disabled persons).
 */
public enum ServiceType implements NamedEnumConcept {
    /** Basic rehabilitation service (基本康复服务). */
    REHABILITATION,
    /** Assistive device fitting (辅助器具适配). */
    ASSISTIVE_DEVICE_FITTING,
    /** Rehabilitation of disabled children (残疾儿童康复). */
    CHILD_REHABILITATION,
    /** Residential or home care support (托养照护). */
    CARE_SERVICE,
    /** Day care (日间照料). */
    DAY_CARE,
    /** Home visit (入户走访). */
    HOME_VISIT,
    /** Household accessibility retrofit (家庭无障碍改造). */
    ACCESSIBILITY_RETROFIT,
    /** Vocational training (职业培训). */
    VOCATIONAL_TRAINING,
    /** Employment service (就业服务). */
    EMPLOYMENT_SERVICE,
    /** Education support (教育支持). */
    EDUCATION_SUPPORT,
    /** Legal aid (法律援助). */
    LEGAL_AID,
    /** Culture and sports services (文化体育服务). */
    CULTURE_SPORTS,
    /** Community rehabilitation for mental disorders (精神障碍社区康复). */
    MENTAL_COMMUNITY_REHABILITATION;

    /** The code system of this enumeration. */
    public static final CodeSystem SYSTEM = new CodeSystem("service-type", "Service types", "exchange format 1", "SDK exchange format version 1; Qinghai 14th five-year plan");

    private static final ServiceType[] VALUES = values();

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
    public static ServiceType fromName(String name) {
        return Codes.getByName(VALUES, name);
    }
}
