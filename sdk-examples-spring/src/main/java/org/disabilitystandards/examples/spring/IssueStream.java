package org.disabilitystandards.examples.spring;

import java.util.Locale;
import org.disabilitystandards.spring.boot.IssueMessages;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.report.Issue;
import tools.jackson.core.JsonGenerator;

/** Writes each issue of a batch run to the response as it arrives, up to a cap. */
final class IssueStream implements BatchListener {

    private final JsonGenerator out;
    private final IssueMessages messages;
    private final Locale locale;
    private final long max;
    private long written;
    private boolean truncated;

    IssueStream(JsonGenerator out, IssueMessages messages, Locale locale, long max) {
        this.out = out;
        this.messages = messages;
        this.locale = locale;
        this.max = max;
    }

    @Override
    public synchronized void onIssue(Issue issue) {
        if (written >= max) {
            truncated = true;
            return;
        }
        IssueJson.write(out, issue, messages.render(issue, locale));
        written++;
    }

    synchronized boolean truncated() {
        return truncated;
    }
}
