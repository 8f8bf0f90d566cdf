package org.disabilitystandards.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import org.disabilitystandards.testkit.tables.TemplateTables;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JDBC source against a real PostgreSQL server, configured by the environment that {@code .ci/postgres.sh}
 * exports ({@code DSDS_TEST_PG_URL}, {@code DSDS_TEST_PG_USER}, {@code DSDS_TEST_PG_PASSWORD}). Without it the
 * tests are reported as skipped (an assumption), never as passed; CI runs the script, so there they run.
 */
class PostgresJdbcTest extends JdbcSourceContract {

    private static final String URL = System.getenv("DSDS_TEST_PG_URL");
    private static final String USER = System.getenv("DSDS_TEST_PG_USER");
    private static final String PASSWORD = System.getenv("DSDS_TEST_PG_PASSWORD");

    @BeforeAll
    static void load() throws Exception {
        if (URL != null) {
            try (Connection connection = JdbcRowSource.connect(URL, USER, PASSWORD)) {
                TemplateTables.load(connection, TABLE, RECORDS);
            }
        }
    }

    /** Reports each test as skipped, not passed, where no server is configured. */
    @BeforeEach
    void requireServer() {
        assumeTrue(URL != null, "no PostgreSQL server configured: run eval \"$(.ci/postgres.sh)\" first");
    }

    @Override
    Connection connection() throws SQLException {
        try {
            return JdbcRowSource.connect(URL, USER, PASSWORD);
        } catch (JdbcSourceException e) {
            throw new SQLException(e.getMessage(), e.sqlState());
        }
    }

    @Test
    void theSourceCannotWrite() throws Exception {
        try (Connection connection = connection()) {
            assertThatThrownBy(() -> JdbcRowSource.query(connection,
                    "WITH gone AS (DELETE FROM persons RETURNING *) SELECT * FROM gone", JdbcOptions.defaults()))
                    .isInstanceOf(JdbcSourceException.class).hasMessageContaining("SQL state 25006");
            try (JdbcRowSource source = JdbcRowSource.table(connection, "persons", JdbcOptions.defaults())) {
                int rows = 0;
                while (source.next() != null) {
                    rows++;
                }
                assertThat(rows).isEqualTo(ROWS);
            }
        }
    }

    @Test
    void aWrongPasswordNamesNeitherUrlNorCredentials() {
        assertThatThrownBy(() -> JdbcRowSource.connect(URL, USER, "wrong-password-42"))
                .isInstanceOf(JdbcSourceException.class).hasMessageContaining("cannot connect")
                .hasMessageContaining("28P01").hasMessageNotContaining("wrong-password-42")
                .hasMessageNotContaining(USER).hasMessageNotContaining(URL);
    }
}
