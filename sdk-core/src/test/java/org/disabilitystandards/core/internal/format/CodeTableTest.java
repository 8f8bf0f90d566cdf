package org.disabilitystandards.core.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Arrays;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.PhysicalFinding;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.code.Sex;
import org.junit.jupiter.api.Test;

class CodeTableTest {

    private static final CodeTable<PhysicalFinding> FINDINGS = new CodeTable<>(PhysicalFinding.values());

    /** Looks the text up as the reader does: inside a larger buffer, at an offset. */
    private static <E extends Enum<E> & org.disabilitystandards.core.code.CodedConcept> E find(CodeTable<E> table,
            String text, int padding) {
        char[] buffer = new char[padding + text.length() + padding];
        Arrays.fill(buffer, 'A');
        text.getChars(0, text.length(), buffer, padding);
        return table.find(buffer, padding, text.length());
    }

    @Test
    void everyConstantIsFoundByItsNameAtAnyOffset() {
        CodeTable<ServiceType> services = new CodeTable<>(ServiceType.values());
        for (ServiceType type : ServiceType.values()) {
            assertThat(find(services, type.name(), 0)).isSameAs(type);
            assertThat(find(services, type.name(), 7)).isSameAs(type);
        }
        for (PhysicalFinding finding : PhysicalFinding.values()) {
            assertThat(find(FINDINGS, finding.name(), 3)).isSameAs(finding);
        }
    }

    @Test
    void prefixesCaseVariantsAndEmptyTextAreNotCodes() {
        CodeTable<DisabilityCategory> categories = new CodeTable<>(DisabilityCategory.values());
        assertThat(find(categories, "HEARIN", 2)).isNull();
        assertThat(find(categories, "HEARINGS", 2)).isNull();
        assertThat(find(categories, "hearing", 2)).isNull();
        assertThat(find(categories, "", 2)).isNull();
        assertThat(find(categories, "DEAF", 0)).isNull();
    }

    @Test
    void aTableOfTwoConstantsHasRoomToProbe() {
        CodeTable<Sex> sexes = new CodeTable<>(Sex.values());
        for (Sex sex : Sex.values()) {
            assertThat(find(sexes, sex.name(), 1)).isSameAs(sex);
        }
        assertThat(find(sexes, "OTHER", 1)).isNull();
    }

    @Test
    void findsExactlyTheNamesOfTheCodeSystem() {
        qt().forAll(strings().ascii().ofLengthBetween(0, 40), integers().between(0, 5)).checkAssert((text, padding) -> {
            PhysicalFinding expected = Arrays.stream(PhysicalFinding.values()).filter(f -> f.name().equals(text))
                    .findFirst().orElse(null);
            assertThat(find(FINDINGS, text, padding)).isEqualTo(expected);
        });
    }
}
