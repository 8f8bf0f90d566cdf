package org.disabilitystandards.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dsds} command-line tool: validate exchange files, grade assessments, convert grades, parse
 * identifiers, compute indicators and generate synthetic data. Exit codes: 0 success, 1 findings at or
 * above {@code --fail-on}, 2 usage or input error (one line on stderr, never a stack trace).
 */
@Command(name = "dsds", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Chinese disability service data standards: validate, grade, convert, parse identifiers.",
        subcommands = {ValidateCommand.class, IdCommand.class, GradeCommand.class, ConvertCommand.class,
            GenerateCommand.class, QuotaCommand.class, IndicatorsCommand.class})
public final class Dsds implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the tool and exits the JVM with its exit code; the only place the tool exits.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(run(args));
    }

    /**
     * Apache POI logs through the Log4j API, which, without a logging implementation (the tool ships none),
     * prints a warning on stderr. The tool's output is its own: Log4j's simple logger, switched off, unless
     * the user configured Log4j.
     */
    private static void quietLibraryLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") == null && System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("log4j2.simplelogLevel", "OFF");
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
    }

    /**
     * Runs the tool without exiting, for tests and embedding. Running out of memory or stack is reported
     * as one line with advice, exit code 2, never a stack trace.
     *
     * @param args command-line arguments
     * @return the exit code
     */
    public static int run(String... args) {
        CommandLine commandLine = commandLine();
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            commandLine.getErr().println("dsds: out of memory; give the JVM more heap (java -Xmx..., or "
                    + "DSDS_JAVA_OPTS for the dsds launcher)");
            return ExitCodes.USAGE;
        } catch (StackOverflowError e) {
            commandLine.getErr().println("dsds: input nested too deeply for the thread stack");
            return ExitCodes.USAGE;
        }
    }

    /**
     * Builds the configured command line (error handlers that print one line and exit with 2).
     *
     * @return the command line
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Dsds());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new ExecutionErrorHandler());
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
