package org.disabilitystandards.examples.cli;

import java.util.Locale;
import java.util.Map;

/**
 * The language {@code dsds} speaks: help, summaries, errors and the messages of {@code --issues}. Chosen by
 * {@code --lang zh|en}; without it, by the locale of the environment as POSIX defines its precedence
 * ({@code LC_ALL}, then {@code LC_MESSAGES}, then {@code LANG}): a value starting with {@code zh}
 * ({@code zh_CN.UTF-8}) gives Chinese, anything else English.
 */
enum CliLanguage {
    /** English. */
    EN(Locale.ENGLISH),
    /** Simplified Chinese. */
    ZH(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    CliLanguage(Locale locale) {
        this.locale = locale;
    }

    /** Returns the locale of the messages. */
    Locale locale() {
        return locale;
    }

    /**
     * Returns the language of the environment's locale.
     *
     * @param environment the environment variables
     * @return ZH for a Chinese locale, else EN
     */
    static CliLanguage fromEnvironment(Map<String, String> environment) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(name);
            if (value != null && !value.isEmpty()) {
                return value.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
            }
        }
        return EN;
    }

    /**
     * Returns the language a command line asks for: its {@code --lang} option if it has a valid one, else the
     * environment's.
     *
     * @param args        the command-line arguments
     * @param environment the environment variables
     * @return the language
     */
    static CliLanguage resolve(String[] args, Map<String, String> environment) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            } else if ("--lang".equals(args[i]) && i + 1 < args.length) {
                value = args[i + 1];
            }
            if ("zh".equalsIgnoreCase(value)) {
                return ZH;
            }
            if ("en".equalsIgnoreCase(value)) {
                return EN;
            }
        }
        return fromEnvironment(environment);
    }
}
