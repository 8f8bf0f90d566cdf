package org.disabilitystandards.validation.report;

/**
 * How serious an {@link Issue} is. A profile may change a rule's severity.
 */
public enum Severity {
    /** The record breaks a standard or a rule in force. */
    ERROR,
    /** The record is suspicious or incomplete. */
    WARNING,
    /** A finding worth acting on that is not a defect, for example an unclaimed benefit. */
    INFO
}
