package org.disabilitystandards.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dsds} command-line tool: validate exchange files, grade assessments, convert grades, parse
 * identifiers, compute indicators and generate synthetic data. Exit codes: 0 success, 1 findings at or
 * above {@code --fail-on}, 2 usage or input error (one line on stderr, never a stack trace).
 */
@Command(name = "dsds", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Chinese disability service data standards: validate, grade, convert, parse identifiers.")
public final class Dsds implements Runnable {

    /**
     * The subcommands' names, in the order of the usage help. The subcommands are added in code
     * ({@link #subcommand}) rather than listed in the annotation, so that {@link #main} can build only the one a
     * run invokes: picocli builds a command's model by reflection over its options, a good part of the tool's
     * start-up.
     */
    static final List<String> SUBCOMMANDS = List.of("validate", "id", "grade", "convert", "generate", "quota",
            "indicators");

    /** The Chinese texts of the usage help (picocli resource bundle keys). */
    private static final String HELP_BUNDLE = "org.disabilitystandards.examples.cli.help";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Creates the top-level command; picocli injects its spec. */
    public Dsds() {
    }

    /**
     * Runs the tool and exits the JVM with its exit code ({@link #exit}).
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        quietLibraryLogging();
        CommandLine commandLine = commandLine(args);
        commandLine.setOut(StandardStreams.out());
        commandLine.setErr(StandardStreams.err());
        exit(execute(commandLine, args));
    }

    /**
     * Ends the JVM with one of the tool's exit codes ({@link ExitCodes}); the only place dsds exits, also for
     * the jar's main class when it ran dsds in a child JVM and passes the child's code on.
     *
     * @param code the exit code
     */
    public static void exit(int code) {
        System.exit(code);
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
        return execute(commandLine(), args);
    }

    /**
     * Runs a command line built by {@link #commandLine()} (with the caller's output streams) without exiting.
     * Every failure is one line on the error stream with exit code 2: usage errors, failures to read or
     * write, failures while building a command, running out of memory or stack on any thread of the run;
     * a failure to write standard output ends with {@code cannot write standard output}.
     *
     * @param commandLine the command line
     * @param args        command-line arguments
     * @return the exit code
     */
    public static int execute(CommandLine commandLine, String... args) {
        CliLanguage language = CliLanguage.resolve(args, System.getenv());
        Locale locale = language.locale();
        configure(commandLine, language);
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            return fail(commandLine, CliText.render(locale, "error.outOfMemory"));
        } catch (StackOverflowError e) {
            return fail(commandLine, CliText.render(locale, "error.stackOverflow"));
        } catch (CommandLine.PicocliException e) {
            return fail(commandLine, CliText.render(locale, "error.cannotStart",
                    ConsoleText.masked(String.valueOf(e.getMessage()))));
        }
    }

    /** Sets the language of the error handlers, of the output check and, for Chinese, of the help. */
    private static void configure(CommandLine commandLine, CliLanguage language) {
        commandLine.setParameterExceptionHandler(new UsageErrorHandler(language));
        commandLine.setExecutionExceptionHandler(new ExecutionErrorHandler(language));
        commandLine.setExecutionStrategy(parseResult -> executeChecked(parseResult, language.locale()));
        if (language == CliLanguage.ZH) {
            commandLine.setResourceBundle(ResourceBundle.getBundle(HELP_BUNDLE, Locale.SIMPLIFIED_CHINESE));
        }
    }

    private static int fail(CommandLine commandLine, String message) {
        commandLine.getErr().println("dsds: " + message);
        commandLine.getErr().flush();
        return ExitCodes.USAGE;
    }

    /**
     * Builds the configured command line (error handlers that print one line and exit with 2; picocli's own
     * {@code @FILE} expansion is off, since it would split a file into words).
     *
     * @return the command line
     */
    public static CommandLine commandLine() {
        return configured(SUBCOMMANDS);
    }

    /**
     * The command line a run with these arguments needs: when the first argument names a subcommand exactly,
     * the top-level command with that subcommand only (the run never looks at the others); otherwise, for help,
     * a misspelt command or options alone, the command line with every subcommand ({@link #commandLine()}).
     */
    static CommandLine commandLine(String[] args) {
        return args.length > 0 && SUBCOMMANDS.contains(args[0]) ? configured(List.of(args[0])) : commandLine();
    }

    private static CommandLine configured(List<String> subcommands) {
        CommandLine commandLine = new CommandLine(new Dsds());
        for (String name : subcommands) {
            commandLine.addSubcommand(name, subcommand(name));
        }
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExpandAtFiles(false);
        configure(commandLine, CliLanguage.EN);
        return commandLine;
    }

    /** A new instance of the subcommand of this name (one of {@link #SUBCOMMANDS}). */
    private static Object subcommand(String name) {
        switch (name) {
            case "validate":
                return new ValidateCommand();
            case "id":
                return new IdCommand();
            case "grade":
                return new GradeCommand();
            case "convert":
                return new ConvertCommand();
            case "generate":
                return new GenerateCommand();
            case "quota":
                return new QuotaCommand();
            case "indicators":
                return new IndicatorsCommand();
            default:
                throw new IllegalArgumentException("not one of the subcommands");
        }
    }

    /** Runs the command, then fails with exit code 2 if anything written to standard output was lost. */
    private static int executeChecked(CommandLine.ParseResult parseResult, Locale locale) {
        int code = new CommandLine.RunLast().execute(parseResult);
        CommandLine commandLine = parseResult.commandSpec().commandLine();
        if (commandLine.getOut().checkError()) {
            commandLine.getErr().println("dsds: " + CliText.render(locale, "error.cannotWriteStdout"));
            commandLine.getErr().flush();
            return ExitCodes.USAGE;
        }
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
