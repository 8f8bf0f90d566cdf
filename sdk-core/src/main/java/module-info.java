/**
 * Codes, identifiers, GB/T 26341 grading, conversions and the typed exchange-record model, with the JSON
 * reading and writing of exchange format version 1.
 *
 * <p>{@code org.disabilitystandards.core.internal} holds helpers of the SDK's own modules and is exported to
 * them only. The packages whose types Jackson databind binds (the Immutables model, the bundled tables) are
 * opened to it, and to Jackson 3 for {@code org.disabilitystandards.jackson3}.
 */
// "module": the qualified exports and opens name modules that are not on this module's path;
// "requires-automatic": Immutables (compile time only) has an Automatic-Module-Name, no descriptor
@SuppressWarnings({"module", "requires-automatic"})
module org.disabilitystandards.core {
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    // compile-time only: Immutables' annotations (class retention) and the @Generated it writes
    requires static org.immutables.value;
    requires static java.compiler;

    exports org.disabilitystandards.core.catalogue;
    exports org.disabilitystandards.core.code;
    exports org.disabilitystandards.core.convert;
    exports org.disabilitystandards.core.grading;
    exports org.disabilitystandards.core.id;
    exports org.disabilitystandards.core.json;
    exports org.disabilitystandards.core.model;
    exports org.disabilitystandards.core.table;

    exports org.disabilitystandards.core.internal to
            org.disabilitystandards.validation,
            org.disabilitystandards.testkit,
            org.disabilitystandards.xlsx,
            org.disabilitystandards.jdbc,
            org.disabilitystandards.jackson3;
    exports org.disabilitystandards.core.internal.format to
            org.disabilitystandards.validation;
    exports org.disabilitystandards.core.internal.table to
            org.disabilitystandards.validation,
            org.disabilitystandards.testkit,
            org.disabilitystandards.spring.boot;

    // Immutables' generated Json* delegates and builders are created by reflection.
    opens org.disabilitystandards.core.model to com.fasterxml.jackson.databind, tools.jackson.databind;
    // Bundled tables: bound by databind, read as resources of their package.
    opens org.disabilitystandards.core.code to com.fasterxml.jackson.databind;
    opens org.disabilitystandards.core.convert to com.fasterxml.jackson.databind;
    opens org.disabilitystandards.core.grading to com.fasterxml.jackson.databind;
    opens org.disabilitystandards.core.catalogue to com.fasterxml.jackson.databind;
}
