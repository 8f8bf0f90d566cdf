package org.disabilitystandards.examples.cli;

/**
 * Exit codes of every {@code dsds} command (see docs: cli).
 */
public final class ExitCodes {

    /** Success: nothing at or above the {@code --fail-on} severity. */
    public static final int OK = 0;
    /** Validation findings at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** Usage or input error. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
