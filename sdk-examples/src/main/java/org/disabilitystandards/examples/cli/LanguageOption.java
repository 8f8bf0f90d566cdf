package org.disabilitystandards.examples.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --lang zh|en} option of every command; without it, the language of the locale
 * ({@link CliLanguage#fromEnvironment}).
 */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "zh|en",
            description = "Language of help, summaries, errors and messages: zh or en (default: from the locale; "
                    + "LANG=zh_CN.UTF-8 gives zh).")
    private CliLanguage lang;

    /** Returns the chosen language. */
    CliLanguage language() {
        return lang != null ? lang : CliLanguage.fromEnvironment(System.getenv());
    }

    /** Returns the locale of the chosen language. */
    Locale locale() {
        return language().locale();
    }
}
