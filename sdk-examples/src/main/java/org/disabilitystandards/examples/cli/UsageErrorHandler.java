package org.disabilitystandards.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Reports a command-line usage error as one line on stderr and exit code 2, never echoing an unexpected
 * argument (it may be an ID number) and never printing control characters a user typed; in the language of the
 * run.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    private static final Pattern OPTION = Pattern.compile("--[a-z][a-z0-9-]*");

    private final Locale locale;

    UsageErrorHandler(CliLanguage language) {
        this.locale = language.locale();
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        ex.getCommandLine().getErr().println("dsds: " + CliText.render(locale, "error.seeHelp", describe(ex, locale)));
        ex.getCommandLine().getErr().flush();
        return ExitCodes.USAGE;
    }

    /**
     * The message without the user's values in full: an unmatched argument (often an ID number typed in the
     * wrong place) is described by position and length only; in other messages, control characters are
     * replaced and long digit runs starred. In English the other messages are picocli's own; in Chinese they are
     * rendered from {@link CliText} keys by the kind of error, naming the options but never a value.
     */
    static String describe(CommandLine.ParameterException ex, Locale locale) {
        if (ex instanceof CommandLine.UnmatchedArgumentException) {
            List<String> unmatched = ((CommandLine.UnmatchedArgumentException) ex).getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            if (first.startsWith("-") && !first.matches("-[0-9].*")) {
                return CliText.render(locale, "usage.unknownOption", ConsoleText.masked(first));
            }
            return CliText.render(locale, "usage.unexpectedArgument", String.valueOf(first.length()));
        }
        String english = ConsoleText.masked(String.valueOf(ex.getMessage()));
        if (!Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
            return english;
        }
        if (ex instanceof CommandLine.MissingParameterException) {
            List<String> names = new ArrayList<>();
            for (ArgSpec missing : ((CommandLine.MissingParameterException) ex).getMissing()) {
                names.add(name(missing));
            }
            return CliText.render(locale, "usage.missing", String.join(", ", names));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException) {
            return CliText.render(locale, "usage.twice", name(((CommandLine.OverwrittenOptionException) ex).getOverwritten()));
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            return CliText.render(locale, "usage.exclusive", String.join(", ", optionsIn(english)));
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return CliText.render(locale, "usage.tooMany", ex.getArgSpec() != null ? name(ex.getArgSpec())
                    : String.join(", ", optionsIn(english)));
        }
        if (ex.getArgSpec() != null && english.startsWith("Invalid value")) {
            return CliText.render(locale, "usage.invalidValue", name(ex.getArgSpec()));
        }
        return CliText.render(locale, "usage.other", english);
    }

    /** An option's longest name, or a positional parameter's label. */
    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec ? ((OptionSpec) spec).longestName() : ConsoleText.safe(spec.paramLabel());
    }

    /** The option names ({@code --x}) a picocli message mentions, each once, in order. */
    private static List<String> optionsIn(String message) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = OPTION.matcher(message);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return List.copyOf(names);
    }
}
