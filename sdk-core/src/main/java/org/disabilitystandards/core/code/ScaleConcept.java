package org.disabilitystandards.core.code;

/**
 * A coded concept implemented by an enum whose constants form a numbered scale in declaration order
 * (grades 1-4 or 1-10, levels 0-5). The code is the number; display names come from the bundled name
 * table {@code code-names.properties}.
 */
public interface ScaleConcept extends NamedEnumConcept {

    /**
     * Returns the position of the constant in its enum; implemented by every enum.
     *
     * @return the ordinal
     */
    int ordinal();

    /**
     * Returns the number of the first step of the scale.
     *
     * @return 1 for grades, 0 for levels that start at 0
     */
    default int firstNumber() {
        return 1;
    }

    /**
     * Returns the number of this step, for example 3 for grade 3.
     *
     * @return the number
     */
    default int number() {
        return ordinal() + firstNumber();
    }

    @Override
    default String code() {
        return Integer.toString(number());
    }
}
