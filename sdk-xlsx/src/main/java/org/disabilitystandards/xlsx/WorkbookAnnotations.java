package org.disabilitystandards.xlsx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.disabilitystandards.validation.report.Severity;

/**
 * Collects the issues of one workbook run for {@link XlsxAnnotator}: per sheet row, the cell (column) each
 * issue names and its message rendered in Chinese (zh-CN). Messages hold no ID number or name (the
 * catalogue's messages never do); the cells of the annotated copy keep the sender's own values. Use it as
 * the run's {@link BatchListener} (or call {@link #onIssue} from one). Memory grows with the number of issues,
 * not of rows. Not thread-safe: the batch run calls it from one thread.
 */
public final class WorkbookAnnotations implements BatchListener {

    /** One issue placed in the workbook. */
    static final class Note {
        final int column;
        final Severity severity;
        final String ruleId;
        final String position;
        final String recordId;
        final String message;

        Note(int column, Severity severity, String ruleId, String position, String recordId, String message) {
            this.column = column;
            this.severity = severity;
            this.ruleId = ruleId;
            this.position = position;
            this.recordId = recordId;
            this.message = message;
        }
    }

    private final MessageRenderer messages;
    private final Map<Long, List<Note>> byRow = new TreeMap<>();
    private long count;

    /** Creates empty annotations with the standard message catalogue. */
    public WorkbookAnnotations() {
        this(MessageRenderer.standard());
    }

    /**
     * Creates empty annotations.
     *
     * @param messages renders the messages (in zh-CN)
     */
    public WorkbookAnnotations(MessageRenderer messages) {
        this.messages = messages;
    }

    /**
     * Records an issue that has a workbook position ({@code Sheet1!D17} or {@code Sheet1!17:17}); others are
     * ignored.
     *
     * @param issue the issue
     */
    @Override
    public void onIssue(Issue issue) {
        String position = issue.position().orElse(null);
        if (position == null || issue.line().isEmpty()) {
            return;
        }
        String cell = position.substring(position.lastIndexOf('!') + 1);
        int column = cell.indexOf(':') >= 0 ? -1 : CellReferences.column(cell);
        Note note = new Note(column, issue.severity(), issue.ruleId(), position, issue.recordId().orElse(""),
                messages.render(issue, Locale.SIMPLIFIED_CHINESE));
        byRow.computeIfAbsent(issue.line().getAsLong(), row -> new ArrayList<>()).add(note);
        count++;
    }

    /** Returns the notes of a sheet row, in the order found. */
    List<Note> notes(long row) {
        return byRow.getOrDefault(row, Collections.emptyList());
    }

    /** Returns all notes by row, in row order. */
    Map<Long, List<Note>> all() {
        return Collections.unmodifiableMap(byRow);
    }

    /**
     * Returns the number of issues recorded.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    @Override
    public String toString() {
        return "WorkbookAnnotations{" + count + " issues on " + byRow.size() + " rows}";
    }
}
