/**
 * A consumer of the SDK on the module path: it requires only the published API modules and opens its own
 * package to Hibernate Validator, which reads the constrained bean.
 */
module org.disabilitystandards.consumer {
    requires org.disabilitystandards.validation;

    opens org.disabilitystandards.consumer to org.hibernate.validator;
}
