package org.disabilitystandards.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.disabilitystandards.core.code.AdministrativeDivisions;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.convert.BenefitEquivalences;
import org.disabilitystandards.core.convert.CodeTranslator;
import org.disabilitystandards.core.convert.Crosswalk;
import org.disabilitystandards.core.convert.EquivalentBenefit;
import org.disabilitystandards.core.convert.SourceSystem;
import org.disabilitystandards.core.grading.Gb26341Grading;
import org.disabilitystandards.core.internal.table.TableLoader;
import org.junit.jupiter.api.Test;

/**
 * The build-time check of sdk-core's bundled tables: every resource table is registered here with its loader,
 * every one loads through its schema, and every one declares an edition that is visible at run time.
 */
class BundledTablesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    /** Each bundled table and how its edition is read at run time (loading it through its schema). */
    private static final Map<String, Supplier<String>> TABLES = Map.of(
            "org/disabilitystandards/core/code/gbt2260-divisions.csv",
            () -> AdministrativeDivisions.bundled().codeSystem().edition(),
            "org/disabilitystandards/core/code/code-names.properties",
            () -> TableLoader.bundledProperties(DisabilityCategory.class, "code-names.properties").edition(),
            "org/disabilitystandards/core/convert/code-names.properties",
            () -> TableLoader.bundledProperties(EquivalentBenefit.class, "code-names.properties").edition(),
            "org/disabilitystandards/core/convert/benefit-equivalences.json",
            () -> BenefitEquivalences.bundled().version(),
            "org/disabilitystandards/core/convert/code-translation.json",
            () -> CodeTranslator.bundled().provenance().version(),
            "org/disabilitystandards/core/convert/military-police-gbt26341-reference.json",
            () -> Crosswalk.bundled(SourceSystem.MILITARY).provenance().version(),
            "org/disabilitystandards/core/convert/work-injury-gbt26341-reference.json",
            () -> Crosswalk.bundled(SourceSystem.WORK_INJURY).provenance().version(),
            "org/disabilitystandards/core/convert/care-level-gbt26341-reference.json",
            () -> Crosswalk.bundled(SourceSystem.CARE_LEVEL).provenance().version(),
            "org/disabilitystandards/core/grading/gbt26341-2010-thresholds.json",
            () -> Gb26341Grading.standard().tableVersion());

    @Test
    void everyBundledTableIsRegisteredLoadsThroughItsSchemaAndHasAnEdition() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> RESOURCES.relativize(f).toString()
                    .replace('\\', '/')).filter(f -> !f.startsWith("META-INF/")))
                    .as("every bundled table has a loader in this test").containsExactlyInAnyOrderElementsOf(
                            TABLES.keySet());
        }
        TABLES.forEach((table, edition) -> assertThat(edition.get()).as(table).isNotBlank());
    }
}
