package org.disabilitystandards.testkit;

import java.util.List;
import org.assertj.core.presentation.StandardRepresentation;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.ValidationReport;

/**
 * Renders reports and issues in AssertJ messages by rule id, severity, path and line only, so that no
 * argument value reaches a build log even through AssertJ's own messages. Stateless and thread-safe.
 */
final class SafeRepresentation extends StandardRepresentation {

    /** The shared instance. */
    static final SafeRepresentation INSTANCE = new SafeRepresentation();

    private SafeRepresentation() {
    }

    @Override
    public String toStringOf(Object object) {
        if (object instanceof Issue) {
            return IssueDescriptions.describe((Issue) object);
        }
        if (object instanceof ValidationReport) {
            return "report" + IssueDescriptions.describe(((ValidationReport) object).issues());
        }
        if (object instanceof List<?> && !((List<?>) object).isEmpty() && ((List<?>) object).get(0) instanceof Issue) {
            StringBuilder text = new StringBuilder("[");
            for (Object element : (List<?>) object) {
                text.append(text.length() == 1 ? "" : ", ").append(toStringOf(element));
            }
            return text.append(']').toString();
        }
        return super.toStringOf(object);
    }
}
