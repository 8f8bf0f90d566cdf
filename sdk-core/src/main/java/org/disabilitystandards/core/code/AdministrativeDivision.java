package org.disabilitystandards.core.code;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One code of an {@link AdministrativeDivisions} table with its history: a GB/T 2260 administrative
 * division as published in the MCA year-end editions, or, kept apart and named as such, a statistical-only
 * code of the NBS division lists (统计用区划代码: 行政委员会, development zones), which is not a GB/T 2260
 * code. Retired codes keep their meaning in resident ID numbers, whose address code is the registration
 * place when the number was assigned and is never updated (GB 11643-1999 clause 5.2).
 */
public final class AdministrativeDivision implements CodedConcept {

    private final String code;
    private final DivisionLevel level;
    private final List<NamePeriod> periods;
    private final List<String> successorCodes;
    private final boolean statisticalOnly;
    private final String parentCode;
    private final CodeSystem codeSystem;

    AdministrativeDivision(String code, DivisionLevel level, List<NamePeriod> periods, List<String> successorCodes,
            boolean statisticalOnly, String parentCode, CodeSystem codeSystem) {
        this.code = Objects.requireNonNull(code);
        this.level = Objects.requireNonNull(level);
        this.periods = List.copyOf(periods);
        if (this.periods.isEmpty()) {
            throw new IllegalArgumentException("a division needs at least one name period");
        }
        this.successorCodes = List.copyOf(successorCodes);
        this.statisticalOnly = statisticalOnly;
        this.parentCode = Objects.requireNonNull(parentCode);
        this.codeSystem = Objects.requireNonNull(codeSystem);
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Returns the newest name (the current name of a current code, the last name of a retired one).
     *
     * @return the Chinese name
     */
    @Override
    public String nameZh() {
        return latest().nameZh();
    }

    /**
     * Returns the English (pinyin-based) form of the newest name, or the Chinese name where the SDK
     * has no English form.
     *
     * @return the English name
     */
    @Override
    public String nameEn() {
        return latest().nameEn();
    }

    @Override
    public CodeSystem codeSystem() {
        return codeSystem;
    }

    /**
     * Returns the level of the division, from the code pattern ({@code XX0000} province, {@code XXXX00}
     * prefecture, else county).
     *
     * @return province, prefecture or county
     */
    public DivisionLevel level() {
        return level;
    }

    /**
     * Returns the names of the code over time, oldest first.
     *
     * @return an immutable list of at least one period
     */
    public List<NamePeriod> periods() {
        return periods;
    }

    /**
     * Returns whether this is a statistical-only code of the NBS lists, not a GB/T 2260 code.
     *
     * @return true for a statistical-only code
     */
    public boolean isStatisticalOnly() {
        return statisticalOnly;
    }

    /**
     * Returns whether the code is in the newest edition of its source (MCA for GB/T 2260 codes, the newest
     * NBS list for statistical-only codes).
     *
     * @return true if current
     */
    public boolean isCurrent() {
        return latest().isCurrent();
    }

    /**
     * Returns whether the code is no longer in the newest edition.
     *
     * @return true for a retired code
     */
    public boolean isRetired() {
        return !isCurrent();
    }

    /**
     * Returns the codes that replaced a retired code (renamed, renumbered or moved units), as derived
     * from the edition history: empty for a current code and for a code merged into a differently named
     * unit. Usually one code; a few splits have two.
     *
     * @return an immutable list of codes
     */
    public List<String> successorCodes() {
        return successorCodes;
    }

    /**
     * Returns the first successor of a retired code.
     *
     * @return the successor code, empty for a current code or when no successor is known
     */
    public Optional<String> successorCode() {
        return successorCodes.isEmpty() ? Optional.empty() : Optional.of(successorCodes.get(0));
    }

    /**
     * Returns the year of the first edition that lists the code.
     *
     * @return the year, for example 1980
     */
    public int firstEdition() {
        return periods.get(0).firstEdition();
    }

    /**
     * Returns the year of the last edition that lists the code.
     *
     * @return the year, empty for a current code
     */
    public Optional<Integer> lastEdition() {
        int last = latest().lastEdition();
        return last == 0 ? Optional.empty() : Optional.of(last);
    }

    /**
     * Returns whether the year-end edition of a year lists the code.
     *
     * @param year the edition year
     * @return true if listed
     */
    public boolean existsIn(int year) {
        return periodIn(year).isPresent();
    }

    /**
     * Returns the name the code had on a date, to the accuracy of the year-end editions: the name in the
     * edition of the date's year, else (the code changed during that year) in the previous year's edition.
     *
     * @param date the date
     * @return the Chinese name, empty if neither edition lists the code
     */
    public Optional<String> nameOn(LocalDate date) {
        Optional<NamePeriod> period = periodIn(date.getYear());
        if (period.isEmpty()) {
            period = periodIn(date.getYear() - 1);
        }
        return period.map(NamePeriod::nameZh);
    }

    private Optional<NamePeriod> periodIn(int year) {
        for (NamePeriod period : periods) {
            if (period.covers(year)) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }

    private NamePeriod latest() {
        return periods.get(periods.size() - 1);
    }

    /**
     * Returns the code of the province this division lies in (first two digits + {@code 0000}).
     *
     * @return the province code
     */
    public String provinceCode() {
        return code.substring(0, 2) + "0000";
    }

    /**
     * Returns the code of the prefecture-level unit this division lies in, which may itself be retired:
     * for a GB/T 2260 code the first four digits + {@code 00} (for a province its own code), for a
     * statistical-only code the parent the NBS list names.
     *
     * @return the prefecture code
     */
    public String prefectureCode() {
        if (statisticalOnly) {
            return parentCode;
        }
        return level == DivisionLevel.PROVINCE ? code : code.substring(0, 4) + "00";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AdministrativeDivision
                && ((AdministrativeDivision) other).code.equals(code)
                && ((AdministrativeDivision) other).codeSystem.equals(codeSystem);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + ' ' + nameZh() + (statisticalOnly ? " (statistical-only)" : "")
                + (isRetired() ? " (retired" + (successorCodes.isEmpty() ? "" : " -> " + String.join("|", successorCodes))
                        + ')' : "");
    }
}
