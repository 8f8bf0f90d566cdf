package org.disabilitystandards.core.internal.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.table.TableException;
import org.disabilitystandards.core.table.TableException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error path of the one table loader gives one {@link TableException} with table, edition and position. */
class TableLoaderTest {

    /** A small table schema: an edition and rows with a code, a category and a count. */
    record Table(@JsonProperty(required = true) String edition, @JsonProperty(required = true) List<Row> rows) {
        Table {
            TableChecks.nonBlank("edition", edition);
            TableChecks.nonEmpty("rows", rows);
        }
    }

    record Row(@JsonProperty(required = true) String code, @JsonProperty(required = true) DisabilityCategory category,
            @JsonProperty(required = true) int count, Boolean optional) {
        Row {
            TableChecks.range("count", count, 0, 99);
        }
    }

    private static List<Row> load(String json) {
        return TableLoader.json("test.json", stream(json), Table.class, Table::edition, table -> {
            for (int i = 1; i < table.rows().size(); i++) {
                if (table.rows().get(i).code().equals(table.rows().get(i - 1).code())) {
                    throw TableProblem.at("/rows/" + i + "/code", Reason.DUPLICATE_KEY, "code repeated");
                }
            }
            return table.rows();
        });
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String HEAD = "{\"edition\":\"E7\",\"rows\":[";

    @Test
    void aValidTableBinds() {
        assertThat(load(HEAD + "{\"code\":\"a\",\"category\":\"VISUAL\",\"count\":3}]}"))
                .containsExactly(new Row("a", DisabilityCategory.VISUAL, 3, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"category\":\"VISUAL\",\"count\":3}]}|/rows/0/code|MISSING_FIELD|missing field code",
        "{\"code\":\"a\",\"category\":\"VISUAL\",\"count\":\"3\"}]}|/rows/0/count|WRONG_TYPE|expected a whole number",
        "{\"code\":\"a\",\"category\":\"VISUAL\",\"count\":3.5}]}|/rows/0/count|WRONG_TYPE|expected a whole number",
        "{\"code\":\"a\",\"category\":\"VISUAL\",\"count\":3,\"optional\":\"yes\"}]}|/rows/0/optional|WRONG_TYPE|expected true or false",
        "{\"code\":[],\"category\":\"VISUAL\",\"count\":3}]}|/rows/0/code|WRONG_TYPE|expected a string",
        "{\"code\":\"a\",\"category\":\"SMELL\",\"count\":3}]}|/rows/0/category|UNKNOWN_CODE|not a code of DisabilityCategory",
        "{\"code\":\"a\",\"category\":\"VISUAL\",\"count\":3,\"colour\":1}]}|/rows/0/colour|UNKNOWN_FIELD|unknown field colour (known: category, code, count, optional)",
        "{\"code\":\"a\",\"category\":\"VISUAL\",\"count\":3,\"count\":4}]}|/rows/0/count|DUPLICATE_KEY|field count appears twice",
        "{\"code\":\"a\",\"category\":\"VISUAL\",\"count\":100}]}|/rows/0/count|INVALID_VALUE|count is outside 0-99",
        "{\"code\":\"a\",\"category\":\"VISUAL\",\"count\":1},{\"code\":\"a\",\"category\":\"HEARING\",\"count\":2}]}|/rows/1/code|DUPLICATE_KEY|code repeated",
        "]}|/rows|MISSING_FIELD|rows must be a non-empty list",
        "{\"code\":\"a\",\"category\":\"VISUAL\",\"count\":3}}|/rows/0|MALFORMED|not well-formed JSON",
        "{\"code\":\"a\",\"category\":\"VISUAL\",\"count\":3}]} []|''|MALFORMED|not well-formed JSON"})
    void everyFaultNamesTableEditionAndPointer(String rows, String pointer, Reason reason, String detail) {
        assertThatThrownBy(() -> load(HEAD + rows)).isInstanceOfSatisfying(TableException.class, e -> {
            assertThat(e.table()).isEqualTo("test.json");
            assertThat(e.edition()).hasValue("E7");
            assertThat(e.location()).isEqualTo(pointer);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.detail()).isEqualTo(detail);
            assertThat(e.getMessage()).startsWith("table test.json (edition E7)").contains(reason.name(), detail);
        });
    }

    @Test
    void aDocumentTooBrokenToTellItsEditionStillNamesTheTableAndLine() {
        assertThatThrownBy(() -> load("{\"rows\": [\n{,")).isInstanceOfSatisfying(TableException.class, e -> {
            assertThat(e.table()).isEqualTo("test.json");
            assertThat(e.edition()).isEmpty();
            assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
            assertThat(e.line()).hasValue(2);
            assertThat(e.getMessage()).doesNotContain("edition").contains("line 2");
        });
        assertThatThrownBy(() -> load("")).isInstanceOfSatisfying(TableException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_TYPE));
    }

