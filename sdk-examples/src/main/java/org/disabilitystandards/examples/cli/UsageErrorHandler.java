package org.disabilitystandards.examples.cli;

import picocli.CommandLine;

/**
 * Reports a command-line usage error as one line on stderr and exit code 2.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        ex.getCommandLine().getErr().println("dsds: " + ex.getMessage() + " (see --help)");
        return ExitCodes.USAGE;
    }
}
