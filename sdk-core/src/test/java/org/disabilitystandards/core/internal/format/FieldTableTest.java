package org.disabilitystandards.core.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.disabilitystandards.core.code.CodedConcept;
import org.disabilitystandards.core.json.ExchangeJson;
import org.disabilitystandards.core.json.PersonRecordReader;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.json.RecordReadResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Proves, for every row of the field table ({@link FormatV1}), that the JSON Lines reader reads the field
 * into the model (it comes back out of the model when the record is written), reports a value of the wrong
 * JSON type at the field's path, reports a missing required field, and that the generated JSON Schema
 * describes it. A row added to the table is covered without touching this test.
 */
class FieldTableTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = ExchangeJson.newObjectMapper();
    private static final PersonRecordReader READER = PersonRecordReader.standard();

    /** One row with where it sits: the JSON pointer of its object in the full sample, and its issue path. */
    record Row(Shape<?, ?> shape, Field<?> field, String pointer, String path) {
        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        collect(FormatV1.PERSON, "", "", rows);
        return rows.stream();
    }

    private static void collect(Shape<?, ?> shape, String pointer, String path, List<Row> rows) {
        for (Field<?> field : shape.fields()) {
            String fieldPath = path.isEmpty() ? field.name() : path + '.' + field.name();
            rows.add(new Row(shape, field, pointer, fieldPath));
            if (field.kind() == FieldKind.OBJECT) {
                collect(field.shape(), pointer + '/' + field.name(), fieldPath, rows);
            } else if (field.kind() == FieldKind.OBJECT_LIST) {
                collect(field.shape(), pointer + '/' + field.name() + "/0", fieldPath + "[0]", rows);
            }
        }
    }

    /** A sample object with every field of the shape holding a valid value. */
    static ObjectNode sample(Shape<?, ?> shape) {
        ObjectNode node = JSON.objectNode();
        for (Field<?> field : shape.fields()) {
            node.set(field.name(), sample(field));
        }
        return node;
    }

    /** A valid value of a row, by its kind and limits (the second constant of a code system: not an excluded one). */
    static JsonNode sample(Field<?> field) {
        switch (field.kind()) {
            case TEXT:
            case RECORD_ID:
                return JSON.textNode("T1-" + field.name().length());
            case CODE:
                return JSON.textNode(code(field));
            case CODE_LIST:
                return JSON.arrayNode().add(code(field));
            case SCALE:
                return JSON.numberNode(field.maximum().intValue());
            case INTEGER:
            case AMOUNT:
                return JSON.numberNode(field.maximum() != null ? field.maximum().longValue() : 40L);
            case DECIMAL:
                return JSON.numberNode(field.maximum() != null ? field.maximum() / 2 : 1.5);
            case DATE:
                return JSON.textNode("2020-02-29");
            case MONTH:
                return JSON.textNode("2020-02");
            case FLAG:
                return JSON.booleanNode(true);
            case OBJECT:
                return sample(field.shape());
            default:
                return JSON.arrayNode().add(sample(field.shape()));
        }
    }

    private static String code(Field<?> field) {
        for (CodedConcept code : field.codes().constants()) {
            if (code != field.excluded()) {
                return ((Enum<?>) code).name();
            }
        }
        throw new AssertionError("no allowed code in " + field);
    }

    /** A value of the wrong JSON type for the row. */
    static JsonNode wrongType(Field<?> field) {
        switch (field.kind()) {
            case INTEGER:
            case AMOUNT:
            case SCALE:
            case DECIMAL:
            case FLAG:
                return JSON.textNode("1");
            default:
                return JSON.numberNode(7);
        }
    }

    private static RecordReadResult read(ObjectNode record) throws Exception {
        return READER.read(MAPPER.writeValueAsString(record));
    }

    @Test
    void theFullSampleReadsWithoutProblems() throws Exception {
        RecordReadResult result = read(sample(FormatV1.PERSON));
        assertThat(result.problems()).isEmpty();
        assertThat(result.record()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theJsonReaderStoresEveryRowInTheModel(Row row) throws Exception {
        ObjectNode sample = sample(FormatV1.PERSON);
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(read(sample).record().orElseThrow()));
        JsonNode expected = sample.at(row.pointer() + '/' + row.field().name());
        JsonNode actual = written.at(row.pointer() + '/' + row.field().name());
        assertThat(actual.isMissingNode()).as("%s written back from the model", row).isFalse();
        if (expected.isNumber()) {
            assertThat(actual.decimalValue()).isEqualByComparingTo(expected.decimalValue());
        } else if (!expected.isContainerNode()) {
            assertThat(actual).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theJsonReaderReportsAWrongTypeAtTheRowsPath(Row row) throws Exception {
        ObjectNode sample = sample(FormatV1.PERSON);
        ((ObjectNode) sample.at(row.pointer().isEmpty() ? "" : row.pointer())).set(row.field().name(), wrongType(row.field()));
        RecordReadResult result = read(sample);
        assertThat(result.problems()).extracting(ReadProblem::kind, ReadProblem::path)
                .contains(org.assertj.core.groups.Tuple.tuple(ReadProblem.Kind.WRONG_TYPE, row.path()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aRequiredRowIsMissingWhenAbsentAndAnOptionalOneIsNot(Row row) throws Exception {
        ObjectNode sample = sample(FormatV1.PERSON);
        ((ObjectNode) sample.at(row.pointer().isEmpty() ? "" : row.pointer())).remove(row.field().name());
        RecordReadResult result = read(sample);
        boolean missing = result.problems().stream().anyMatch(problem -> problem.kind() == ReadProblem.Kind.MISSING_FIELD
                && problem.path().equals(row.path()));
        assertThat(missing).as("MISSING_FIELD at %s", row).isEqualTo(row.field().required() || requiredBySample(row));
    }

    /** Whether a rule of the row's object requires it given the sample's codes (an assistive item's edition). */
    private static boolean requiredBySample(Row row) {
        return row.shape().conditions().stream().anyMatch(condition -> condition.controlling() != null
                && row.shape().field(condition.field()) == row.field()
                && condition.codes().stream().anyMatch(code -> ((Enum<?>) code).name()
                        .equals(code(row.shape().field(row.shape().indexOf(condition.controlling()))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theSchemaDescribesEveryRow(Row row) throws Exception {
        JsonNode schema = MAPPER.readTree(FormatDocs.schema());
        JsonNode object = schema.path("$defs").path(row.shape().name());
        assertThat(object.path("properties").has(row.field().name())).as("%s in the schema", row).isTrue();
        List<String> required = new ArrayList<>();
        object.path("required").forEach(name -> required.add(name.asText()));
        assertThat(required.contains(row.field().name())).as("%s required", row).isEqualTo(row.field().required());
        assertThat(FormatDocs.fieldTables()).contains("| `" + row.field().name() + "` |");
    }

    @Test
    void everyRowIsDistinctAndNamedInCamelCase() {
        rows().forEach(row -> assertThat(row.field().name()).matches("[a-z][A-Za-z]*"));
        assertThat(rows().map(Row::path).distinct().count()).isEqualTo(rows().count());
    }
}