    @Test
    void anUnreadableStreamIsATableErrorWithItsCause() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> TableLoader.json("t.json", failing, Table.class, Table::edition, t -> t))
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
                    assertThat(e.getCause()).hasMessage("disk gone");
                });
    }

    @Test
    void aMissingBundledResourceNamesItsClassPathLocation() {
        assertThatThrownBy(() -> TableLoader.bundledJson(TableLoaderTest.class, "absent.json", Table.class,
                Table::edition, t -> t)).isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MISSING_RESOURCE);
                    assertThat(e.table()).isEqualTo("org/disabilitystandards/core/internal/table/absent.json");
                });
    }

    /** Collects the rows of a line table with the header {@code code,count}. */
    private static final class Counts implements LineTable.Handler<Map<String, String>> {
        private final List<String> codes = new ArrayList<>();

        @Override
        public void row(LineTable.Row row) {
            if (codes.contains(row.cell(0))) {
                throw row.problem(0, Reason.DUPLICATE_KEY, "code repeated");
            }
            if (!row.cell(1).matches("[0-9]+")) {
                throw row.problem(1, Reason.WRONG_TYPE, "not a whole number");
            }
            codes.add(row.cell(0));
        }

        @Override
        public Map<String, String> finish(Map<String, String> provenance, int lastLine) {
            return provenance;
        }
    }

    private static Map<String, String> lines(String text) {
        return TableLoader.lines("counts.csv", stream(text), "code,count", new Counts());
    }

    @Test
    void aLineTableKeepsItsProvenanceComments() {
        assertThat(lines("\uFEFF# Edition: 2026-1\n# source: here\n\ncode,count\na,1\nb,2\n"))
                .containsExactly(Map.entry("edition", "2026-1"), Map.entry("source", "here"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "code,count\\na,1\\na,2|line 4, column code|DUPLICATE_KEY|4",
        "code,count\\na,x|line 3, column count|WRONG_TYPE|3",
        "code,count\\na,1,2|line 3|MALFORMED|3",
        "code;count\\na,1|line 2|MALFORMED|2",
        "#c|line 2|MALFORMED|2"})
    void everyLineFaultNamesTableEditionLineAndColumn(String body, String location, Reason reason, int line) {
        String text = "# edition: L9\n" + body.replace("\\n", "\n");
        assertThatThrownBy(() -> lines(text)).isInstanceOfSatisfying(TableException.class, e -> {
            assertThat(e.table()).isEqualTo("counts.csv");
            assertThat(e.edition()).hasValue("L9");
            assertThat(e.location()).isEqualTo(location);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.line()).hasValue(line);
        });
    }

    @Test
    void jsonLinesBindTheHeaderAndEveryLine() {
        String text = "{\"edition\":\"J1\",\"rows\":[{\"code\":\"h\",\"category\":\"VISUAL\",\"count\":0}]}\n\n"
                + "{\"code\":\"a\",\"category\":\"VISUAL\",\"count\":1}\n"
                + "{\"code\":\"b\",\"category\":\"SMELL\",\"count\":1}\n";
        assertThatThrownBy(() -> TableLoader.jsonLines("cases.jsonl", stream(text), Table.class, Table::edition,
                Row.class, (header, rows) -> rows)).isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.edition()).hasValue("J1");
                    assertThat(e.location()).isEqualTo("line 4, /category");
                    assertThat(e.line()).hasValue(4);
                    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_CODE);
                });
        List<TableLoader.JsonLine<Row>> rows = TableLoader.jsonLines("cases.jsonl",
                stream(text.substring(0, text.lastIndexOf("{\"code\":\"b\""))), Table.class, Table::edition,
                Row.class, (header, lines) -> lines);
        assertThat(rows).containsExactly(new TableLoader.JsonLine<>(3, new Row("a", DisabilityCategory.VISUAL, 1,
                null)));
    }

    @Test
    void aMissingPropertiesKeyNamesTheTableAndKey() {
        PropertiesTable table = TableLoader.bundledProperties(DisabilityCategory.class, "code-names.properties");
        assertThat(table.edition()).startsWith("2026-11");
        assertThat(table.require("ServiceType.REHABILITATION.en")).isNotBlank();
        assertThatThrownBy(() -> table.require("ServiceType.SMELL.en"))
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELD);
                    assertThat(e.location()).isEqualTo("ServiceType.SMELL.en");
                    assertThat(e.table()).isEqualTo("org/disabilitystandards/core/code/code-names.properties");
                });
    }
}
