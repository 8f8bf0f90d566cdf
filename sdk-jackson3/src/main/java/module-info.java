/**
 * The exchange-record model for Jackson 3 ({@code tools.jackson}). {@code org.disabilitystandards.jackson3.internal}
 * is not exported.
 */
// "module": the name keeps the 0.1 Automatic-Module-Name, terminal digit included
@SuppressWarnings("module")
module org.disabilitystandards.jackson3 {
    requires transitive org.disabilitystandards.core;
    requires transitive tools.jackson.databind;

    exports org.disabilitystandards.jackson3;
}
