package org.disabilitystandards.validation.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The documentation of one profile parameter, as the versioned resource {@code profiles.json} states it: its
 * name (as in {@link ProfileParameters}), what it means, the source that sets it (document and clause) and how
 * well its value is established. Read by the documentation export of the rule catalogue
 * ({@code docs/rules.md}, "Profile parameters"). Immutable.
 *
 * @param name        the parameter name, for example {@code childAidMaxAge}
 * @param description what the parameter means
 * @param source      the document and clause that set it
 * @param confidence  how well its value is established
 */
public record ParameterDocumentation(String name, String description, String source, Confidence confidence) {

    /**
     * Creates the documentation of a parameter.
     *
     * @param name        see the record component
     * @param description see the record component
     * @param source      see the record component
     * @param confidence  see the record component
     */
    public ParameterDocumentation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
    }

    /**
     * Returns the documentation of every parameter of the bundled profiles, in the order of
     * {@code profiles.json}.
     *
     * @return the documentation, one entry per parameter
     */
    public static List<ParameterDocumentation> bundled() {
        List<ParameterDocumentation> docs = new ArrayList<>();
        for (ProfileData.ParameterDoc doc : ProfileData.bundled().parameterDocs()) {
            docs.add(new ParameterDocumentation(doc.name(), doc.description(), doc.source(), doc.confidence()));
        }
        return List.copyOf(docs);
    }
}
