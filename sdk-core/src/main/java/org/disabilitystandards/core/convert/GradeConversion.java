package org.disabilitystandards.core.convert;

import java.util.List;
import java.util.Objects;

/**
 * The answer to "what does this military, police, work-injury grade or care level mean on GB/T 26341-2010":
 * the source, every candidate with its relationship, whether the answer is normative, its provenance, the
 * benefit equivalences that apply to the source certificate, and notes. Immutable.
 *
 * @param source     the validated source
 * @param candidates every candidate, never empty
 * @param normative  true for a re-grading from measurements, false for a reference crosswalk
 * @param provenance the table and basis
 * @param benefits   benefit equivalences of the source certificate (military and police), else empty
 * @param notes      notes for the reader
 */
public record GradeConversion(GradeSource source, List<NationalCandidate> candidates, boolean normative,
        Provenance provenance, List<BenefitApplicability> benefits, List<String> notes) {

    /**
     * Creates a conversion; lists are copied.
     *
     * @param source the validated source
     * @param candidates every candidate, never empty
     * @param normative true for a re-grading from measurements, false for a reference crosswalk
     * @param provenance the table and basis
     * @param benefits benefit equivalences of the source certificate (military and police), else empty
     * @param notes notes for the reader
     * @throws IllegalArgumentException if there is no candidate
     */
    public GradeConversion {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(provenance, "provenance");
        candidates = List.copyOf(candidates);
        benefits = List.copyOf(benefits);
        notes = List.copyOf(notes);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a conversion has at least one candidate");
        }
    }
}
