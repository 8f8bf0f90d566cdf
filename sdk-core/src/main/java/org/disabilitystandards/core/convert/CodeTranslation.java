package org.disabilitystandards.core.convert;

import java.util.List;
import java.util.Objects;

/**
 * The result of translating a code between disability code systems, in the same shape as
 * {@link GradeConversion}: source, every candidate with its relationship, normative flag, provenance,
 * benefit equivalences (none for a bare code) and notes. Immutable.
 *
 * @param sourceSystem the source system
 * @param sourceCode   the source code as given
 * @param candidates   every candidate, never empty
 * @param normative    whether the alignment is normative
 * @param provenance   the table and basis
 * @param benefits     benefit equivalences (empty: a code carries no grade)
 * @param notes        notes for the reader
 */
public record CodeTranslation(TranslationSystem sourceSystem, String sourceCode, List<CodeCandidate> candidates,
        boolean normative, Provenance provenance, List<BenefitApplicability> benefits, List<String> notes) {

    /**
     * Creates a translation; lists are copied.
     *
     * @param sourceSystem the source system
     * @param sourceCode the source code as given
     * @param candidates every candidate, never empty
     * @param normative whether the alignment is normative
     * @param provenance the table and basis
     * @param benefits benefit equivalences (empty: a code carries no grade)
     * @param notes notes for the reader
     * @throws IllegalArgumentException if there is no candidate
     */
    public CodeTranslation {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(sourceCode, "sourceCode");
        Objects.requireNonNull(provenance, "provenance");
        candidates = List.copyOf(candidates);
        benefits = List.copyOf(benefits);
        notes = List.copyOf(notes);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a translation has at least one candidate");
        }
    }
}
