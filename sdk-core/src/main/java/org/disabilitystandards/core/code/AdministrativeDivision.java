package org.disabilitystandards.core.code;

import java.util.Objects;
import java.util.Optional;

/**
 * One GB/T 2260 administrative division: a six-digit code with its names, level, and whether it is
 * current or retired (with the code that replaced it). Retired codes still appear in resident ID numbers,
 * whose address code is never updated when boundaries change (GB 11643-1999 clause 5.1).
 * Instances come from an {@link AdministrativeDivisions} table.
 */
public final class AdministrativeDivision implements CodedConcept {

    private final String code;
    private final String nameZh;
    private final String nameEn;
    private final DivisionLevel level;
    private final String successorCode;
    private final CodeSystem codeSystem;

    AdministrativeDivision(String code, String nameZh, String nameEn, DivisionLevel level, String successorCode,
            CodeSystem codeSystem) {
        this.code = Objects.requireNonNull(code);
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.level = Objects.requireNonNull(level);
        this.successorCode = successorCode;
        this.codeSystem = Objects.requireNonNull(codeSystem);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String nameZh() {
        return nameZh;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }

    @Override
    public CodeSystem codeSystem() {
        return codeSystem;
    }

    /**
     * Returns the level of the division.
     *
     * @return province, prefecture or county
     */
    public DivisionLevel level() {
        return level;
    }

    /**
     * Returns whether the code has been retired.
     *
     * @return true for a retired code
     */
    public boolean isRetired() {
        return successorCode != null;
    }

    /**
     * Returns the code that replaced a retired code.
     *
     * @return the successor code, empty for a current code
     */
    public Optional<String> successorCode() {
        return Optional.ofNullable(successorCode);
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
     * Returns the code of the prefecture-level unit this division lies in (first four digits + {@code 00}),
     * which may itself be retired; for a province, its own code.
     *
     * @return the prefecture code
     */
    public String prefectureCode() {
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
        return code + ' ' + nameZh + (isRetired() ? " (retired -> " + successorCode + ')' : "");
    }
}
