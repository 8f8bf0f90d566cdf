package org.disabilitystandards.core.code;

/**
 * The code systems a service item code can belong to (exchange format 1.1). A code always travels with its
 * system and edition: the SDK never guesses one system from another. The assistive-product systems are
 * distinct on purpose: GB/T 16432 (identical to ISO 9999 editions: 2016 = ISO 9999:2011) and ISO 9999 share
 * the class/subclass/division structure, while the civil-affairs catalogue (《中国康复辅助器具目录》) renumbers
 * its main classes 01-12 and appends a product serial, so the same device carries two different six-digit
 * codes (service-standards note 1.2); local subsidy catalogues use their own ids.
 */
public enum ItemCodeSystem implements NamedEnumConcept {
    /** GB/T 16432 康复辅助器具 分类和术语 (2+2+2 digits: class, subclass, division). */
    GBT_16432(ItemKind.ASSISTIVE_PRODUCT),
    /** ISO 9999 Assistive products — Classification and terminology (2+2+2 digits). */
    ISO_9999(ItemKind.ASSISTIVE_PRODUCT),
    /** 民政部 《中国康复辅助器具目录》: renumbered main classes 01-12, ISO pairs, optional 2-digit product serial. */
    MCA_AT_CATALOGUE(ItemKind.ASSISTIVE_PRODUCT),
    /** A local assistive-device subsidy or basic-configuration catalogue (基本配置目录): its own row ids. */
    LOCAL_AT_CATALOGUE(ItemKind.ASSISTIVE_PRODUCT),
    /** The SDK's list of children's rehabilitation aid items ({@link ChildAidItem}). */
    CHILD_AID_ITEM(ItemKind.AID_ITEM),
    /** The SDK's list of household retrofit item families ({@link RetrofitItem}). */
    RETROFIT_ITEM(ItemKind.RETROFIT_ITEM),
    /** A local rehabilitation service catalogue (the national 基本康复服务目录 was not found in public sources). */
    LOCAL_REHABILITATION_ITEM(ItemKind.REHABILITATION_ITEM);

    /** The code system of this enumeration. */
    public static final CodeSystem SYSTEM = new CodeSystem("item-code-system", "Service item code systems",
            "exchange format 1.1", "SDK exchange format 1.1; GB/T 16432; ISO 9999; 民政部 康复辅助器具目录");

    private final ItemKind kind;

    ItemCodeSystem(ItemKind kind) {
        this.kind = kind;
    }

    /**
     * Returns the kind of the items this system codes.
     *
     * @return the item kind
     */
    public ItemKind kind() {
        return kind;
    }

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }
}
