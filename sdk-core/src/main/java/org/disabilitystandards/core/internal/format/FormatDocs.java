package org.disabilitystandards.core.internal.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disabilitystandards.core.code.CodeSystem;
import org.disabilitystandards.core.code.CodedConcept;

/**
 * Writes what the field table of exchange format version 1 ({@link FormatV1}) says in the two forms docs/
 * publishes: the JSON Schema (draft 2020-12, docs/exchange-format.schema.json) and the field tables of
 * docs/exchange-format.md (between {@link #BEGIN} and {@link #END}). Tests compare both files with this
 * output and fail, printing the refresh command, when they are stale.
 */
public final class FormatDocs {

    /** The line that opens the generated section of docs/exchange-format.md. */
    public static final String BEGIN = "<!-- BEGIN GENERATED FIELD TABLE: edit FormatV1, then refresh (see the test) -->";
    /** The line that closes the generated section. */
    public static final String END = "<!-- END GENERATED FIELD TABLE -->";

    private static final String DATE = "#/$defs/date";
    private static final String MONTH = "#/$defs/month";

    private FormatDocs() {
    }

    /**
     * Returns every object of the format reachable from the person record, the record first, each once, in
     * the order the fields first name them.
     *
     * @return the objects
     */
    public static List<Shape<?, ?>> shapes() {
        List<Shape<?, ?>> shapes = new ArrayList<>();
        collect(FormatV1.PERSON, shapes);
        return shapes;
    }

    private static void collect(Shape<?, ?> shape, List<Shape<?, ?>> into) {
        if (into.contains(shape)) {
            return;
        }
        into.add(shape);
        for (Field<?> field : shape.fields()) {
            if (field.shape() != null) {
                collect(field.shape(), into);
            }
        }
    }

    /**
     * Returns the paths at which an object occurs, for example {@code military} and {@code police}, or
     * {@code assessments[].measurements}.
     *
     * @return object name to paths
     */
    public static Map<Shape<?, ?>, List<String>> paths() {
        Map<Shape<?, ?>, List<String>> paths = new LinkedHashMap<>();
        paths.computeIfAbsent(FormatV1.PERSON, s -> new ArrayList<>()).add("");
        walk(FormatV1.PERSON, "", paths);
        return paths;
    }

    private static void walk(Shape<?, ?> shape, String prefix, Map<Shape<?, ?>, List<String>> paths) {
        for (Field<?> field : shape.fields()) {
            if (field.shape() != null) {
                String path = prefix + field.name() + (field.kind() == FieldKind.OBJECT_LIST ? "[]" : "");
                paths.computeIfAbsent(field.shape(), s -> new ArrayList<>()).add(path);
                walk(field.shape(), path + '.', paths);
            }
        }
    }

    // ---------------------------------------------------------------- JSON Schema

    /**
     * Returns the JSON Schema of the format, as docs/exchange-format.schema.json holds it.
     *
     * @return the schema text, ending in a line break
     */
    public static String schema() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://disabilitystandards.org/schema/exchange-format/1/person-record.schema.json");
        root.put("title", "Person record, exchange format version 1");
        root.put("description", "One line of a JSON Lines exchange file of the DisabilityStandards SDK, generated "
                + "from the SDK's field table (FormatV1). Unknown fields are allowed (readers report them as "
                + "FORMAT.UNKNOWN_FIELD warnings). Cross-field rules (check characters, certificate number versus "
                + "idNumber, grades versus measurements, benefit eligibility) are checked by the SDK's validator, "
                + "not by this schema.");
        root.put("$ref", "#/$defs/" + FormatV1.PERSON.name());
        ObjectNode defs = root.putObject("$defs");
        defs.putObject("date").put("type", "string")
                .put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$").put("format", "date")
                .put("description", "ISO date yyyy-MM-dd");
        defs.putObject("month").put("type", "string").put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$")
                .put("description", "ISO month yyyy-MM");
        for (Shape<?, ?> shape : shapes()) {
            defs.set(shape.name(), object(shape));
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode object(Shape<?, ?> shape) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", "object");
        node.put("description", shape.description());
        ArrayNode required = node.putArray("required");
        ObjectNode properties = node.putObject("properties");
        for (Field<?> field : shape.fields()) {
            if (field.required()) {
                required.add(field.name());
            }
            properties.set(field.name(), property(field));
        }
        for (Shape.Condition<?> condition : shape.conditions()) {
            if (condition.controlling() != null) {
                ObjectNode when = node.putObject("if");
                ArrayNode codes = when.putObject("properties").putObject(condition.controlling()).putArray("enum");
                condition.codes().forEach(code -> codes.add(((Enum<?>) code).name()));
                when.putArray("required").add(condition.controlling());
                node.putObject("then").putArray("required").add(shape.field(condition.field()).name());
            }
        }
        return node;
    }

