package org.disabilitystandards.report.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The labels of the reports, from the message bundles {@code labels.properties} (English) and
 * {@code labels_zh_CN.properties} (Chinese) beside this class. Labels are plain text without arguments.
 * The bundles are loaded without falling back to the default locale, so the English label is English
 * whatever the JVM's locale. Immutable and thread-safe.
 */
public final class Labels {

    private static final String BUNDLE = "org.disabilitystandards.report.internal.labels";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Labels STANDARD = new Labels(
            ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Labels.class.getClassLoader(), NO_FALLBACK),
            ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE, Labels.class.getClassLoader(), NO_FALLBACK));

    private final ResourceBundle english;
    private final ResourceBundle chinese;

    private Labels(ResourceBundle english, ResourceBundle chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /**
     * Returns the bundled labels.
     *
     * @return the labels
     */
    public static Labels standard() {
        return STANDARD;
    }

    /**
     * Returns a label in English.
     *
     * @param key the key
     * @return the label
     * @throws java.util.MissingResourceException if the bundle has no such key
     */
    public String en(String key) {
        return english.getString(key);
    }

    /**
     * Returns a label in Chinese.
     *
     * @param key the key
     * @return the label
     * @throws java.util.MissingResourceException if the bundle has no such key
     */
    public String zh(String key) {
        return chinese.getString(key);
    }

    /**
     * Returns the bilingual form of a label: Chinese, a space, English ({@code 统计截至 As of}).
     *
     * @param key the key
     * @return the label in both languages
     */
    public String both(String key) {
        return zh(key) + " " + en(key);
    }
}
