package org.disabilitystandards.core.convert;

import java.util.Objects;
import java.util.Optional;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;

/**
 * A candidate GB/T 26341-2010 classification of a converted grade.
 *
 * @param category     the national category; empty means UNKNOWN
 * @param grade        the national grade; empty exactly for {@link Relationship#UNMAPPED}
 * @param relationship how the candidate relates to the source
 */
public record NationalCandidate(Optional<DisabilityCategory> category, Optional<DisabilityGrade> grade,
        Relationship relationship) {

    /**
     * Creates a candidate.
     *
     * @param category the national category; empty means UNKNOWN
     * @param grade the national grade; empty exactly for {@link Relationship#UNMAPPED}
     * @param relationship how the candidate relates to the source
     * @throws IllegalArgumentException if the grade is present for UNMAPPED or absent otherwise
     */
    public NationalCandidate {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(relationship, "relationship");
        if (grade.isPresent() == (relationship == Relationship.UNMAPPED)) {
            throw new IllegalArgumentException("a grade is given exactly when the relationship is not UNMAPPED");
        }
    }

    /**
     * Returns the category code for output: the enum name, or {@code UNKNOWN}.
     *
     * @return the category code
     */
    public String categoryCode() {
        return category.map(Enum::name).orElse("UNKNOWN");
    }
}
