package org.disabilitystandards.testkit.generators;

import java.util.List;
import java.util.Objects;
import org.disabilitystandards.core.code.AdministrativeDivision;
import org.disabilitystandards.core.code.AdministrativeDivisions;
import org.disabilitystandards.core.code.CodedConcept;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of codes: any constant of a code-system enum of {@code org.disabilitystandards.core.code}
 * ({@link org.disabilitystandards.core.code.DisabilityCategory}, {@link org.disabilitystandards.core.code.BenefitType},
 * ...), and real county-level codes of the bundled GB/T 2260 table (Qinghai: prefix {@code 63}).
 */
public final class CodeGenerators {

    /** The GB/T 2260 province code of Qinghai. */
    public static final String QINGHAI = "63";

    private CodeGenerators() {
    }

    /**
     * Generates the constants of a code system.
     *
     * @param codeSystem the enum class, for example {@code DisabilityGrade.class}
     * @param <E>        the enum type
     * @return a generator of every constant
     */
    public static <E extends Enum<E> & CodedConcept> Gen<E> codes(Class<E> codeSystem) {
        return Generate.enumValues(Objects.requireNonNull(codeSystem, "codeSystem"));
    }

    /**
     * Generates current county-level GB/T 2260 divisions of the bundled table under a prefix
     * ({@link AdministrativeDivisions#currentCounties(String)}; statistical-only codes are not included).
     *
     * @param prefix a 2- or 4-digit code prefix, for example {@code 63} or {@code 6301}
     * @return a generator of divisions
     * @throws IllegalArgumentException if the table has no current county under the prefix
     */
    public static Gen<AdministrativeDivision> counties(String prefix) {
        List<AdministrativeDivision> counties = AdministrativeDivisions.bundled().currentCounties(prefix);
        if (counties.isEmpty()) {
            throw new IllegalArgumentException("no current county under prefix " + prefix);
        }
        return Generate.pick(counties);
    }

    /**
     * Generates the codes of current Qinghai counties (630102 城东区 ... 632823 天峻县).
     *
     * @return a generator of 6-digit codes
     */
    public static Gen<String> qinghaiCountyCodes() {
        return counties(QINGHAI).map(AdministrativeDivision::code);
    }
}
