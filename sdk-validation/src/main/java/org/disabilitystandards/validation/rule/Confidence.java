package org.disabilitystandards.validation.rule;

/**
 * How well a rule's value is established.
 */
public enum Confidence {
    /** Confirmed from an official text (or a faithful copy of it). */
    CONFIRMED,
    /**
     * The official value could not be settled; the rule uses a stated default that a profile may change
     * (standards-reference.md marks these [U]).
     */
    CONFIGURABLE_DEFAULT
}
