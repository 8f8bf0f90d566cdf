package org.disabilitystandards.validation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.disabilitystandards.core.internal.format.FieldKind;
import org.disabilitystandards.core.json.ExchangeJson;
import org.disabilitystandards.core.json.PersonRecordReader;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.json.RecordReadResult;
import org.junit.jupiter.api.Test;

/**
 * The JSON Lines reader and the CSV reader, both driven by the field table, agree on any record of the flat
 * columns: each column absent, valid or invalid at random, both build the same record (or none) and report
 * the same problems (kind, path and reason; a missing field is "absent" in JSON and an "empty cell" in CSV).
 */
class ReadersAgreeTest {

    private static final ObjectMapper MAPPER = ExchangeJson.newObjectMapper();
    private static final ExchangeColumn[] COLUMNS = ExchangeColumn.values();

    @Test
    void theJsonAndCsvReadersAgreeOnEveryMixOfAbsentValidAndInvalidCells() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 2)).ofSize(COLUMNS.length))
                .checkAssert(this::agree);
    }

    private void agree(List<Integer> choices) {
        List<String> cells = new ArrayList<>();
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        for (ExchangeColumn column : COLUMNS) {
            int choice = choices.get(column.ordinal());
            String cell = choice == 0 ? "" : choice == 1 ? ColumnTableTest.valid(column) : ColumnTableTest.invalid(column);
            cells.add(cell);
            if (!cell.isEmpty()) {
                ObjectNode target = column.parent() == null ? json : json.has(column.parent().name())
                        ? (ObjectNode) json.get(column.parent().name()) : json.putObject(column.parent().name());
                boolean number = column.field().kind() == FieldKind.SCALE && choice == 1;
                if (number) {
                    target.put(column.field().name(), Integer.parseInt(cell));
                } else {
                    target.put(column.field().name(), cell);
                }
            }
        }
        String header = List.of(COLUMNS).stream().map(ExchangeColumn::header).collect(Collectors.joining(","));
        byte[] row = String.join(",", cells).getBytes(StandardCharsets.UTF_8);
        ParsedLine csv = new ParsedLine();
        new CsvRecordParser(CsvLayout.fromHeader(header)).read(row, 0, row.length, csv);
        RecordReadResult read;
        try {
            read = PersonRecordReader.standard().read(MAPPER.writeValueAsString(json));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(csv.record).as("%s", choices).isEqualTo(read.record().orElse(null));
        assertThat(problems(csv.problems)).as("%s", choices).isEqualTo(problems(read.problems()));
    }

    private static List<String> problems(List<ReadProblem> problems) {
        return problems.stream().map(problem -> problem.kind() + " " + problem.path() + " "
                + (problem.kind() == ReadProblem.Kind.MISSING_FIELD ? "" : problem.detail())).sorted()
                .collect(Collectors.toList());
    }
}
