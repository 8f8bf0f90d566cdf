package org.disabilitystandards.examples.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.PersonRecord;

/**
 * What an {@link Injection} may use besides the record: the line's own random stream (so that the same seed
 * gives the same bytes), the as-of date, and the generator's record ids, retired codes and JSON writer.
 * One per defective line; not thread-safe (the random stream).
 */
final class DefectContext {

    private final RecordGenerator generator;
    private final SplittableRandom random;
    private final long lineNumber;

    DefectContext(RecordGenerator generator, SplittableRandom random, long lineNumber) {
        this.generator = generator;
        this.random = random;
        this.lineNumber = lineNumber;
    }

    /** The line's random stream for the injection. */
    SplittableRandom random() {
        return random;
    }

    /** The generator's as-of date. */
    LocalDate asOf() {
        return generator.asOf();
    }

    /** The person's age in completed years at the as-of date. */
    int age(PersonRecord record) {
        return (int) ChronoUnit.YEARS.between(record.birthDate().orElseThrow(), generator.asOf());
    }

    /** The record id of the previous line. */
    String previousRecordId() {
        return generator.recordId(lineNumber - 1);
    }

    /** A retired county code of the division table, drawn from the random stream. */
    String retiredCounty() {
        return generator.retiredCounty(random);
    }

    /** The first month a benefit of the certificate's holder is paid. */
    YearMonth firstPaidMonth(Certificate certificate) {
        return generator.firstPaidMonth(certificate);
    }

    /** A value written as one line of JSON, as the generator writes records. */
    String json(Object value) {
        return generator.json(value);
    }
}
