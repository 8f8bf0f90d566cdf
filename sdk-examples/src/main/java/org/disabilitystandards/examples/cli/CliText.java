package org.disabilitystandards.examples.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the command line in English and Chinese ({@code cli-text.properties},
 * {@code cli-text_zh_CN.properties}): keys with {@link MessageFormat} arguments, rendered late in the
 * language of the run.
 */
final class CliText {

    private static final String BUNDLE = "org.disabilitystandards.examples.cli.cli-text";

    private CliText() {
    }

    /**
     * Renders a text.
     *
     * @param locale    the language
     * @param key       the key
     * @param arguments the arguments
     * @return the text
     */
    static String render(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE,
                Locale.SIMPLIFIED_CHINESE.getLanguage().equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE
                        : Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
