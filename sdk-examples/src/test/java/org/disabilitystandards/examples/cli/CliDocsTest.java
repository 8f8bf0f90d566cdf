package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/cli.md shows each command's usage exactly as {@code --help} prints it. */
class CliDocsTest {

    private static final Path DOC = Path.of("..", "docs", "cli.md");

    @ParameterizedTest
    @ValueSource(strings = {"validate", "indicators", "grade", "convert", "id", "quota", "generate"})
    void usageInTheDocsMatchesHelp(String command) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        CliRunner help = CliRunner.run(command, "--help");
        assertThat(help.exitCode).isZero();
        String block = "```text\n" + help.out.stripTrailing() + "\n```";
        assertThat(doc).as("docs/cli.md, section %s: regenerate it from dsds %s --help", command, command)
                .contains("## " + command + "\n").contains(block);
    }
}
