package org.disabilitystandards.validation.rule;

/**
 * An inclusive range of ages in completed years.
 *
 * @param min the youngest age, at least 0
 * @param max the oldest age, at least {@code min}
 */
public record AgeRange(int min, int max) {

    /**
     * Creates a range.
     *
     * @param min the youngest age, at least 0
     * @param max the oldest age, at least {@code min}
     * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
     */
    public AgeRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("need 0 <= min <= max, got " + min + ".." + max);
        }
    }

    /**
     * Returns whether an age lies in the range.
     *
     * @param age the age in completed years
     * @return true if {@code min <= age <= max}
     */
    public boolean contains(int age) {
        return age >= min && age <= max;
    }
}
