package org.disabilitystandards.validation.indicator;

import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;

/**
 * A set of certificate classes (category and grade pairs), for eligibility parameters of a profile such
 * as "grades 1-2, any category" or "grade 3 of INTELLECTUAL and MENTAL". Immutable; a lookup is one array
 * access.
 */
public final class CertificateClasses {

    private static final int CATEGORIES = DisabilityCategory.values().length;
    private static final int GRADES = DisabilityGrade.values().length;

    private final boolean[] covered;

    private CertificateClasses(boolean[] covered) {
        this.covered = covered;
    }

    /**
     * Starts an empty set.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns whether a certificate class is in the set.
     *
     * @param category the certificate category
     * @param grade    the certificate grade
     * @return true if covered
     */
    public boolean covers(DisabilityCategory category, DisabilityGrade grade) {
        return covered[category.ordinal() * GRADES + grade.ordinal()];
    }

    /**
     * Returns a readable description, such as {@code grade 1 (any); grade 3 (INTELLECTUAL, MENTAL)}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (DisabilityGrade grade : DisabilityGrade.values()) {
            List<String> categories = new ArrayList<>();
            for (DisabilityCategory category : DisabilityCategory.values()) {
                if (covers(category, grade)) {
                    categories.add(category.name());
                }
            }
            if (categories.size() == CATEGORIES) {
                parts.add("grade " + grade.number() + " (any)");
            } else if (!categories.isEmpty()) {
                parts.add("grade " + grade.number() + " " + categories);
            }
        }
        return String.join("; ", parts);
    }

    /** Collects classes; not thread-safe. */
    public static final class Builder {
        private final boolean[] covered = new boolean[CATEGORIES * GRADES];

        private Builder() {
        }

        /**
         * Adds a grade for some categories.
         *
         * @param grade      the grade
         * @param categories the categories; none means every category
         * @return this builder
         */
        public Builder add(DisabilityGrade grade, List<DisabilityCategory> categories) {
            List<DisabilityCategory> chosen = categories.isEmpty() ? List.of(DisabilityCategory.values()) : categories;
            for (DisabilityCategory category : chosen) {
                covered[category.ordinal() * GRADES + grade.ordinal()] = true;
            }
            return this;
        }

        /**
         * Builds the immutable set.
         *
         * @return the set
         */
        public CertificateClasses build() {
            return new CertificateClasses(covered.clone());
        }
    }
}
