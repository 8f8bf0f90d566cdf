package org.disabilitystandards.core.code;

/**
 * A coded concept implemented by an enum whose code is its constant name (as written in the exchange
 * format) and whose display names come from the bundled, versioned name table of its own package,
 * {@code code-names.properties}.
 */
public interface NamedEnumConcept extends CodedConcept {

    /**
     * Returns the enum constant name; implemented by every enum.
     *
     * @return the constant name
     */
    String name();

    @Override
    default String code() {
        return name();
    }

    @Override
    default String nameZh() {
        return ConceptNames.name(getClass(), name(), "zh");
    }

    @Override
    default String nameEn() {
        return ConceptNames.name(getClass(), name(), "en");
    }
}
