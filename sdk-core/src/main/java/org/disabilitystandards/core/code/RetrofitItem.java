package org.disabilitystandards.core.code;

/**
 * Item families of household accessibility retrofits (code system {@link ItemCodeSystem#RETROFIT_ITEM}), the
 * union of the local item lists found (金安区, 临洮 2023; service-standards note §5). Which items suit which
 * disability category is a profile parameter, not part of this list.
 */
public enum RetrofitItem implements NamedEnumConcept {
    /** Entrance ramp (入户坡道). */
    ENTRANCE_RAMP,
    /** Door widening or threshold removal (门改造). */
    DOOR_ADAPTATION,
    /** Handrails and grab bars (扶手). */
    GRAB_BARS,
    /** Toilet adaptation (坐便改造). */
    TOILET_ADAPTATION,
    /** Low or level-access shower (淋浴改造). */
    SHOWER_ADAPTATION,
    /** Kitchen and stove adaptation (厨房改造). */
    KITCHEN_ADAPTATION,
    /** Non-slip floor (地面防滑). */
    FLOOR_ADAPTATION,
    /** Flashing doorbell (闪光门铃). */
    FLASHING_DOORBELL,
    /** Vibrating or flashing alarm (震动/闪光报警器). */
    VISUAL_VIBRATING_ALARM,
    /** Tactile paving (盲道). */
    TACTILE_PAVING,
    /** Intercom or video doorbell (可视/对讲门铃). */
    INTERCOM_DOORBELL,
    /** Screen reader (读屏软件). */
    SCREEN_READER,
    /** Voice-controlled switches (声控开关). */
    VOICE_SWITCHES,
    /** Gas-leak alarm (燃气泄漏报警器). */
    GAS_LEAK_ALARM;

    /** The code system of this enumeration. */
    public static final CodeSystem SYSTEM = new CodeSystem("retrofit-item", "Household retrofit item families",
            "dsds 2026.1", "local retrofit rules (金安区; 临洮 2023)");

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }
}
