package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesRecordsAndAManifestReproducibly() throws IOException {
        Path first = dir.resolve("a.jsonl");
        Path second = dir.resolve("b.jsonl");
        Path manifest = dir.resolve("m.jsonl");
        CliRunner run = CliRunner.run("generate", "--count", "400", "--seed", "9", "--defect-rate", "0.25",
                "--output", first.toString(), "--manifest", manifest.toString());
        assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
        assertThat(CliRunner.run("generate", "--count", "400", "--seed", "9", "--defect-rate", "0.25", "--output",
                second.toString()).exitCode).isZero();
        List<String> lines = Files.readAllLines(first, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(400).isEqualTo(Files.readAllLines(second, StandardCharsets.UTF_8));
        List<String> defects = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        assertThat(defects).hasSizeBetween(60, 140).allSatisfy(line -> assertThat(line).contains("\"rule\":\""));
        assertThat(run.err).contains("wrote 400 records (" + defects.size() + " with a defect)");
    }

    @Test
    void invalidArgumentsExitWithTwoAndOneLine() {
        for (String[] args : List.of(new String[] {"generate"}, new String[] {"generate", "--count", "-1"},
                new String[] {"generate", "--count", "5", "--defect-rate", "1.5"},
                new String[] {"generate", "--count", "5", "--profile", "national"},
                new String[] {"generate", "--count", "5", "--output", dir.resolve("missing/dir/x.jsonl").toString()})) {
            CliRunner run = CliRunner.run(args);
            assertThat(run.exitCode).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err.strip().lines()).as(String.join(" ", args)).hasSize(1);
        }
    }
}
