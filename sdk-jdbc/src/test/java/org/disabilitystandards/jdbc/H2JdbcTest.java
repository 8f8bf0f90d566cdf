package org.disabilitystandards.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import org.disabilitystandards.testkit.tables.TemplateTables;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDBC source against H2 in-process (always runs). */
class H2JdbcTest extends JdbcSourceContract {

    private static final String URL = "jdbc:h2:mem:dsds_persons;DB_CLOSE_DELAY=-1";
    private static Connection keepAlive;

    @BeforeAll
    static void load() throws SQLException {
        keepAlive = DriverManager.getConnection(URL, "sa", "");
        TemplateTables.load(keepAlive, TABLE, RECORDS);
    }

    @AfterAll
    static void drop() throws SQLException {
        keepAlive.close();
    }

    @Override
    Connection connection() throws SQLException {
        return DriverManager.getConnection(URL, "sa", "");
    }

    @Test
    void anUnknownUrlNamesNeitherUrlNorCredentials() {
        assertThatThrownBy(() -> JdbcRowSource.connect("jdbc:nosuchdb://host/secret-db", "someone", "s3cret-pw"))
                .isInstanceOf(JdbcSourceException.class).hasMessageContaining("no JDBC driver")
                .hasMessageNotContaining("secret-db").hasMessageNotContaining("s3cret-pw")
                .hasMessageNotContaining("someone");
    }
}
