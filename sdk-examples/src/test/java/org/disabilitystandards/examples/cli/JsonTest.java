package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The commands' JSON answers are written exactly as Jackson's default {@link ObjectMapper} writes them. */
class JsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ObjectNode everyKindOfNode() {
        ObjectNode node = Json.object();
        node.put("text", "青海 \"quoted\" \\ / \n\t\u0001 \u2028 😀");
        node.put("int", -7);
        node.put("long", 12345678901234L);
        node.put("double", 0.1);
        node.put("wholeDouble", 2.0);
        node.put("tiny", 1e-9);
        node.put("huge", 1.5e300);
        node.put("decimal", new BigDecimal("1.50"));
        node.put("decimalExponent", new BigDecimal("1E+3"));
        node.put("bigInteger", new BigInteger("123456789012345678901234567890"));
        node.put("true", true);
        node.putNull("null");
        node.set("emptyObject", Json.object());
        ArrayNode array = node.putArray("array");
        array.add(1).add("two").add(3.5).addNull().add(false).addObject().put("k", "v");
        node.putArray("emptyArray");
        return node;
    }

    @Test
    void aTreeOfPlainNodesIsWrittenAsByTheDefaultMapper() throws Exception {
        ObjectNode node = everyKindOfNode();
        assertThat(Json.text(node)).isEqualTo(MAPPER.writeValueAsString(node));
    }

    @Test
    void aTreeWithOtherNumberNodesIsWrittenAsByTheDefaultMapper() throws Exception {
        ObjectNode node = everyKindOfNode();
        node.putArray("other").add(1.25f).add((short) 3);
        assertThat(Json.text(node)).isEqualTo(MAPPER.writeValueAsString(node)).contains("[1.25,3]");
    }

    @Test
    void aTreeWithAPojoIsWrittenByAMapper() throws Exception {
        ObjectNode node = everyKindOfNode();
        node.putPOJO("pojo", List.of(1, 2));
        assertThat(Json.text(node)).isEqualTo(MAPPER.writeValueAsString(node)).contains("\"pojo\":[1,2]");
    }

    @Test
    void printWritesOneLine() throws Exception {
        StringWriter out = new StringWriter();
        Json.print(new PrintWriter(out), everyKindOfNode());
        assertThat(out.toString()).isEqualTo(MAPPER.writeValueAsString(everyKindOfNode()) + System.lineSeparator());
    }
}
