package org.disabilitystandards.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Reports any failure of a command as one line on stderr and exit code 2, never a stack trace, in the language
 * of the run. {@link UserInputException} carries its own message; other failures are described by type only,
 * since their messages may quote input. Control characters are never printed.
 */
final class ExecutionErrorHandler implements CommandLine.IExecutionExceptionHandler {

    private final Locale locale;

    ExecutionErrorHandler(CliLanguage language) {
        this.locale = language.locale();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println("dsds: " + describe(ex));
        commandLine.getErr().flush();
        return ExitCodes.USAGE;
    }

    private String describe(Exception ex) {
        if (ex instanceof UserInputException) {
            return ConsoleText.safe(((UserInputException) ex).message(locale));
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            return CliText.render(locale, "error.io", ex.getClass().getSimpleName());
        }
        return CliText.render(locale, "error.unexpected", ex.getClass().getSimpleName());
    }
}
