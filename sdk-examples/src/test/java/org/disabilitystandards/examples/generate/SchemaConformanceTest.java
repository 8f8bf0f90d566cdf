package org.disabilitystandards.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled sample and the generator's output conform to docs/exchange-format.schema.json. */
class SchemaConformanceTest {

    private static final Path SCHEMA = Path.of("..", "docs", "exchange-format.schema.json");
    private static final String SAMPLE = "/org/disabilitystandards/examples/sample/sample.jsonl";
    private static final String MANIFEST = "/org/disabilitystandards/examples/sample/sample-manifest.jsonl";

    private final ObjectMapper mapper = new ObjectMapper();

    private JsonSchema schema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        return factory.getSchema(mapper.readTree(Files.readString(SCHEMA)));
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = SchemaConformanceTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<String> lines = new ArrayList<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().forEach(lines::add);
            return lines;
        }
    }

    @Test
    void everySampleLineConformsToTheSchema() throws IOException {
        JsonSchema schema = schema();
        List<String> sample = lines(SAMPLE);
        assertThat(sample).hasSizeGreaterThanOrEqualTo(200);
        for (int i = 0; i < sample.size(); i++) {
            Set<ValidationMessage> errors = schema.validate(mapper.readTree(sample.get(i)));
            assertThat(errors).as("line %d", i + 1).isEmpty();
        }
    }

    @Test
    void theSampleIsTheGeneratorsOutputAndItsManifestNamesTheDefects() throws IOException {
        List<String> sample = lines(SAMPLE);
        RecordGenerator generator = RecordGenerator.builder().seed(2025).defectRate(0.12).formatDefects(false).build();
        Map<Long, String> manifest = new HashMap<>();
        for (String line : lines(MANIFEST)) {
            JsonNode entry = mapper.readTree(line);
            manifest.put(entry.get("line").asLong(), entry.get("rule").asText());
        }
        int defective = 0;
        for (int i = 0; i < sample.size(); i++) {
            GeneratedRecord generated = generator.generate(i + 1);
            assertThat(sample.get(i)).isEqualTo(generated.json());
            assertThat(manifest.get((long) i + 1)).isEqualTo(generated.defect().map(Defect::ruleId).orElse(null));
            defective += generated.defect().isPresent() ? 1 : 0;
        }
        assertThat(defective).as("some sample records break the standards").isBetween(15, 80);
        assertThat(manifest).hasSize(defective);
    }

    @Test
    void cleanAndStandardsDefectiveGeneratorOutputConforms() throws IOException {
        JsonSchema schema = schema();
        RecordGenerator generator = RecordGenerator.builder().seed(99).defectRate(0.3).build();
        int checked = 0;
        for (long line = 1; line <= 3000; line++) {
            GeneratedRecord generated = generator.generate(line);
            if (generated.defect().map(Defect::isFormatDefect).orElse(false)) {
                continue;
            }
            assertThat(schema.validate(mapper.readTree(generated.json()))).as("line %d", line).isEmpty();
            checked++;
        }
        assertThat(checked).isGreaterThan(2500);
    }

    @Test
    void codedServiceOutputConforms() throws IOException {
        JsonSchema schema = schema();
        RecordGenerator generator = RecordGenerator.builder().seed(17).defectRate(0.3).formatDefects(false)
                .serviceProgrammes(true).build();
        int coded = 0;
        for (long line = 1; line <= 3000; line++) {
            GeneratedRecord generated = generator.generate(line);
            assertThat(schema.validate(mapper.readTree(generated.json()))).as("line %d", line).isEmpty();
            coded += generated.json().contains("\"programme\"") ? 1 : 0;
        }
        assertThat(coded).isGreaterThan(300);
    }

    @Test
    void theSchemaRejectsWhatTheFormatForbids() throws IOException {
        JsonSchema schema = schema();
        String good = RecordGenerator.builder().defectRate(0).build().generate(1).json();
        assertThat(schema.validate(mapper.readTree(good))).isEmpty();
        for (String bad : List.of(good.replace("\"recordId\":\"QH-00000001\",", ""),
                good.replace("\"sex\":\"", "\"sex\":\"X"),
                good.replaceFirst("\"birthDate\":\"[0-9-]+\"", "\"birthDate\":\"15/07/1985\""),
                good.replaceFirst("\"grade\":[0-9]", "\"grade\":5"))) {
            assertThat(schema.validate(mapper.readTree(bad))).as(bad).isNotEmpty();
        }
        String unknownField = good.substring(0, good.length() - 1) + ",\"nationality\":\"x\"}";
        assertThat(schema.validate(mapper.readTree(unknownField))).as("unknown fields are allowed").isEmpty();
    }
}
