package org.disabilitystandards.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.batch.LineValidator;
import org.disabilitystandards.validation.batch.LineValidator.NumberedLine;
import org.disabilitystandards.validation.batch.ValidatedLine;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Validates the lines of one partition ({@link Schemas#LINES}) into outcomes ({@link Schemas#OUTCOMES}) with
 * the executor's {@link LineValidator}, lazily, a batch at a time. The ID number shown is the record's,
 * masked unless the policy says otherwise, and only for lines that held a readable record, as on the
 * command line.
 */
public final class ValidateLines implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<ValidationSpec> spec;

    /**
     * Creates the function.
     *
     * @param spec the run's broadcast recipe
     */
    public ValidateLines(Broadcast<ValidationSpec> spec) {
        this.spec = spec;
    }

    /**
     * Reads the lines of a partition as {@link NumberedLine}s.
     *
     * @param rows rows of {@link Schemas#LINES}
     * @return the lines (a null value counts as an empty line)
     */
    static Iterator<NumberedLine> numbered(Iterator<Row> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public NumberedLine next() {
                Row row = rows.next();
                if (row.isNullAt(0)) {
                    throw new IllegalArgumentException("the ordering column is null in a row");
                }
                byte[] value = row.isNullAt(1) ? new byte[0] : (byte[]) row.get(1);
                return new NumberedLine(row.getLong(0), value);
            }
        };
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        ValidationSpec recipe = spec.value();
        Iterator<ValidatedLine> results = recipe.lines().validate(numbered(rows));
        MessageRenderer messages = recipe.messages();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return results.hasNext();
            }

            @Override
            public Row next() {
                ValidatedLine line = results.next();
                List<Row> findings = new ArrayList<>(line.issues().size());
                for (Issue issue : line.issues()) {
                    findings.add(Findings.of(issue, messages));
                }
                String shown = line.record().map(PersonRecord::idNumber).map(recipe.policy()::show).orElse(null);
                return RowFactory.create(line.line(), line.recordId().orElse(null),
                        line.recordIdKey().isPresent() ? line.recordIdKey().getAsLong() : null,
                        line.personKey().isPresent() ? line.personKey().getAsLong() : null, line.hasError(), shown,
                        CollectionConverters.asScala(findings).toSeq());
            }
        };
    }
}
