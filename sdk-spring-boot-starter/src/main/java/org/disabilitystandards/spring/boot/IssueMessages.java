package org.disabilitystandards.spring.boot;

import java.util.Locale;
import java.util.Objects;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Renders issues in the locale of the current request (Spring's {@link LocaleContextHolder}, which Spring MVC
 * sets from {@code Accept-Language}): Chinese for {@code zh-CN}, English otherwise. Messages never contain an
 * ID number or a name. Thread-safe.
 */
public final class IssueMessages {

    private final MessageRenderer renderer;

    /**
     * Creates the messages.
     *
     * @param renderer the renderer of the SDK's message bundles
     */
    public IssueMessages(MessageRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * Renders an issue in the current locale.
     *
     * @param issue the issue
     * @return its message
     */
    public String render(Issue issue) {
        return render(issue, LocaleContextHolder.getLocale());
    }

    /**
     * Renders an issue in a locale.
     *
     * @param issue  the issue
     * @param locale the locale
     * @return its message
     */
    public String render(Issue issue, Locale locale) {
        return renderer.render(issue, locale);
    }

    /**
     * Returns the renderer.
     *
     * @return the SDK's renderer
     */
    public MessageRenderer renderer() {
        return renderer;
    }
}
