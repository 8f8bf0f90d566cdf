package org.disabilitystandards.spark.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.disabilitystandards.validation.batch.LineValidator;
import org.disabilitystandards.validation.report.Issue;

/**
 * Makes the duplicate issues of later occurrences: from rows {@code (position, recordId, idNumber, first)}
 * where {@code first} is the smallest position with the same key and below {@code position}, the issue the
 * file validator reports on that line ({@link Schemas#PLACED_FINDINGS}). Nothing when the profile switches the
 * rule off.
 */
public final class DuplicateFindings implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<ValidationSpec> spec;
    private final LineValidator.Duplicate kind;

    /**
     * Creates the function.
     *
     * @param spec the run's broadcast recipe
     * @param kind record id or person
     */
    public DuplicateFindings(Broadcast<ValidationSpec> spec, LineValidator.Duplicate kind) {
        this.spec = spec;
        this.kind = kind;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        ValidationSpec recipe = spec.value();
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && rows.hasNext()) {
                    Row row = rows.next();
                    long position = row.getLong(0);
                    String recordId = row.isNullAt(1) ? null : row.getString(1);
                    Optional<Issue> issue = recipe.lines().duplicateIssue(kind, position, recordId, row.getLong(3));
                    if (issue.isPresent()) {
                        next = RowFactory.create(position, recordId, row.isNullAt(2) ? null : row.getString(2),
                                Findings.of(issue.get(), recipe.messages()));
                    }
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = next;
                next = null;
                return row;
            }
        };
    }
}
