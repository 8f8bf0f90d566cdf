/** A database table or query as a row source of the exchange-file validator, through JDBC only. */
module org.disabilitystandards.jdbc {
    requires transitive org.disabilitystandards.validation;
    requires transitive java.sql;

    exports org.disabilitystandards.jdbc;
}