    private static ObjectNode property(Field<?> field) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        switch (field.kind()) {
            case TEXT:
                node.put("type", "string").put("minLength", 1).put("maxLength", field.maxLength());
                break;
            case RECORD_ID:
                node.put("type", "string").put("pattern", "^[A-Za-z0-9._-]{1," + field.maxLength() + "}$");
                break;
            case CODE:
                codes(field, node.putArray("enum"));
                break;
            case CODE_LIST:
                node.put("type", "array");
                codes(field, node.putObject("items").putArray("enum"));
                break;
            case SCALE:
            case INTEGER:
            case AMOUNT:
                node.put("type", "integer");
                range(field, node);
                break;
            case DECIMAL:
                node.put("type", "number");
                range(field, node);
                break;
            case DATE:
                node.put("$ref", DATE);
                break;
            case MONTH:
                node.put("$ref", MONTH);
                break;
            case FLAG:
                node.put("type", "boolean");
                break;
            case OBJECT:
                node.put("$ref", "#/$defs/" + field.shape().name());
                break;
            default:
                node.put("type", "array");
                node.putObject("items").put("$ref", "#/$defs/" + field.shape().name());
                break;
        }
        String description = description(field);
        if (!description.isEmpty()) {
            node.put("description", description);
        }
        return node;
    }

    private static void codes(Field<?> field, ArrayNode into) {
        for (CodedConcept code : field.codes().constants()) {
            if (code != field.excluded()) {
                into.add(((Enum<?>) code).name());
            }
        }
    }

    private static void range(Field<?> field, ObjectNode node) {
        if (field.minimum() != null) {
            node.set("minimum", numberNode(field.minimum()));
        }
        if (field.maximum() != null) {
            node.set("maximum", numberNode(field.maximum()));
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode numberNode(double value) {
        return value == Math.rint(value) ? JsonNodeFactory.instance.numberNode((long) value)
                : JsonNodeFactory.instance.numberNode(value);
    }

    private static String description(Field<?> field) {
        List<String> parts = new ArrayList<>();
        if (!field.description().isEmpty()) {
            parts.add(field.description());
        }
        if (field.codes() != null) {
            CodeSystem system = field.codes().codeSystem();
            parts.add("code system " + system.id() + " (" + system.edition() + ")");
        }
        if (!"1.0".equals(field.since())) {
            parts.add("since version " + field.since());
        }
        return String.join("; ", parts);
    }

    // ---------------------------------------------------------------- the docs' field table

    /**
     * Returns the generated section of docs/exchange-format.md: one table per object of the format, from
     * {@link #BEGIN} to {@link #END} inclusive.
     *
     * @return the Markdown text, ending in a line break
     */
    public static String fieldTables() {
        StringBuilder out = new StringBuilder(BEGIN).append("\n\n");
        Map<Shape<?, ?>, List<String>> paths = paths();
        for (Shape<?, ?> shape : shapes()) {
            out.append("### ").append(shape.name()).append("\n\n");
            List<String> at = paths.get(shape);
            out.append(shape.description()).append('.');
            if (!at.equals(List.of(""))) {
                out.append(" At ").append(at.stream().map(path -> "`" + path + "`").collect(Collectors.joining(", ")))
                        .append('.');
            }
            out.append("\n\n| field | type | required | CSV column (中文表头) | since | notes |\n");
            out.append("|---|---|---|---|---|---|\n");
            for (Field<?> field : shape.fields()) {
                out.append("| `").append(field.name()).append("` | ").append(type(field)).append(" | ")
                        .append(field.required() ? "yes" : "no").append(" | ").append(columns(field)).append(" | ")
                        .append(field.since()).append(" | ").append(field.description().replace("|", "\\|"))
                        .append(" |\n");
            }
            for (Shape.Condition<?> condition : shape.conditions()) {
                String field = shape.field(condition.field()).name();
                out.append('\n').append(condition.controlling() != null
                        ? "`" + field + "` is required when `" + condition.controlling() + "` is one of "
                                + condition.codes().stream().map(code -> "`" + ((Enum<?>) code).name() + "`")
                                        .collect(Collectors.joining(", ")) + "."
                        : "A broken rule between fields is reported on `" + field + "` as `FORMAT."
                                + condition.kind() + "` (" + condition.reason() + ").").append('\n');
            }
            out.append('\n');
        }
        return out.append(END).append('\n').toString();
    }

    private static String type(Field<?> field) {
        switch (field.kind()) {
            case TEXT:
                return "string 1-" + field.maxLength();
            case RECORD_ID:
                return "string 1-" + field.maxLength() + " of `A-Z a-z 0-9 . _ -`";
            case CODE:
                return "code of `" + field.codes().codeSystem().id() + "`"
                        + (field.excluded() == null ? "" : " except `" + ((Enum<?>) field.excluded()).name() + "`");
            case CODE_LIST:
                return "array of codes of `" + field.codes().codeSystem().id() + "`";
            case SCALE:
                return "integer " + field.minimum().longValue() + "-" + field.maximum().longValue();
            case INTEGER:
                return "integer" + bounds(field);
            case DECIMAL:
                return "number" + bounds(field);
            case AMOUNT:
                return "integer (fen)" + (field.minimum() == null ? "" : ", at least " + field.minimum().longValue());
            case DATE:
                return "date `yyyy-MM-dd`";
            case MONTH:
                return "month `yyyy-MM`";
            case FLAG:
                return "boolean";
            case OBJECT:
                return "object " + field.shape().name();
            default:
                return "array of " + field.shape().name();
        }
    }

    private static String bounds(Field<?> field) {
        if (field.minimum() == null && field.maximum() == null) {
            return "";
        }
        return " " + (field.minimum() == null ? "" : number(field.minimum())) + "-"
                + (field.maximum() == null ? "" : number(field.maximum()));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String columns(Field<?> field) {
        if (field.csvHeader() == null) {
            return "";
        }
        return "`" + field.csvHeader() + "`" + (field.chineseHeaders().isEmpty() ? ""
                : " (" + String.join("、", field.chineseHeaders()) + ")");
    }
}
