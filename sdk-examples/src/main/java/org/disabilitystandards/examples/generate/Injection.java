package org.disabilitystandards.examples.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.PersonRecord;

/**
 * How one {@link Defect} is put into a clean record: each constant carries its own. There are three kinds:
 * a standards defect changes the record, a service-programme defect changes the record's coded services,
 * and a shape defect writes the line so that it no longer has the exchange format's shape.
 */
sealed interface Injection permits Injection.Standard, Injection.Programme, Injection.Shape {

    /** Changes a clean record so that one standards rule breaks. */
    @FunctionalInterface
    non-sealed interface Standard extends Injection {
        /**
         * Injects the defect.
         *
         * @param record  the clean record
         * @param context the line's random stream, the as-of date and the generator's tables
         * @return the broken record, or empty when this person cannot carry the defect
         */
        Optional<ImmutablePersonRecord> inject(ImmutablePersonRecord record, DefectContext context);
    }

    /** Changes a clean certificate holder's coded services so that one service-programme rule breaks. */
    @FunctionalInterface
    non-sealed interface Programme extends Injection {
        /**
         * Injects the defect.
         *
         * @param record   the clean record
         * @param services the clean services the holder could have, drawn before the injection
         * @param context  the line's random stream, the as-of date and the generator's tables
         * @return the broken record, or empty when this person cannot carry the defect
         */
        Optional<ImmutablePersonRecord> inject(ImmutablePersonRecord record, CodedServices.Candidates services,
                DefectContext context);
    }

    /** Writes a clean record as a line of the wrong shape. */
    @FunctionalInterface
    non-sealed interface Shape extends Injection {
        /**
         * Writes the line.
         *
         * @param record  the clean record
         * @param node    the record's JSON object, to change
         * @param context the generator's JSON writer
         * @return the line, without its line break
         */
        String write(PersonRecord record, ObjectNode node, DefectContext context);
    }

    /**
     * Returns a standards injection (a typed lambda for the enum constant's constructor).
     *
     * @param injection the injection
     * @return the injection
     */
    static Injection standard(Standard injection) {
        return injection;
    }

    /**
     * Returns a service-programme injection.
     *
     * @param injection the injection
     * @return the injection
     */
    static Injection programme(Programme injection) {
        return injection;
    }

    /**
     * Returns a shape injection.
     *
     * @param injection the injection
     * @return the injection
     */
    static Injection shape(Shape injection) {
        return injection;
    }
}
