package org.disabilitystandards.spring.boot;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.validation.rule.RecordValidator;

/**
 * Makes the {@link ExchangeFileValidator} of an as-of date from the application's {@link RecordValidator},
 * its clock and the {@code disability-standards.files.*} settings. An exchange file validator is bound to
 * one as-of date (the date that chooses the rules in force), so the application context holds this factory
 * rather than one validator. Immutable and thread-safe.
 */
public final class ExchangeFileValidators {

    private final RecordValidator validator;
    private final Clock clock;
    private final int threads;
    private final Path spillDirectory;

    /**
     * Creates the factory.
     *
     * @param validator      the record validator of the profile
     * @param clock          the clock whose date is "today"
     * @param threads        worker threads per file, 0 for the number of processors
     * @param spillDirectory directory of duplicate-detection spill files, or null for the system's
     */
    public ExchangeFileValidators(RecordValidator validator, Clock clock, int threads, Path spillDirectory) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (threads < 0) {
            throw new IllegalArgumentException("threads must not be negative");
        }
        this.threads = threads;
        this.spillDirectory = spillDirectory;
    }

    /**
     * Returns a validator of exchange files as of a date.
     *
     * @param asOf the as-of date
     * @return a new validator
     */
    public ExchangeFileValidator asOf(LocalDate asOf) {
        ExchangeFileValidator.Builder builder = ExchangeFileValidator.builder(validator, asOf);
        if (threads > 0) {
            builder.threads(threads);
        }
        if (spillDirectory != null) {
            builder.spillDirectory(spillDirectory);
        }
        return builder.build();
    }

    /**
     * Returns a validator of exchange files as of today, by the application's clock.
     *
     * @return a new validator
     */
    public ExchangeFileValidator today() {
        return asOf(today(clock));
    }

    /**
     * Returns today's date by the clock.
     *
     * @param clock the clock
     * @return the date in the clock's zone
     */
    static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }

    /**
     * Returns the record validator the file validators use.
     *
     * @return the record validator
     */
    public RecordValidator recordValidator() {
        return validator;
    }
}
