package org.disabilitystandards.core.catalogue;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.ItemCodeSystem;

/**
 * One row of an assistive-device catalogue: a product (code with its system and edition, and the catalogue's
 * device name), who it is for, its replacement interval (使用年限), its subsidy cap and whether an assessment is
 * required (columns of the local 基本配置目录: 金寨 2025; Beijing 京残发〔2018〕46号).
 *
 * @param line              the line of the CSV file the row came from (1-based)
 * @param system            the code system of {@code code}
 * @param edition           the edition of the code system
 * @param code              the product code, normalised ({@link org.disabilitystandards.core.code.ItemCodes#normalize})
 * @param device            the catalogue's device name
 * @param categories        the categories the device is for; empty: any
 * @param grades            the grades the device is for; empty: any
 * @param minAge            the youngest age (completed years), or -1 for none
 * @param maxAge            the oldest age (completed years), or -1 for none
 * @param replacementYears  the years before the same device may be issued again; 0 for no interval
 * @param subsidyCapFen     the subsidy cap in fen, if the catalogue sets one
 * @param assessmentRequired whether an assessment must come before the fitting
 */
public record CatalogueRow(int line, ItemCodeSystem system, String edition, String code, String device,
        Set<DisabilityCategory> categories, Set<DisabilityGrade> grades, int minAge, int maxAge,
        int replacementYears, OptionalLong subsidyCapFen, boolean assessmentRequired) {

    /**
     * Creates a row.
     *
     * @param line               see the record component
     * @param system             see the record component
     * @param edition            see the record component
     * @param code               see the record component
     * @param device             see the record component
     * @param categories         see the record component
     * @param grades             see the record component
     * @param minAge             see the record component
     * @param maxAge             see the record component
     * @param replacementYears   see the record component
     * @param subsidyCapFen      see the record component
     * @param assessmentRequired see the record component
     * @throws NullPointerException if a reference component is null
     */
    public CatalogueRow {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(device, "device");
        categories = Set.copyOf(categories);
        grades = Set.copyOf(grades);
        Objects.requireNonNull(subsidyCapFen, "subsidyCapFen");
    }

    /**
     * Returns whether the row allows the device for a person.
     *
     * @param category the certificate's category, or null without a certificate
     * @param grade    the certificate's grade, or null without a certificate
     * @param age      the age in completed years, or -1 when unknown
     * @return false when the row restricts category, grade or age and the person is outside (or unknown)
     */
    public boolean allows(DisabilityCategory category, DisabilityGrade grade, int age) {
        if (!categories.isEmpty() && (category == null || !categories.contains(category))) {
            return false;
        }
        if (!grades.isEmpty() && (grade == null || !grades.contains(grade))) {
            return false;
        }
        if (minAge >= 0 && (age < 0 || age < minAge)) {
            return false;
        }
        return maxAge < 0 || age >= 0 && age <= maxAge;
    }
}
