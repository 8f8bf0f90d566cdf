package org.disabilitystandards.validation.report;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.disabilitystandards.core.code.CodedConcept;
import org.disabilitystandards.core.json.ReadProblem;

/**
 * Renders issues as text, late and in the reader's language, from the resource bundles
 * {@code org/disabilitystandards/validation/report/messages.properties} (English) and
 * {@code messages_zh_CN.properties} (Chinese, used for every {@code zh} locale). A template names its
 * arguments in braces: {@code 证件等级 {recorded} 与证号第 20 位 {encoded} 不符}. Code values are shown by their
 * display name in the locale, numbers without trailing zeros, dates as ISO dates.
 *
 * <p>Immutable and thread-safe; {@link #standard()} is shared. Rendering never adds personal data: it only
 * shows the issue's arguments, which never hold a full ID number or a name.
 */
public final class MessageRenderer {

    /** Base name of the message bundles. */
    public static final String BUNDLE = "org.disabilitystandards.validation.report.messages";

    private static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    private static final MessageRenderer STANDARD = new MessageRenderer();

    private final ResourceBundle english;
    private final ResourceBundle chinese;

    private MessageRenderer() {
        // No Control (getBundle with one is refused in a named module); ROOT and zh_CN both exist, so the
        // default locale is never consulted.
        this.english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        this.chinese = ResourceBundle.getBundle(BUNDLE, ZH_CN);
    }

    /**
     * Returns the renderer of the bundled messages.
     *
     * @return the shared renderer
     */
    public static MessageRenderer standard() {
        return STANDARD;
    }

    /**
     * Returns the message template of a rule in a locale (Chinese for any {@code zh} locale, else English).
     *
     * @param ruleId the rule id
     * @param locale the locale
     * @return the template, or empty if the bundle has none for the rule
     */
    public Optional<String> template(String ruleId, Locale locale) {
        ResourceBundle bundle = bundleFor(locale);
        try {
            return Optional.of(bundle.getString(ruleId));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /**
     * Renders an issue's message in a locale. An issue of a rule without a template (an embedder's own
     * rule id) is rendered as its rule id followed by its arguments.
     *
     * @param issue  the issue
     * @param locale the locale: Chinese (zh-CN) for any {@code zh} locale, English otherwise
     * @return the message
     */
    public String render(Issue issue, Locale locale) {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(locale, "locale");
        Optional<String> template = template(issue.ruleId(), locale);
        if (template.isEmpty()) {
            return issue.ruleId() + (issue.arguments().isEmpty() ? "" : " " + issue.arguments());
        }
        return fill(template.get(), issue, locale);
    }

    private ResourceBundle bundleFor(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? chinese : english;
    }

    private String fill(String template, Issue issue, Locale locale) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String name = template.substring(i + 1, close);
                Object value = issue.arguments().get(name);
                out.append(value == null ? "{" + name + "}" : value instanceof ReadProblem.Detail
                        ? detail((ReadProblem.Detail) value, locale) : format(value, locale));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Renders the reason of a format problem from its template {@code FORMAT.detail.<REASON>}, with the
     * reason's arguments filled in by name.
     */
    private String detail(ReadProblem.Detail detail, Locale locale) {
        String template;
        try {
            template = bundleFor(locale).getString("FORMAT.detail." + detail.reason().name());
        } catch (MissingResourceException e) {
            return detail.toString();
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            Object value = detail.argument(template.substring(open + 1, close));
            out.append(template, i, open).append(value == null ? template.substring(open, close + 1) : format(value, locale));
            i = close + 1;
        }
        return out.toString();
    }

    private static String format(Object value, Locale locale) {
        if (value instanceof CodedConcept) {
            return ((CodedConcept) value).displayName(locale);
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
