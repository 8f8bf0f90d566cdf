package org.disabilitystandards.core.grading;

import java.util.Locale;

/**
 * One numeric grading scale of GB/T 26341-2010 (acuity, field radius, hearing loss, intelligibility, DQ,
 * IQ, WHO-DAS II score), read from the bundled threshold table: a plausible range and up to four band
 * bounds, grade 1 first. Immutable.
 */
final class Scale {

    /** Which direction of the measurement is the more severe. */
    enum Worse {
        /** Lower values are worse (acuity, field radius, intelligibility, DQ, IQ). */
        LOWER,
        /** Higher values are worse (hearing loss, WHO-DAS II score). */
        HIGHER
    }

    private final String key;
    private final String label;
    private final String unit;
    private final double min;
    private final double max;
    private final Worse worse;
    private final boolean inclusive;
    private final double[] bounds;
    private final String[] bandTexts;
    private final String belowText;

    Scale(String key, String label, String unit, double min, double max, Worse worse, boolean inclusive,
            double[] bounds) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.worse = worse;
        this.inclusive = inclusive;
        this.bounds = bounds.clone();
        this.bandTexts = new String[bounds.length];
        for (int i = 0; i < bounds.length; i++) {
            bandTexts[i] = label + ' ' + bandText(i) + unit;
        }
        this.belowText = label + ' ' + outsideText() + unit + ": below the disability threshold";
    }

    private String bandText(int index) {
        String severe = worse == Worse.LOWER ? (inclusive ? "<= " : "< ") : (inclusive ? ">= " : "> ");
        String mild = worse == Worse.LOWER ? (inclusive ? "> " : ">= ") : (inclusive ? "< " : "<= ");
        if (index == 0) {
            return severe + format(bounds[0]);
        }
        if (worse == Worse.HIGHER) {
            return severe + format(bounds[index]) + " and " + mild + format(bounds[index - 1]);
        }
        return mild + format(bounds[index - 1]) + " and " + severe + format(bounds[index]);
    }

    private String outsideText() {
        String mild = worse == Worse.LOWER ? (inclusive ? "> " : ">= ") : (inclusive ? "< " : "<= ");
        return mild + format(bounds[bounds.length - 1]);
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }

    /**
     * Returns the band index (0 for grade 1) the value falls in, or -1 below the disability threshold.
     * The value must be in range.
     */
    int band(double value) {
        for (int i = 0; i < bounds.length; i++) {
            if (inBand(value, bounds[i])) {
                return i;
            }
        }
        return -1;
    }

    private boolean inBand(double value, double bound) {
        if (worse == Worse.LOWER) {
            return inclusive ? value <= bound : value < bound;
        }
        return inclusive ? value >= bound : value > bound;
    }

    boolean inRange(double value) {
        return value >= min && value <= max;
    }

    String key() {
        return key;
    }

    String path() {
        return "measurements." + key;
    }

    String label() {
        return label;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    int bandCount() {
        return bounds.length;
    }

    double bound(int index) {
        return bounds[index];
    }

    /** The basis text of a band, for example "better-ear average hearing loss, unaided > 80 and <= 90 dB HL". */
    String basis(int index) {
        return bandTexts[index];
    }

    String belowText() {
        return belowText;
    }
}
