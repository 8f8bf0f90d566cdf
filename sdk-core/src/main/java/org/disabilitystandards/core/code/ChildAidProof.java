package org.disabilitystandards.core.code;

/**
 * The proof of disability of a children's rehabilitation aid application (Qinghai implementing opinion
 * 2018-12: a disability certificate, or a diagnosis from a hospital of level 2 or higher).
 */
public enum ChildAidProof implements NamedEnumConcept {
    /** The disability certificate (残疾人证). */
    CERTIFICATE,
    /** A diagnosis from a level-2-or-higher hospital (二级以上医院诊断证明). */
    HOSPITAL_DIAGNOSIS;

    /** The code system of this enumeration. */
    public static final CodeSystem SYSTEM = new CodeSystem("child-aid-proof", "Proof of a child-aid application",
            "exchange format 1.1", "青海省实施意见 (2018-12)");

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }
}
