package org.disabilitystandards.core.code;

/**
 * What a coded service item is (exchange format 1.1): the kind follows from the item's code system, so that a
 * code is never read as an item of another kind.
 */
public enum ItemKind implements NamedEnumConcept {
    /** A rehabilitation service item (康复服务项目). */
    REHABILITATION_ITEM,
    /** An item of the children's rehabilitation aid (救助项目: surgery, device, training). */
    AID_ITEM,
    /** A household accessibility retrofit item (无障碍改造项目). */
    RETROFIT_ITEM,
    /** An assistive product (康复辅助器具). */
    ASSISTIVE_PRODUCT;

    /** The code system of this enumeration. */
    public static final CodeSystem SYSTEM = new CodeSystem("item-kind", "Kinds of service items",
            "exchange format 1.1", "SDK exchange format 1.1");

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }
}
