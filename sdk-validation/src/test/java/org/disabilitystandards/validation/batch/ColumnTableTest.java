package org.disabilitystandards.validation.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.disabilitystandards.core.code.CodedConcept;
import org.disabilitystandards.core.internal.format.Field;
import org.disabilitystandards.core.json.ExchangeJson;
import org.disabilitystandards.core.json.ReadProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves, for every column of the table inputs (every row of the field table with a CSV header), that the
 * CSV reader reads a valid cell into the model, reports an invalid one at the column's path, and reports an
 * empty required cell. A row added to the field table with a CSV header is covered without touching this test.
 */
class ColumnTableTest {

    private static final ObjectMapper MAPPER = ExchangeJson.newObjectMapper();

    static List<ExchangeColumn> columns() {
        return List.of(ExchangeColumn.values());
    }

    /** A valid cell of a column, by its row's kind. */
    static String valid(ExchangeColumn column) {
        Field<?> field = column.field();
        switch (field.kind()) {
            case CODE:
                for (CodedConcept code : field.codes().constants()) {
                    if (code != field.excluded()) {
                        return ((Enum<?>) code).name();
                    }
                }
                throw new AssertionError(column);
            case SCALE:
                return Integer.toString(field.maximum().intValue());
            case DATE:
                return "2020-02-29";
            case MONTH:
                return "2020-02";
            case FLAG:
                return "true";
            case INTEGER:
            case AMOUNT:
                return "40";
            case DECIMAL:
                return "1.5";
            default:
                return "T1";
        }
    }

    /** An invalid cell of a column and the kind of problem it gives. */
    static String invalid(ExchangeColumn column) {
        switch (column.field().kind()) {
            case TEXT:
            case RECORD_ID:
                return "A".repeat(column.field().maxLength() + 1);
            case CODE:
                return "NO_SUCH_CODE";
            case DATE:
                return "2020-13-45";
            default:
                return "x";
        }
    }

    private static ParsedLine parse(List<String> cells) {
        String header = columns().stream().map(ExchangeColumn::header).collect(Collectors.joining(","));
        CsvLayout layout = CsvLayout.fromHeader(header);
        assertThat(layout.problems()).isEmpty();
        byte[] row = String.join(",", cells).getBytes(StandardCharsets.UTF_8);
        ParsedLine out = new ParsedLine();
        new CsvRecordParser(layout).read(row, 0, row.length, out);
        return out;
    }

    private static List<String> validRow() {
        List<String> cells = new ArrayList<>();
        columns().forEach(column -> cells.add(valid(column)));
        return cells;
    }

    @Test
    void aRowOfValidCellsReadsWithoutProblems() {
        ParsedLine line = parse(validRow());
        assertThat(line.problems).isEmpty();
        assertThat(line.record).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void theCsvReaderStoresEveryColumnInTheModel(ExchangeColumn column) throws Exception {
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(parse(validRow()).record));
        JsonNode value = written.at("/" + column.path().replace('.', '/'));
        assertThat(value.isMissingNode()).as("%s written back from the model", column).isFalse();
        if (value.isNumber()) {
            assertThat(value.decimalValue()).isEqualByComparingTo(valid(column));
        } else {
            assertThat(value.asText()).isEqualTo(valid(column));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void anInvalidCellIsReportedAtTheColumnsPath(ExchangeColumn column) {
        List<String> cells = validRow();
        cells.set(column.ordinal(), invalid(column));
        ParsedLine line = parse(cells);
        assertThat(line.problems).extracting(ReadProblem::path).contains(column.path());
        assertThat(line.problems).extracting(ReadProblem::kind).doesNotContain(ReadProblem.Kind.MALFORMED_CSV);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void anEmptyRequiredCellIsMissingAndAnOptionalOneIsNot(ExchangeColumn column) {
        List<String> cells = validRow();
        cells.set(column.ordinal(), "");
        ParsedLine line = parse(cells);
        boolean missing = line.problems.stream().anyMatch(problem -> problem.kind() == ReadProblem.Kind.MISSING_FIELD
                && problem.path().equals(column.path()));
        assertThat(missing).as("MISSING_FIELD at %s", column).isEqualTo(column.field().required());
    }

    @Test
    void theColumnsAreTheTablesRowsWithACsvHeaderInOrder() {
        assertThat(columns()).extracting(ExchangeColumn::header).containsExactly("recordId", "idNumber", "name", "sex",
                "birthDate", "regionCode", "residence", "certificateNumber", "certificateCategory", "certificateGrade",
                "certificateIssuedOn", "certificateValidUntil");
        assertThat(ExchangeColumn.CERTIFICATE_GRADE.name()).isEqualTo("CERTIFICATE_GRADE");
        assertThat(ExchangeColumn.CERTIFICATE_GRADE.chineseHeaders()).containsExactly("残疾等级");
        assertThat(ExchangeColumn.CERTIFICATE_GRADE.required()).isFalse();
        assertThat(ExchangeColumn.REGION_CODE.required()).isTrue();
    }
}
