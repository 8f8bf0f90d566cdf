package org.disabilitystandards.core.internal.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.table.TableException;
import org.disabilitystandards.core.table.TableException.Reason;
import org.junit.jupiter.api.Test;

/**
 * {@link DirectBinding} binds a table exactly as Jackson databind does ({@link TableLoader#databindJson}), or not
 * at all: whenever it binds a document, databind binds it to an equal value with collections of the same kinds;
 * every fault is left to databind, so that the table's error stays the same.
 */
class DirectBindingTest {

    private static final ObjectMapper TREES = new ObjectMapper();

    /** A schema with every kind of component the bundled tables use. */
    record Doc(@JsonProperty(required = true) String name, @JsonProperty(required = true) int count, long big,
            Double ratio, Boolean flag, DisabilityCategory category, List<Integer> numbers,
            Set<DisabilityCategory> categories, Map<DisabilityCategory, List<Integer>> byCategory,
            Map<String, JsonNode> extra, double[] bounds, Inner inner) {
    }

    /** A nested record whose compact constructor checks a range. */
    record Inner(@JsonProperty(required = true) String code, int n) {
        Inner {
            TableChecks.range("n", n, 0, 99);
        }
    }

    /** A part bound from a map of JSON values, with a decimal. */
    record Part(@JsonProperty(required = true) BigDecimal percent, @JsonProperty(required = true) long fen,
            Map<DisabilityCategory, Long> caps, Integer optional) {
    }

    /** A record carrying a Jackson annotation the direct binding does not interpret. */
    record Renamed(@JsonProperty(value = "other", required = true) String name) {
    }

    /** Candidate JSON texts of each component of {@link Doc}, valid and not. */
    private static final List<Map.Entry<String, List<String>>> FIELDS = List.of(
            Map.entry("name", List.of("\"a\"", "\"\"", "1", "null", "true", "[\"a\"]")),
            Map.entry("count", List.of("3", "-1", "2147483648", "3.0", "\"3\"", "null", "1e2")),
            Map.entry("big", List.of("5", "9007199254740993", "1.5", "\"5\"", "null", "-2147483649")),
            Map.entry("ratio", List.of("1.5", "2", "\"1.5\"", "null", "0.1", "-0.0", "12345678901")),
            Map.entry("flag", List.of("true", "false", "\"true\"", "1", "null")),
            Map.entry("category", List.of("\"VISUAL\"", "\"visual\"", "\"NOPE\"", "0", "null")),
            Map.entry("numbers", List.of("[1,2]", "[]", "[1,null]", "1", "[\"1\"]", "[1.5]", "[2,1,2]")),
            Map.entry("categories", List.of("[\"VISUAL\",\"HEARING\"]", "[\"MENTAL\",\"MENTAL\"]", "[]",
                    "[\"X\"]", "[null]")),
            Map.entry("byCategory", List.of("{\"VISUAL\":[1,2],\"HEARING\":[]}", "{}", "{\"X\":[1]}",
                    "{\"VISUAL\":null}", "[]", "{\"SPEECH\":[3],\"SPEECH\":[4]}")),
            Map.entry("extra", List.of("{\"a\":1,\"b\":[1,{\"c\":null}],\"d\":1.5,\"e\":\"x\",\"f\":false}", "{}",
                    "{\"a\":1,\"a\":2}", "null", "{\"n\":null}", "{\"l\":12345678901,\"h\":123456789012345678901}")),
            Map.entry("bounds", List.of("[1,2.5]", "[]", "[1,\"2\"]", "2", "[null]", "[0.1,-3]")),
            Map.entry("inner", List.of("{\"code\":\"x\",\"n\":5}", "{\"code\":\"x\",\"n\":500}", "{\"n\":5}",
                    "{\"code\":\"x\",\"n\":5,\"zz\":1}", "null", "\"x\"", "{\"code\":\"x\"}")));

