package org.disabilitystandards.validation.indicator;

/**
 * What an indicator's value is.
 */
public enum IndicatorKind {
    /** A fraction 0-1: numerator over denominator; null when the denominator is empty. */
    RATE,
    /** A count of people, households or units; the denominator is absent. */
    COUNT,
    /** Not computable from exchange records (the data are not carried); value, target and met are null. */
    NOT_MEASURED
}
