package org.disabilitystandards.spark.internal;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;
import scala.jdk.javaapi.CollectionConverters;

/** Turns {@link Issue}s into rows of {@link Schemas#FINDING}: the message in English, the arguments as text. */
public final class Findings {

    private Findings() {
    }

    /**
     * Converts an issue.
     *
     * @param issue    the issue
     * @param messages the renderer
     * @return a row of {@link Schemas#FINDING}
     */
    public static Row of(Issue issue, MessageRenderer messages) {
        Map<String, String> arguments = new TreeMap<>();
        issue.arguments().forEach((name, value) -> arguments.put(name, String.valueOf(value)));
        return RowFactory.create(issue.ruleId(), issue.severity().name(), issue.path(),
                messages.render(issue, Locale.ENGLISH), CollectionConverters.asScala(arguments));
    }
}
