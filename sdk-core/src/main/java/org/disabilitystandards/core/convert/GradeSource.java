package org.disabilitystandards.core.convert;

import java.util.Objects;
import java.util.Optional;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityNature;

/**
 * The source of a grade conversion: the scale, the grade (or care level), the nature of a military or
 * police disability and, if known, the national category the impairment falls in. Validated on
 * construction.
 *
 * @param system   the source scale
 * @param grade    the grade 1-10, or the care level 0-5
 * @param nature   the nature (military and police only)
 * @param category the impaired national category, if known
 */
public record GradeSource(SourceSystem system, int grade, Optional<DisabilityNature> nature,
        Optional<DisabilityCategory> category) {

    /**
     * Creates and validates a source.
     *
     * @param system the source scale
     * @param grade the grade 1-10, or the care level 0-5
     * @param nature the nature (military and police only)
     * @param category the impaired national category, if known
     * @throws ConversionException      {@code SERVICE_GRADE.RANGE} for a grade outside the scale,
     *                                  {@code POLICE.ILLNESS} for police with nature ILLNESS,
     *                                  {@code MILITARY.ILLNESS_GRADE} for ILLNESS with grade 7-10
     * @throws IllegalArgumentException for a nature on a scale that has none
     */
    public GradeSource {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(category, "category");
        if (grade < system.minGrade() || grade > system.maxGrade()) {
            throw new ConversionException(ConversionException.SERVICE_GRADE_RANGE, system.cliName() + " grade "
                    + grade + " is outside " + system.minGrade() + "-" + system.maxGrade());
        }
        if (nature.isPresent() && !system.hasNature()) {
            throw new IllegalArgumentException(system.cliName() + " grades have no nature of disability");
        }
        if (nature.orElse(null) == DisabilityNature.ILLNESS) {
            if (system == SourceSystem.POLICE) {
                throw new ConversionException(ConversionException.POLICE_ILLNESS,
                        "police disability cannot have nature ILLNESS (only COMBAT or DUTY)");
            }
            if (grade > 6) {
                throw new ConversionException(ConversionException.MILITARY_ILLNESS_GRADE,
                        "nature ILLNESS allows grades 1-6 only, not " + grade);
            }
        }
    }

    /**
     * Creates a source without nature and category.
     *
     * @param system the scale
     * @param grade  the grade or level
     * @return the validated source
     */
    public static GradeSource of(SourceSystem system, int grade) {
        return new GradeSource(system, grade, Optional.empty(), Optional.empty());
    }

    /**
     * Creates a source with a nature (military or police).
     *
     * @param system the scale
     * @param grade  the grade
     * @param nature the nature
     * @return the validated source
     */
    public static GradeSource of(SourceSystem system, int grade, DisabilityNature nature) {
        return new GradeSource(system, grade, Optional.of(nature), Optional.empty());
    }
}
