package org.disabilitystandards.core.convert;

/**
 * How a conversion candidate relates to its source (the candidate's meaning compared with the source's).
 */
public enum Relationship {
    /** Same meaning (for grades: the normative GB/T 26341 re-grading). */
    EQUIVALENT,
    /** The candidate is broader than the source (for example tax certificate type 1 for visual disability). */
    BROADER,
    /** The candidate is narrower than the source (for example visual disability for an unspecified one). */
    NARROWER,
    /** Related without a set relation: a reference crosswalk's candidate, for triage only. */
    RELATED,
    /** Nothing in the target corresponds (or the source may fall below the national threshold). */
    UNMAPPED
}
