/**
 * Validation of exchange records and files against the bundled rule catalogue and profiles, indicators,
 * the employment quota, issue reports rendered in zh-CN and en, and Jakarta Bean Validation constraints.
 *
 * <p>The constraint validators live in {@code org.disabilitystandards.validation.internal.constraints}: they
 * are provided as {@code jakarta.validation.ConstraintValidator} services (Hibernate Validator loads them with
 * {@link java.util.ServiceLoader}) and exported only to Hibernate Validator, which instantiates them. The
 * packages of the bundled tables are opened to {@code org.disabilitystandards.core}, whose table loader reads
 * their resources, and to Jackson databind, which binds them.
 */
// "module": the qualified exports and opens name modules that are not on this module's path;
// "requires-automatic": Immutables (compile time only) has an Automatic-Module-Name, no descriptor
@SuppressWarnings({"module", "requires-automatic"})
module org.disabilitystandards.validation {
    requires transitive org.disabilitystandards.core;
    requires transitive jakarta.validation;
    requires static org.immutables.value;

    exports org.disabilitystandards.validation.batch;
    exports org.disabilitystandards.validation.constraints;
    exports org.disabilitystandards.validation.indicator;
    exports org.disabilitystandards.validation.quota;
    exports org.disabilitystandards.validation.report;
    exports org.disabilitystandards.validation.rule;

    exports org.disabilitystandards.validation.internal.constraints to org.hibernate.validator;

    opens org.disabilitystandards.validation.rule to
            org.disabilitystandards.core, com.fasterxml.jackson.databind;
    opens org.disabilitystandards.validation.indicator to
            org.disabilitystandards.core, com.fasterxml.jackson.databind;
    opens org.disabilitystandards.validation.quota to
            org.disabilitystandards.core, com.fasterxml.jackson.databind;

    provides jakarta.validation.ConstraintValidator with
            org.disabilitystandards.validation.internal.constraints.ResidentIdNumberValidator,
            org.disabilitystandards.validation.internal.constraints.DisabilityCertificateNumberValidator,
            org.disabilitystandards.validation.internal.constraints.ConsistentCertificateValidator;
}
