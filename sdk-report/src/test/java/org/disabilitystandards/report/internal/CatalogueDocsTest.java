package org.disabilitystandards.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.validation.rule.ParameterDocumentation;
import org.disabilitystandards.validation.rule.Rule;
import org.disabilitystandards.validation.rule.RuleCatalogue;
import org.junit.jupiter.api.Test;

/** The generated catalogue docs ({@code docs/rules.json}, {@code docs/rules.md}) match the bundled catalogue. */
class CatalogueDocsTest {

    /** Set to true ({@code -Ddsds.updateDocs=true}) to rewrite docs/rules.json and docs/rules.md. */
    private static final boolean UPDATE = Boolean.getBoolean("dsds.updateDocs");
    private static final Path DOCS = Path.of("..", "docs");

    @Test
    void docsAreCurrent() throws IOException {
        List<String> stale = new ArrayList<>();
        check(DOCS.resolve("rules.json"), CatalogueExport.json(), stale);
        check(DOCS.resolve("rules.md"), CatalogueExport.markdown(), stale);
        assertThat(stale).as("stale generated docs; refresh with: mvn -B -o test -pl sdk-report -am "
                + "-Dtest=CatalogueDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Ddsds.updateDocs=true").isEmpty();
    }

    private static void check(Path file, String expected, List<String> stale) throws IOException {
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        } else if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(expected)) {
            stale.add(file.toString());
        }
    }

    @Test
    void exportedJsonListsEveryRuleAndEveryParameter() {
        String json = CatalogueExport.json();
        for (Rule rule : RuleCatalogue.bundled().rules()) {
            assertThat(json).contains("\"id\" : \"" + rule.id() + "\"");
        }
        assertThat(ParameterDocumentation.bundled()).isNotEmpty()
                .allSatisfy(doc -> assertThat(json).contains("\"name\" : \"" + doc.name() + "\""));
    }
}
