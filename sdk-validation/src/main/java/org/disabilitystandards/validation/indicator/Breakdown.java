package org.disabilitystandards.validation.indicator;

/**
 * The regional breakdown of the indicators, keyed by GB/T 2260 code (retired codes mapped to their
 * current successors, so the old 海东地区 6321 counts under 海东市 6302).
 */
public enum Breakdown {
    /** Prefecture-level units: the first four digits of the current prefecture code, e.g. {@code 6302}. */
    PREFECTURE,
    /** County-level units: the current six-digit county code, e.g. {@code 630203}. */
    COUNTY
}
