package org.disabilitystandards.core.internal.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.disabilitystandards.core.table.TableException;
import org.junit.jupiter.api.Test;

/**
 * A bundled line table is split into lines and cells exactly as a table read from a stream: lines as
 * {@link BufferedReader#readLine()} gives them, cells as {@code String.split(",", -1)}.
 */
class LineTableTest {

    /** Characters that make lines, cells, comments and blanks. */
    private static final String ALPHABET = "a,\r\n# 中\uFEFF";

    private static String text(List<Integer> picks) {
        StringBuilder text = new StringBuilder();
        for (int pick : picks) {
            text.append(ALPHABET.charAt(pick));
        }
        return text.toString();
    }

    private static List<String> readLines(LineTable.Lines lines) throws IOException {
        List<String> all = new ArrayList<>();
        for (String line = lines.next(); line != null; line = lines.next()) {
            all.add(line);
        }
        return all;
    }

    /** Every row a table hands its handler, as the cells joined with a bar, and the errors it raises. */
    private static String rows(LineTable.Lines lines) {
        List<String> rows = new ArrayList<>();
        LineTable.Handler<String> handler = new LineTable.Handler<>() {
            @Override
            public void row(LineTable.Row row) {
                rows.add(row.line() + ":" + String.join("|", row.cells()));
            }

            @Override
            public String finish(Map<String, String> provenance, int lastLine) {
                return provenance + " " + lastLine + " " + rows;
            }
        };
        try {
            return new LineTable("a,a").read(lines, handler);
        } catch (TableProblem problem) {
            return problem.location() + " " + problem.line() + " " + problem.detail();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Checks every text of up to 40 characters of the alphabet that QuickTheories draws. */
    private static void forEveryText(Consumer<String> check) {
        qt().withExamples(2000).forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 40))
                .checkAssert(picks -> check.accept(text(picks)));
    }

    @Test
    void aTextSplitsIntoTheLinesABufferedReaderGives() {
        forEveryText(text -> {
            BufferedReader reader = new BufferedReader(new StringReader(text));
            try {
                assertThat(readLines(LineTable.lines(text))).isEqualTo(readLines(reader::readLine));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aTextGivesTheRowsAndErrorsOfAStream() {
        forEveryText(picked -> {
            String text = "# edition: E\na,a\n" + picked;
            assertThat(rows(LineTable.lines(text))).isEqualTo(rows(new BufferedReader(new StringReader(text))::readLine));
        });
    }

    @Test
    void cellsAreSplitAtEveryCommaKeepingEmptyOnes() {
        assertThat(rows(LineTable.lines("a,a\nx,\n,\n,y\r\nq,r"))).endsWith("[2:x|, 3:|, 4:|y, 5:q|r]");
        assertThat(rows(LineTable.lines("a,a\nx,y,z"))).isEqualTo("line 2 2 expected 2 cells, found 3");
    }

    @Test
    void aBundledTableWithAFaultFailsAsOneReadFromAStream() {
        String resource = "line-table-fault.csv";
        String table = TableLoader.bundledName(LineTableTest.class, resource);
        LineTable.Handler<String> none = new LineTable.Handler<>() {
            @Override
            public void row(LineTable.Row row) {
                if (row.cell(1).isEmpty()) {
                    throw row.problem(1, TableException.Reason.MISSING_FIELD, "empty");
                }
            }

            @Override
            public String finish(Map<String, String> provenance, int lastLine) {
                return "";
            }
        };
        byte[] bytes = "# edition: E9\r\ncode,name\r\n1,a\r\n2,\r\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TableLoader.bundledLines(LineTableTest.class, resource, "code,name", none))
                .isInstanceOfSatisfying(TableException.class, bundled -> assertThatThrownBy(() -> TableLoader.lines(
                        table, new ByteArrayInputStream(bytes), "code,name", none))
                        .hasMessage(bundled.getMessage()));
    }
}
