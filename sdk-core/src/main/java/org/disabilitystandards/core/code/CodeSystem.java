package org.disabilitystandards.core.code;

import java.util.Objects;

/**
 * Identity of a code system: a stable id, a title, the edition the bundled table implements, and the
 * document that defines it. Code systems are compared by id and edition.
 *
 * @param id      stable identifier, for example {@code gbt26341-category}
 * @param title   human-readable title
 * @param edition edition of the bundled table, for example {@code GB/T 26341-2010}
 * @param source  the defining document (and clause) or "SDK" for the library's own lists
 */
public record CodeSystem(String id, String title, String edition, String source) {

    /**
     * Creates a code system descriptor.
     *
     * @param id      stable identifier
     * @param title   human-readable title
     * @param edition edition of the bundled table
     * @param source  the defining document
     * @throws NullPointerException if any component is null
     */
    public CodeSystem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(source, "source");
    }
}
