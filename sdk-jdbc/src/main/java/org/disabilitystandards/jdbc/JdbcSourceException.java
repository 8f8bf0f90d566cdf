package org.disabilitystandards.jdbc;

import java.io.IOException;

/**
 * A database table or query that cannot be read: the connection, the statement or a row failed. The
 * message names the SQL state and the kind of failure only, never the JDBC URL, the user, the password or
 * any row value (driver messages can hold all of them).
 */
public final class JdbcSourceException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The SQL state of the driver's error, or null. */
    private final String sqlState;

    /**
     * Creates the exception.
     *
     * @param message  what failed, without URL, credentials or values
     * @param sqlState the SQL state (SQL:2016 / X/Open), or null
     */
    public JdbcSourceException(String message, String sqlState) {
        super(message + (sqlState == null ? "" : " (SQL state " + sqlState + ")"));
        this.sqlState = sqlState;
    }

    /**
     * Returns the SQL state of the driver's error.
     *
     * @return the state, or null
     */
    public String sqlState() {
        return sqlState;
    }
}
