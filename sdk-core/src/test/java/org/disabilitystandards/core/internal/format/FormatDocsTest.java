package org.disabilitystandards.core.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/exchange-format.schema.json and the generated field tables of docs/exchange-format.md are what the
 * field table ({@link FormatV1}) says; with {@code -Ddsds.updateDocs=true} the test rewrites them.
 */
class FormatDocsTest {

    private static final boolean UPDATE = Boolean.getBoolean("dsds.updateDocs");
    private static final Path DOCS = Path.of("..", "docs");
    private static final String REFRESH = "stale generated docs; refresh with: mvn -B -o test -pl sdk-core "
            + "-Dtest=FormatDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Ddsds.updateDocs=true";

    @Test
    void theSchemaIsCurrent() throws IOException {
        Path file = DOCS.resolve("exchange-format.schema.json");
        String expected = FormatDocs.schema();
        if (UPDATE) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8).equals(expected)).as(REFRESH).isTrue();
    }

    @Test
    void theFieldTablesOfTheDocsAreCurrent() throws IOException {
        Path file = DOCS.resolve("exchange-format.md");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int begin = text.indexOf(FormatDocs.BEGIN);
        int end = text.indexOf(FormatDocs.END);
        assertThat(begin).as("%s holds the generated section's markers", file).isGreaterThanOrEqualTo(0);
        assertThat(end).isGreaterThan(begin);
        String current = text.substring(begin, end + FormatDocs.END.length() + 1);
        if (UPDATE) {
            text = text.substring(0, begin) + FormatDocs.fieldTables() + text.substring(end + FormatDocs.END.length() + 1);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            current = FormatDocs.fieldTables();
        }
        List<String> stale = new ArrayList<>();
        if (!current.equals(FormatDocs.fieldTables())) {
            stale.add(file.toString());
        }
        assertThat(stale).as(REFRESH).isEmpty();
    }

    @Test
    void theGeneratedTablesNameEveryObjectAndCsvColumn() {
        String tables = FormatDocs.fieldTables();
        for (Shape<?, ?> shape : FormatDocs.shapes()) {
            assertThat(tables).contains("### " + shape.name());
        }
        assertThat(tables).contains("`certificateGrade` (残疾等级)", "`idNumber` (公民身份号码、身份证号、身份证号码、身份证件号码)");
    }
}
