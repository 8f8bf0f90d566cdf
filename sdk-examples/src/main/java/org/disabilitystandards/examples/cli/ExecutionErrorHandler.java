package org.disabilitystandards.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Reports any failure of a command as one line on stderr and exit code 2, never a stack trace.
 * {@link UserInputException} carries its own message; other failures are described by type.
 */
final class ExecutionErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println("dsds: " + describe(ex));
        return ExitCodes.USAGE;
    }

    private static String describe(Exception ex) {
        if (ex instanceof UserInputException) {
            return ex.getMessage();
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            return "input/output error: " + ex.getMessage();
        }
        return "unexpected error (" + ex.getClass().getSimpleName() + "): " + ex.getMessage();
    }
}
