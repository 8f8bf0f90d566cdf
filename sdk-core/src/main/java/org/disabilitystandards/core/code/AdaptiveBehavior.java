package org.disabilitystandards.core.code;

import java.util.Optional;
import org.disabilitystandards.core.internal.Codes;

/**
 * Levels of adaptive behaviour impairment (适应行为) used by GB/T 26341-2010 clauses 5.4 (intellectual) and 5.6 (mental).
 */
public enum AdaptiveBehavior implements NamedEnumConcept {
    /** Extreme impairment (极重度), grade 1. */
    EXTREME,
    /** Severe impairment (重度), grade 2. */
    SEVERE,
    /** Moderate impairment (中度), grade 3. */
    MODERATE,
    /** Mild impairment (轻度), grade 4. */
    MILD,
    /** No impairment (无). */
    NONE;

    /** The code system of this enumeration. */
    public static final CodeSystem SYSTEM = new CodeSystem("adaptive-behavior", "Adaptive behaviour impairment", "GB/T 26341-2010", "GB/T 26341-2010 clauses 5.4 and 5.6");

    private static final AdaptiveBehavior[] VALUES = values();

    /**
     * Returns the disability grade this level of impairment indicates (EXTREME 1 ... MILD 4), or empty for
     * {@link #NONE}.
     *
     * @return the indicated grade
     */
    public Optional<DisabilityGrade> indicatedGrade() {
        return this == NONE ? Optional.empty() : Optional.of(DisabilityGrade.of(ordinal() + 1));
    }

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
    public static AdaptiveBehavior fromName(String name) {
        return Codes.getByName(VALUES, name);
    }
}
