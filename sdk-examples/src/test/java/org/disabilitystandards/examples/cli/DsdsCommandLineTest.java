package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@link Dsds#main} builds only the subcommand a run invokes; every run must behave exactly as with the whole
 * command line ({@link Dsds#commandLine()}): same output, same errors, same exit code.
 */
class DsdsCommandLineTest {

    @Test
    void theWholeCommandLineHasEverySubcommandInTheOrderOfTheHelp() {
        assertThat(new ArrayList<>(Dsds.commandLine().getSubcommands().keySet())).isEqualTo(Dsds.SUBCOMMANDS);
    }

    @Test
    void aRunNamingASubcommandBuildsThatSubcommandOnly() {
        for (String name : Dsds.SUBCOMMANDS) {
            CommandLine commandLine = Dsds.commandLine(new String[] {name, "--help"});
            assertThat(commandLine.getSubcommands().keySet()).containsExactly(name);
        }
    }

    @Test
    void aRunNotNamingASubcommandBuildsThemAll() {
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"validat"},
                new String[] {"VALIDATE"}, new String[] {"--lang", "zh", "validate"})) {
            assertThat(Dsds.commandLine(args).getSubcommands().keySet()).hasSize(Dsds.SUBCOMMANDS.size());
        }
    }

    static Stream<List<String>> runs() {
        List<List<String>> runs = new ArrayList<>();
        for (String name : Dsds.SUBCOMMANDS) {
            runs.add(List.of(name, "--help"));
            runs.add(List.of(name, "--lang", "zh", "--help"));
            runs.add(List.of(name, "--no-such-option"));
            runs.add(List.of(name));
        }
        runs.add(List.of());
        runs.add(List.of("--help"));
        runs.add(List.of("--version"));
        runs.add(List.of("--lang", "zh", "--help"));
        runs.add(List.of("validat", "--sample"));
        runs.add(List.of("validate", "--sample", "--format", "xml"));
        runs.add(List.of("validate", "--sample", "--profile", "nowhere"));
        runs.add(List.of("validate", "--sample", "unexpected"));
        runs.add(List.of("validate", "--sample", "--format", "json", "--fail-on", "never", "--profile", "national"));
        runs.add(List.of("id", "110101199003074514"));
        return runs.stream();
    }

    @ParameterizedTest
    @MethodSource("runs")
    void aRunBehavesAsWithTheWholeCommandLine(List<String> run) {
        String[] args = run.toArray(String[]::new);
        CliRunner whole = CliRunner.run(args);
        CliRunner main = CliRunner.runAsMain(args);
        assertThat(main.exitCode).isEqualTo(whole.exitCode);
        assertThat(withoutTime(main.out)).isEqualTo(withoutTime(whole.out));
        assertThat(main.err).isEqualTo(whole.err);
    }

    /** The run's elapsed time, the one part of the output that differs between two runs. */
    private static String withoutTime(String output) {
        return output.replaceAll("\"elapsedMillis\":[0-9]+", "\"elapsedMillis\":0")
                .replaceAll("(elapsed: |用时：)[0-9]+", "$10");
    }
}
