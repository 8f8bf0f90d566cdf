package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service programmes at the command line: {@code generate --service-programmes} writes coded service
 * records with their injected defects, and {@code validate --catalogue} switches on the assistive-device
 * fitting rules, so that every injected service defect is found.
 */
class ServiceProgrammeCommandTest {

    private static final Pattern RULE = Pattern.compile("\"rule\":\"([A-Z_]+\\.[A-Z_]+)\"");
    private static final Set<String> PROGRAMME_DOMAINS = Set.of("CHILD_AID", "DEVICE", "RETROFIT", "ITEM");

    @TempDir
    static Path dir;

    private static Path records;
    private static Path manifest;
    private static Path catalogue;

    @BeforeAll
    static void generate() throws IOException {
        records = dir.resolve("services.jsonl");
        manifest = dir.resolve("services-manifest.jsonl");
        CliRunner generated = CliRunner.run("generate", "--count", "1500", "--seed", "7", "--defect-rate", "0.4",
                "--no-format-defects", "--service-programmes", "--output", records.toString(),
                "--manifest", manifest.toString());
        assertThat(generated.exitCode).as(generated.err).isZero();
        catalogue = dir.resolve("catalogue.csv");
        try (InputStream in = ServiceProgrammeCommandTest.class.getResourceAsStream(
                "/org/disabilitystandards/examples/generate/example-at-catalogue.csv")) {
            Files.copy(in, catalogue);
        }
    }

    @Test
    void everyInjectedServiceDefectIsFoundWithTheCatalogue() throws IOException {
        Set<String> injected = programmeRules(manifest);
        assertThat(injected).as("the generator injects defects of every programme domain")
                .anyMatch(r -> r.startsWith("CHILD_AID.")).anyMatch(r -> r.startsWith("DEVICE."))
                .anyMatch(r -> r.startsWith("RETROFIT."));
        Path issues = dir.resolve("with-catalogue.issues.jsonl");
        CliRunner validated = CliRunner.run("validate", records.toString(), "--profile", "qinghai", "--as-of",
                "2025-12-31", "--catalogue", catalogue.toString(), "--issues", issues.toString(), "--lang", "en");
        assertThat(validated.exitCode).as(validated.err).isEqualTo(1);
        assertThat(programmeRules(issues)).containsAll(injected);
    }

    @Test
    void withoutTheCatalogueTheFittingRulesStayOff() throws IOException {
        Path issues = dir.resolve("without-catalogue.issues.jsonl");
        CliRunner validated = CliRunner.run("validate", records.toString(), "--profile", "qinghai", "--as-of",
                "2025-12-31", "--issues", issues.toString(), "--lang", "en");
        assertThat(validated.exitCode).as(validated.err).isEqualTo(1);
        Set<String> found = programmeRules(issues);
        assertThat(found).anyMatch(r -> r.startsWith("CHILD_AID."));
        assertThat(found).noneMatch(r -> r.startsWith("DEVICE."));
    }

    @Test
    void aBrokenCatalogueIsOneLineNamingTheLineNeverTheValue() throws IOException {
        Path broken = dir.resolve("broken.csv");
        String secret = "110105194912310021";
        Files.writeString(broken, Files.readString(catalogue, StandardCharsets.UTF_8)
                + "GBT_16432,2016,12 22 03," + secret + ",PHYSICAL,9,,,x,1200,maybe\n", StandardCharsets.UTF_8);
        CliRunner result = CliRunner.run("validate", records.toString(), "--catalogue", broken.toString(),
                "--lang", "en");
        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err.lines()).hasSize(1);
        assertThat(result.err).contains("assistive-device catalogue").contains("line").doesNotContain(secret);
        CliRunner missing = CliRunner.run("validate", records.toString(), "--catalogue",
                dir.resolve("absent.csv").toString());
        assertThat(missing.exitCode).isEqualTo(2);
        assertThat(missing.err).contains("absent.csv");
    }

    private static Set<String> programmeRules(Path file) throws IOException {
        Set<String> rules = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = RULE.matcher(line);
            while (m.find()) {
                String rule = m.group(1);
                if (PROGRAMME_DOMAINS.contains(rule.substring(0, rule.indexOf('.')))) {
                    rules.add(rule);
                }
            }
        }
        return rules;
    }
}
