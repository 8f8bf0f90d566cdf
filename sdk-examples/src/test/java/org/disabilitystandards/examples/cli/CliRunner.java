package org.disabilitystandards.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import picocli.CommandLine;

/** Runs {@code dsds} in-process with captured output, for tests. */
final class CliRunner {

    final int exitCode;
    final String out;
    final String err;

    private CliRunner(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        return run(new PrintWriter(out, true), out, args);
    }

    /** Runs with standard output on a device that fails every write, like a full disk. */
    static CliRunner runWithFailingOutput(String... args) {
        Writer full = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        return run(new PrintWriter(full, true), new StringWriter(), args);
    }

    /** Runs with the given bytes as standard input. */
    static synchronized CliRunner runWithInput(byte[] input, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input));
        try {
            return run(args);
        } finally {
            System.setIn(original);
        }
    }

    /** Runs with the command line {@link Dsds#main} builds for these arguments (only the invoked subcommand). */
    static CliRunner runAsMain(String... args) {
        StringWriter out = new StringWriter();
        return run(Dsds.commandLine(args), new PrintWriter(out, true), out, args);
    }

    private static CliRunner run(PrintWriter outWriter, StringWriter outText, String... args) {
        return run(Dsds.commandLine(), outWriter, outText, args);
    }

    private static CliRunner run(CommandLine commandLine, PrintWriter outWriter, StringWriter outText,
            String... args) {
        StringWriter err = new StringWriter();
        commandLine.setOut(outWriter);
        commandLine.setErr(new PrintWriter(err, true));
        int code = Dsds.execute(commandLine, args);
        return new CliRunner(code, outText.toString(), err.toString());
    }
}
