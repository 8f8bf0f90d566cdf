package org.disabilitystandards.validation.indicator;

/**
 * How an indicator's value is compared with its target: the plan writes "100" or "90" (at least) and
 * "&gt;91" (more than).
 */
public enum Comparison {
    /** The value must be at least the target ({@code >=}). */
    AT_LEAST(">="),
    /** The value must exceed the target ({@code >}). */
    GREATER_THAN(">");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /**
     * Returns the symbol used in JSON and reports.
     *
     * @return {@code >=} or {@code >}
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Returns whether a value meets a target.
     *
     * @param value  the value
     * @param target the target
     * @return true if met
     */
    public boolean isMet(double value, double target) {
        return this == AT_LEAST ? value >= target : value > target;
    }

    /**
     * Finds the comparison for a symbol.
     *
     * @param symbol {@code >=} or {@code >}
     * @return the comparison
     * @throws IllegalArgumentException for another symbol
     */
    public static Comparison ofSymbol(String symbol) {
        for (Comparison comparison : values()) {
            if (comparison.symbol.equals(symbol)) {
                return comparison;
            }
        }
        throw new IllegalArgumentException("unknown comparison '" + symbol + "', expected >= or >");
    }
}
