package org.disabilitystandards.examples.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/**
 * The {@code --as-of DATE} option shared by every command that depends on a date (default: today, China
 * time), so that results are reproducible.
 */
public final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "DATE", description = "Reference date yyyy-MM-dd (default: today).")
    private LocalDate asOf;

    /** Creates the option holder; picocli fills it from the command line. */
    public AsOfOption() {
    }

    /**
     * Returns the chosen date, or today in China.
     *
     * @return the as-of date
     */
    public LocalDate asOf() {
        return asOf != null ? asOf : LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
