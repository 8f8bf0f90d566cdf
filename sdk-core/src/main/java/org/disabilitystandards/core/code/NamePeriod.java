package org.disabilitystandards.core.code;

import java.util.Objects;

/**
 * One period in which a GB/T 2260 code carried one name: the first and last MCA year-end editions
 * (中华人民共和国县以上行政区划代码, status at 31 December of the year) that list the code with that name.
 * A change therefore happened after {@code lastEdition} and on or before the next year-end edition. For a
 * statistical-only code the years are those of the NBS lists (统计用区划代码).
 *
 * @param nameZh       the name as printed in the table
 * @param nameEn       an English (pinyin-based) name, or the Chinese name where none is known
 * @param firstEdition the year of the first edition listing the code with this name
 * @param lastEdition  the year of the last such edition, or 0 while the name is current
 */
public record NamePeriod(String nameZh, String nameEn, int firstEdition, int lastEdition) {

    /**
     * Validates the period.
     *
     * @param nameZh       the name
     * @param nameEn       the English name
     * @param firstEdition first year
     * @param lastEdition  last year or 0
     * @throws IllegalArgumentException if the last year precedes the first
     */
    public NamePeriod {
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        if (lastEdition != 0 && lastEdition < firstEdition) {
            throw new IllegalArgumentException("last edition before first edition");
        }
    }

    /**
     * Returns whether the name is still in the newest edition.
     *
     * @return true while current
     */
    public boolean isCurrent() {
        return lastEdition == 0;
    }

    /**
     * Returns whether the year-end edition of a year lists the code with this name.
     *
     * @param year the edition year
     * @return true if the period covers it
     */
    public boolean covers(int year) {
        return year >= firstEdition && (lastEdition == 0 || year <= lastEdition);
    }
}