    /**
     * A document from one choice per component: mostly the first (valid) candidate, otherwise any candidate or,
     * past the candidates, the component left out.
     */
    private static String document(List<Integer> choices) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < FIELDS.size(); i++) {
            List<String> candidates = FIELDS.get(i).getValue();
            int choice = choices.get(i) % 10 < 6 ? 0 : choices.get(i) / 10 % (candidates.size() + 1);
            if (choice < candidates.size()) {
                json.append(json.length() > 1 ? "," : "").append('"').append(FIELDS.get(i).getKey()).append("\":")
                        .append(candidates.get(choice));
            }
        }
        int tail = choices.get(FIELDS.size()) % 16;
        if (tail == 0) {
            json.append(json.length() > 1 ? "," : "").append("\"unknown\":1");
        } else if (tail == 1) {
            json.append(json.length() > 1 ? "," : "").append("\"name\":\"again\"");
        }
        return json.append(tail == 2 ? "} []" : "}").toString();
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static <T> void assertSameAsDatabind(T direct, T databind) {
        assertThat(direct).usingRecursiveComparison().withStrictTypeChecking().isEqualTo(databind);
    }

    @Test
    void aDocumentWithEveryKindOfComponentBindsAsWithDatabind() {
        String json = document(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7));
        Doc direct = DirectBinding.read(bytes(json), Doc.class);
        assertThat(direct).isNotNull();
        assertThat(direct.numbers()).isInstanceOf(ArrayList.class).containsExactly(1, 2);
        assertThat(direct.categories()).isInstanceOf(HashSet.class)
                .containsExactlyInAnyOrder(DisabilityCategory.VISUAL, DisabilityCategory.HEARING);
        assertThat(direct.byCategory()).isInstanceOf(LinkedHashMap.class);
        assertThat(direct.bounds()).containsExactly(1, 2.5);
        Doc databind = TableLoader.databindJson("t", bytes(json), Doc.class);
        assertSameAsDatabind(direct, databind);
        assertThat(List.of(direct.numbers().getClass(), direct.categories().getClass(), direct.byCategory().getClass(),
                direct.extra().getClass(), direct.byCategory().get(DisabilityCategory.VISUAL).getClass()))
                .isEqualTo(List.of(databind.numbers().getClass(), databind.categories().getClass(),
                        databind.byCategory().getClass(), databind.extra().getClass(),
                        databind.byCategory().get(DisabilityCategory.VISUAL).getClass()));
    }

    @Test
    void optionalComponentsLeftOutAreNullAsWithDatabind() {
        String json = "{\"name\":\"a\",\"count\":1,\"big\":2}";
        Doc direct = DirectBinding.read(bytes(json), Doc.class);
        assertThat(direct).isNotNull();
        assertThat(direct.ratio()).isNull();
        assertSameAsDatabind(direct, TableLoader.databindJson("t", bytes(json), Doc.class));
    }

    @Test
    void whenTheDirectBindingBindsADocumentDatabindBindsItToAnEqualValue() {
        int[] bound = new int[2];
        qt().withExamples(3000).forAll(lists().of(integers().between(0, 1000)).ofSize(FIELDS.size() + 1))
                .checkAssert(choices -> {
                    String json = document(choices);
                    Doc direct = DirectBinding.read(bytes(json), Doc.class);
                    if (direct != null) {
                        bound[0]++;
                        assertSameAsDatabind(direct, TableLoader.databindJson("t", bytes(json), Doc.class));
                    } else {
                        bound[1]++;
                    }
                });
        assertThat(bound[0]).as("documents bound directly").isPositive();
        assertThat(bound[1]).as("documents left to databind").isPositive();
    }

    @Test
    void aFaultIsLeftToDatabindWhichReportsIt() {
        for (String json : List.of("{\"name\":\"a\"}", "{\"name\":\"a\",\"count\":1,\"zz\":1}",
                "{\"name\":\"a\",\"count\":1,\"name\":\"b\"}", "{\"name\":\"a\",\"count\":\"1\"}",
                "{\"name\":\"a\",\"count\":1,\"inner\":{\"code\":\"x\",\"n\":500}}", "{\"name\":\"a\",\"count\":1",
                "[]", "{\"name\":null,\"count\":1}", "{\"name\":\"a\",\"count\":1,\"category\":\"visual\"}")) {
            assertThat(DirectBinding.read(bytes(json), Doc.class)).as(json).isNull();
            assertThatCode(() -> TableLoader.databindJson("t", bytes(json), Doc.class)).as(json)
                    .isInstanceOf(TableException.class);
        }
    }

    @Test
    void aBundledTableWithAFaultFailsAsATableReadFromAStream() throws Exception {
        String resource = "direct-binding-fault.json";
        String table = TableLoader.bundledName(DirectBindingTest.class, resource);
        byte[] json;
        try (var in = TableLoader.open(DirectBindingTest.class, resource)) {
            json = in.readAllBytes();
        }
        assertThatCode(() -> TableLoader.bundledJson(DirectBindingTest.class, resource, Doc.class, Doc::name, d -> d))
                .isInstanceOfSatisfying(TableException.class, bundled -> {
                    assertThat(bundled.reason()).isEqualTo(Reason.INVALID_VALUE);
                    assertThat(bundled.location()).isEqualTo("/inner/n");
                    assertThatCode(() -> TableLoader.json(table, new ByteArrayInputStream(json), Doc.class,
                            Doc::name, d -> d)).isInstanceOfSatisfying(TableException.class,
                                    streamed -> assertThat(streamed.getMessage()).isEqualTo(bundled.getMessage()));
                });
    }

    @Test
    void aRecordWithAnAnnotationItDoesNotInterpretIsLeftToDatabind() {
        byte[] json = bytes("{\"other\":\"x\"}");
        assertThat(DirectBinding.read(json, Renamed.class)).isNull();
        assertThat(TableLoader.databindJson("t", json, Renamed.class)).isEqualTo(new Renamed("x"));
    }

    @Test
    void aPartBindsAsWithDatabindDecimalsIncluded() throws Exception {
        for (String percent : List.of("1.5", "1.6", "0.1", "2", "1.50", "12345678901")) {
            Map<String, JsonNode> part = new LinkedHashMap<>();
            part.put("percent", TREES.readTree(percent));
            part.put("fen", TREES.readTree("150000"));
            part.put("caps", TREES.readTree("{\"VISUAL\":5,\"MENTAL\":12345678901}"));
            Part direct = DirectBinding.convert(part, Part.class);
            assertThat(direct).as(percent).isNotNull();
            assertSameAsDatabind(direct, TableLoader.databindPart(part, Part.class, "/p"));
            assertThat(direct.percent()).isEqualTo(TableLoader.databindPart(part, Part.class, "/p").percent());
        }
    }

    @Test
    void aPartWithAFaultIsLeftToDatabind() throws Exception {
        Map<String, JsonNode> part = new LinkedHashMap<>();
        part.put("percent", TREES.readTree("\"1.5\""));
        part.put("fen", TREES.readTree("1"));
        assertThat(DirectBinding.convert(part, Part.class)).isNull();
        assertThat(DirectBinding.convert(Map.of("percent", 1.5, "fen", 1), Part.class)).isNull();
        assertThat(DirectBinding.convert(List.of(), Part.class)).isNull();
        assertThatCode(() -> TableLoader.bindPart(part, Part.class, "/p")).isInstanceOfSatisfying(TableProblem.class,
                problem -> assertThat(problem.location()).isEqualTo("/p/percent"));
    }
}
