package org.disabilitystandards.examples.cli;

import picocli.CommandLine;

/**
 * Reports a command-line usage error as one line on stderr and exit code 2, never echoing an unexpected
 * argument (it may be an ID number) and never printing control characters a user typed.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    private final java.util.Locale locale;

    UsageErrorHandler(CliLanguage language) {
        this.locale = language.locale();
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        ex.getCommandLine().getErr().println("dsds: " + CliText.render(locale, "error.seeHelp", describe(ex)));
        ex.getCommandLine().getErr().flush();
        return ExitCodes.USAGE;
    }

    /**
     * The message without the user's values in full: an unmatched argument (often an ID number typed in the
     * wrong place) is described by position and length only; in other messages, control characters are
     * replaced and long digit runs starred.
     */
    private static String describe(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException) {
            java.util.List<String> unmatched = ((CommandLine.UnmatchedArgumentException) ex).getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            if (first.startsWith("-") && !first.matches("-[0-9].*")) {
                return "unknown option " + ConsoleText.masked(first);
            }
            return "unexpected argument (" + first.length() + " characters, not shown)";
        }
        return ConsoleText.masked(String.valueOf(ex.getMessage()));
    }
}
