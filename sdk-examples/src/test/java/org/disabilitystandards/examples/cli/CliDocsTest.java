package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/cli.md shows each command's usage exactly as {@code --help} prints it, and docs/zh/cli.md exactly as
 * {@code --lang zh --help} prints it.
 */
class CliDocsTest {

    private static final Path DOC = Path.of("..", "docs", "cli.md");
    private static final Path DOC_ZH = Path.of("..", "docs", "zh", "cli.md");

    @ParameterizedTest
    @ValueSource(strings = {"validate", "indicators", "grade", "convert", "id", "quota", "generate"})
    void usageInTheDocsMatchesHelp(String command) throws IOException {
        assertDocumented(DOC, command, "en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "indicators", "grade", "convert", "id", "quota", "generate"})
    void usageInTheChineseDocsMatchesChineseHelp(String command) throws IOException {
        assertDocumented(DOC_ZH, command, "zh");
    }

    private static void assertDocumented(Path doc, String command, String lang) throws IOException {
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        CliRunner help = CliRunner.run(command, "--help", "--lang", lang);
        assertThat(help.exitCode).isZero();
        String block = "```text\n" + help.out.stripTrailing() + "\n```";
        assertThat(text).as("%s, section %s: regenerate it from dsds %s --lang %s --help", doc, command, command, lang)
                .contains("## " + command + "\n").contains(block);
    }
}
