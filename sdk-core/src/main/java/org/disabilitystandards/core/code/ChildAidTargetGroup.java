package org.disabilitystandards.core.code;

/**
 * Target groups of the children's rehabilitation aid (国发〔2018〕20号: children with visual, hearing, speech,
 * physical or intellectual disability and children with autism). Autism is no GB/T 26341 category: it is a
 * group of its own, mapped to the category under which autistic children are certified, if at all
 * (精神, mental; service-standards note §8.2, [C-sec]).
 */
public enum ChildAidTargetGroup implements NamedEnumConcept {
    /** Visual disability (视力残疾). */
    VISUAL(DisabilityCategory.VISUAL),
    /** Hearing disability (听力残疾). */
    HEARING(DisabilityCategory.HEARING),
    /** Speech disability (言语残疾). */
    SPEECH(DisabilityCategory.SPEECH),
    /** Physical disability, cerebral palsy included (肢体残疾). */
    PHYSICAL(DisabilityCategory.PHYSICAL),
    /** Intellectual disability (智力残疾). */
    INTELLECTUAL(DisabilityCategory.INTELLECTUAL),
    /** Autism (孤独症), certified, if at all, as mental disability. */
    AUTISM(DisabilityCategory.MENTAL);

    /** The code system of this enumeration. */
    public static final CodeSystem SYSTEM = new CodeSystem("child-aid-target-group",
            "Target groups of the children's rehabilitation aid", "国发〔2018〕20号", "国发〔2018〕20号 (2018-10-01)");

    private final DisabilityCategory category;

    ChildAidTargetGroup(DisabilityCategory category) {
        this.category = category;
    }

    /**
     * Returns the GB/T 26341 category a certificate of a child of this group carries.
     *
     * @return the category (mental for autism)
     */
    public DisabilityCategory certificateCategory() {
        return category;
    }

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }
}
