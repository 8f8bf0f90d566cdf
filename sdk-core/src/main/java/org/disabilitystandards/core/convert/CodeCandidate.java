package org.disabilitystandards.core.convert;

import java.util.Objects;
import java.util.Optional;

/**
 * A candidate code of a code-system translation.
 *
 * @param system       the target system
 * @param code         the target code (several health-record codes are joined with {@code |}); empty
 *                     exactly for {@link Relationship#UNMAPPED}
 * @param name         the code's Chinese name; empty for UNMAPPED
 * @param relationship how the candidate relates to the source
 */
public record CodeCandidate(TranslationSystem system, Optional<String> code, Optional<String> name,
        Relationship relationship) {

    /**
     * Creates a candidate.
     *
     * @param system the target system
     * @param code the target code (several health-record codes are joined with {@code |}); empty
     * @param name the code's Chinese name; empty for UNMAPPED
     * @param relationship how the candidate relates to the source
     * @throws IllegalArgumentException if the code is present for UNMAPPED or absent otherwise
     */
    public CodeCandidate {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(relationship, "relationship");
        if (code.isPresent() == (relationship == Relationship.UNMAPPED)) {
            throw new IllegalArgumentException("a code is given exactly when the relationship is not UNMAPPED");
        }
    }
}
