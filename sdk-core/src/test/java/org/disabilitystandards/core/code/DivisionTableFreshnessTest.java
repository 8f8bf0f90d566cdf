package org.disabilitystandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The bundled division table is generated, never edited: it must equal what {@link DivisionTableGenerator}
 * builds from {@code src/data/gbt2260}, and those copies must equal the shared reference data when a checkout
 * has it beside the repository ({@code ../shared/data}).
 */
class DivisionTableFreshnessTest {

    private static final String REFRESH = "refresh with: cd sdk-core && mvn -q -B test-compile && java -cp "
            + "target/test-classes:target/classes org.disabilitystandards.core.code.DivisionTableGenerator "
            + "(or copy ../shared/data/<file> to sdk-core/src/data/gbt2260/ first)";

    @Test
    void bundledTableEqualsTheGeneratorOutput() throws Exception {
        String generated = DivisionTableGenerator.generate(DivisionTableGenerator.DATA);
        String bundled = Files.readString(DivisionTableGenerator.RESOURCE, StandardCharsets.UTF_8);
        assertThat(bundled).as("bundled gbt2260-divisions.csv is stale; " + REFRESH).isEqualTo(generated);
    }

    @Test
    void repositoryCopiesEqualTheSharedData() throws Exception {
        for (Path shared : new Path[] {Paths.get("..", "..", "shared", "data"), Paths.get("..", "shared", "data")}) {
            if (!Files.isDirectory(shared)) {
                continue;
            }
            for (String file : new String[] {"gbt2260-history.csv", "nbs-statistical-only-codes.csv",
                "gbt2260-history.README.md"}) {
                assertThat(Files.readAllBytes(DivisionTableGenerator.DATA.resolve(file)))
                        .as(file + " differs from " + shared + "; " + REFRESH)
                        .isEqualTo(Files.readAllBytes(shared.resolve(file)));
            }
        }
        assertThat(DivisionTableGenerator.DATA.resolve("gbt2260-history.csv")).exists();
    }

    @Test
    void theStemRuleIgnoresUnitSuffixes() {
        assertThat(DivisionTableGenerator.stem("湟中县")).isEqualTo(DivisionTableGenerator.stem("湟中区"));
        assertThat(DivisionTableGenerator.stem("海东地区")).isEqualTo("海东");
        assertThat(DivisionTableGenerator.stem("大通回族土族自治县")).isEqualTo("大通回族土族");
        assertThat(DivisionTableGenerator.stem("市")).isEqualTo("市");
    }
}
