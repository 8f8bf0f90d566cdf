package org.disabilitystandards.core.code;

/**
 * Items of the children's rehabilitation aid (code system {@link ItemCodeSystem#CHILD_AID_ITEM}): the aid pays
 * for surgery, assistive devices and rehabilitation training (国发〔2018〕20号); the finer items are those
 * Qinghai's implementing opinion (2018-12) caps separately.
 */
public enum ChildAidItem implements NamedEnumConcept {
    /** Cochlear implant surgery (人工耳蜗植入手术). */
    COCHLEAR_IMPLANT_SURGERY(Kind.SURGERY),
    /** Corrective surgery of the limbs (肢体矫治手术). */
    CORRECTIVE_SURGERY(Kind.SURGERY),
    /** Hearing-aid fitting (助听器适配). */
    HEARING_AID_FITTING(Kind.DEVICE),
    /** Other assistive devices (辅助器具适配). */
    ASSISTIVE_DEVICE(Kind.DEVICE),
    /** Visual function training (视功能训练). */
    VISUAL_TRAINING(Kind.TRAINING),
    /** Rehabilitation training: hearing and speech, cerebral palsy, intellectual, autism (康复训练). */
    REHABILITATION_TRAINING(Kind.TRAINING);

    /** The code system of this enumeration. */
    public static final CodeSystem SYSTEM = new CodeSystem("child-aid-item", "Children's rehabilitation aid items",
            "dsds 2026.1", "国发〔2018〕20号; 青海省实施意见 (2018-12)");

    /** The three kinds of aid the national rule names. */
    public enum Kind {
        /** Surgery (手术). */
        SURGERY,
        /** Assistive device provision (辅助器具配置). */
        DEVICE,
        /** Rehabilitation training (康复训练). */
        TRAINING
    }

    private final Kind kind;

    ChildAidItem(Kind kind) {
        this.kind = kind;
    }

    /**
     * Returns the kind of aid.
     *
     * @return surgery, device or training
     */
    public Kind kind() {
        return kind;
    }

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }
}
