package org.disabilitystandards.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disabilitystandards.jdbc.JdbcOptions;
import org.disabilitystandards.jdbc.JdbcRowSource;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.batch.ColumnMapping;
import org.disabilitystandards.validation.batch.ExchangeColumn;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.xlsx.WorkbookException;
import org.disabilitystandards.xlsx.XlsxOptions;
import org.disabilitystandards.xlsx.XlsxRowSource;
import picocli.CommandLine.Option;

/**
 * The options of table-shaped inputs: workbooks ({@code --sheet}), a user column mapping ({@code --column}),
 * a database table or query ({@code --jdbc}, {@code --table}, {@code --query}, {@code --key},
 * {@code --fetch-size}, the user from {@code --jdbc-user} or {@code DSDS_JDBC_USER}, the password from
 * {@code DSDS_JDBC_PASSWORD} only). The JDBC URL may also come from {@code DSDS_JDBC_URL}. Neither URL nor
 * credentials are ever printed; every failure is a one-line {@link UserInputException}.
 */
final class TableInputs {

    /** Environment variable of the JDBC URL, used when {@code --jdbc} is absent. */
    static final String URL_VARIABLE = "DSDS_JDBC_URL";
    /** Environment variable of the database user, used when {@code --jdbc-user} is absent. */
    static final String USER_VARIABLE = "DSDS_JDBC_USER";
    /** Environment variable of the database password (there is no option: it would show in process lists). */
    static final String PASSWORD_VARIABLE = "DSDS_JDBC_PASSWORD";

    @Option(names = "--sheet", paramLabel = "NAME|N",
            description = "Workbook sheet by name, or by position from 1 (default: the first sheet).")
    String sheet;

    @Option(names = "--column", paramLabel = "HEADER=FIELD",
            description = "Map one more table header to a field (repeatable), for example --column "
                    + "证件号码=idNumber. Fields: recordId, idNumber, name, sex, birthDate, regionCode, residence, "
                    + "certificateNumber, certificateCategory, certificateGrade, certificateIssuedOn, "
                    + "certificateValidUntil.")
    List<String> columns = new ArrayList<>();

    @Option(names = "--jdbc", paramLabel = "URL",
            description = "Validate a database table or query (with --table or --query); the URL may also come "
                    + "from DSDS_JDBC_URL. The password comes from DSDS_JDBC_PASSWORD.")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "Database user (default: DSDS_JDBC_USER).")
    String jdbcUser;

    @Option(names = "--table", paramLabel = "TABLE", description = "Database table or view to validate.")
    String table;

    @Option(names = "--query", paramLabel = "SQL", description = "One SELECT statement whose rows to validate.")
    String query;

    @Option(names = "--key", paramLabel = "COLUMN",
            description = "Column that names a database row in issue positions (and orders a --table).")
    String key;

    @Option(names = "--fetch-size", paramLabel = "ROWS", defaultValue = "1000",
            description = "Database rows fetched per round trip (default: ${DEFAULT-VALUE}).")
    int fetchSize;

    /** Returns whether a database is to be read. */
    boolean hasDatabase() {
        return table != null || query != null || jdbcUrl != null;
    }

    /** Returns the name a database input is reported under. */
    String databaseName() {
        return table != null ? "jdbc:" + table : "jdbc:query";
    }

    /**
     * Checks {@code --column} before any input is read. Without it there is nothing to check, and the standard
     * mapping is built only by an input that maps headers (a workbook, a database), not by a JSON Lines file.
     */
    void checkColumns() {
        if (!columns.isEmpty()) {
            mapping();
        }
    }

    /** Builds the header mapping: the standard aliases plus {@code --column}. */
    ColumnMapping mapping() {
        ColumnMapping mapping = ColumnMapping.standard();
        for (String entry : columns) {
            int equals = entry.lastIndexOf('=');
            if (equals <= 0) {
                throw new UserInputException("--column takes HEADER=FIELD, for example 证件号码=idNumber");
            }
            String field = entry.substring(equals + 1).strip();
            ExchangeColumn column = null;
            for (ExchangeColumn candidate : ExchangeColumn.values()) {
                if (candidate.header().equalsIgnoreCase(field)) {
                    column = candidate;
                }
            }
            if (column == null) {
                throw new UserInputException("--column: unknown field " + field);
            }
            mapping = mapping.with(entry.substring(0, equals), column);
        }
        return mapping;
    }

    /** Returns the workbook options of {@code --sheet} by name; {@link #open} falls back to a position. */
    XlsxOptions xlsxOptions() {
        return sheet == null ? XlsxOptions.defaults() : XlsxOptions.defaults().sheet(sheet);
    }

    /** Opens a workbook sheet, the {@code --sheet} name first, then as a 1-based position. */
    XlsxRowSource open(Path path) throws IOException {
        try {
            return XlsxRowSource.open(path, xlsxOptions());
        } catch (WorkbookException e) {
            int position = sheetPosition();
            if (e.reason() != WorkbookException.Reason.SHEET_NOT_FOUND || position < 1) {
                throw e;
            }
            return XlsxRowSource.open(path, XlsxOptions.defaults().sheet(position - 1));
        }
    }

    /** Returns the options that reopen the sheet that {@link #open} read. */
    XlsxOptions optionsFor(XlsxRowSource source) {
        return XlsxOptions.defaults().sheet(source.sheetName());
    }

    private int sheetPosition() {
        try {
            return sheet == null ? -1 : Integer.parseInt(sheet.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Validates the database table or query. */
    BatchSummary validateDatabase(ExchangeFileValidator validator, BatchListener listener) {
        if ((table == null) == (query == null)) {
            throw new UserInputException("give exactly one of --table or --query with --jdbc");
        }
        if (fetchSize < 1) {
            throw new UserInputException("--fetch-size must be at least 1");
        }
        String url = jdbcUrl != null ? jdbcUrl : System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new UserInputException("no database: give --jdbc URL or set " + URL_VARIABLE);
        }
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            throw new UserInputException("--jdbc takes a JDBC URL starting with jdbc:");
        }
        String user = jdbcUser != null ? jdbcUser : System.getenv(USER_VARIABLE);
        JdbcOptions options = JdbcOptions.defaults().fetchSize(fetchSize);
        if (key != null) {
            options = options.keyColumn(key);
        }
        ColumnMapping mapping = mapping();
        try (Connection connection = JdbcRowSource.connect(url, user, System.getenv(PASSWORD_VARIABLE));
                JdbcRowSource source = table != null ? JdbcRowSource.table(connection, table, options)
                        : JdbcRowSource.query(connection, query, options)) {
            return validator.validate(source, mapping, listener);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        } catch (SQLException e) {
            throw new UserInputException("database: cannot close the connection (SQL state " + e.getSQLState() + ")");
        } catch (IOException e) {
            throw new UserInputException("database: " + e.getMessage());
        }
    }
}
