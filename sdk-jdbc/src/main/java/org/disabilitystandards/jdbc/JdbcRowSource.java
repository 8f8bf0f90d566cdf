package org.disabilitystandards.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;
import org.disabilitystandards.core.id.Masking;
import org.disabilitystandards.validation.batch.Cell;
import org.disabilitystandards.validation.batch.RowSource;
import org.disabilitystandards.validation.batch.SourceRow;

/**
 * Reads the rows of a database table or query through JDBC (java.sql only) as a {@link RowSource}, for
 * {@link org.disabilitystandards.validation.batch.ExchangeFileValidator#validate(RowSource,
 * org.disabilitystandards.validation.batch.ColumnMapping, org.disabilitystandards.validation.batch.BatchListener)}:
 * the column labels are the header (mapped with the same alias table as CSV and workbooks), every row one
 * record.
 *
 * <p>The connection is switched to read-only and out of auto-commit (PostgreSQL streams a result set only in
 * a transaction), the statement is forward-only and read-only with {@link JdbcOptions#fetchSize()}, so the
 * result set is streamed and never held whole; closing the source closes the statement, rolls the
 * transaction back and restores the connection's auto-commit and read-only settings. The caller owns the
 * connection. A table name must be a plain or schema-qualified identifier (no quoting, no SQL); a query must
 * be a single {@code SELECT} or {@code WITH} statement. Tested with H2 and PostgreSQL; MySQL (with
 * {@code useCursorFetch=true}) and databases speaking the PostgreSQL or MySQL protocol should work, untested.
 *
 * <p>Column types: character columns are text (CHAR padding removed), numeric columns numbers, date and
 * timestamp columns dates, booleans {@code TRUE}/{@code FALSE}. Positions name the table and the row's key
 * ({@code persons[记录编号=R000001]!残疾等级}) or its number ({@code persons[row 17]!残疾等级}). Errors never
 * hold the URL, the credentials or a value. Not thread-safe except {@link #position}.
 */
public final class JdbcRowSource implements RowSource {

    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]*(\\.[\\p{L}_][\\p{L}\\p{N}_$]*)?");

    private final Connection connection;
    private final boolean wasAutoCommit;
    private final boolean wasReadOnly;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final String name;
    private final List<String> header;
    private final int[] types;
    private final int keyIndex;
    private final String keyLabel;
    private long count;

    private JdbcRowSource(Connection connection, String sql, String name, JdbcOptions options)
            throws JdbcSourceException {
        this.connection = connection;
        this.name = name;
        try {
            this.wasAutoCommit = connection.getAutoCommit();
            this.wasReadOnly = connection.isReadOnly();
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure("cannot make the connection read-only", e);
        }
        PreparedStatement prepared = null;
        try {
            prepared = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            prepared.setFetchSize(options.fetchSize());
            ResultSet result = prepared.executeQuery();
            ResultSetMetaData meta = result.getMetaData();
            List<String> labels = new ArrayList<>();
            int[] columnTypes = new int[meta.getColumnCount()];
            int key = -1;
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String label = meta.getColumnLabel(i);
                labels.add(label == null ? "" : label);
                columnTypes[i - 1] = meta.getColumnType(i);
                if (options.keyColumn() != null && options.keyColumn().equalsIgnoreCase(label)) {
                    key = i;
                }
            }
            if (options.keyColumn() != null && key < 0) {
                result.close();
                throw new JdbcSourceException("the result has no key column " + options.keyColumn(), null);
            }
            this.statement = prepared;
            this.rows = result;
            this.header = Collections.unmodifiableList(labels);
            this.types = columnTypes;
            this.keyIndex = key;
            this.keyLabel = key < 0 ? null : labels.get(key - 1);
        } catch (SQLException | JdbcSourceException e) {
            closeQuietly(prepared);
            restore(connection, wasAutoCommit, wasReadOnly);
            throw e instanceof SQLException ? failure("cannot run the query on " + name, (SQLException) e)
                    : (JdbcSourceException) e;
        }
    }

    /**
     * Reads a whole table, in the key column's order when {@link JdbcOptions#keyColumn} is set.
     *
     * @param connection the connection (owned by the caller; switched to read-only while the source is open)
     * @param table      a table or view name, optionally schema-qualified ({@code exchange.persons})
     * @param options    fetch size and key column
     * @return the source, to be closed
     * @throws JdbcSourceException      if the table cannot be read
     * @throws IllegalArgumentException if the name or key is not a plain identifier
     */
    public static JdbcRowSource table(Connection connection, String table, JdbcOptions options)
            throws JdbcSourceException {
        Objects.requireNonNull(connection, "connection");
        if (!IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("a table name must be an identifier, optionally schema-qualified");
        }
        String key = options.keyColumn();
        if (key != null && !IDENTIFIER.matcher(key).matches()) {
            throw new IllegalArgumentException("a key column must be an identifier");
        }
        return new JdbcRowSource(connection, "SELECT * FROM " + table + (key == null ? "" : " ORDER BY " + key),
                table, options);
    }

    /**
     * Reads the rows of a query.
     *
     * @param connection the connection (owned by the caller; switched to read-only while the source is open)
     * @param sql        one {@code SELECT} or {@code WITH} statement, without a terminating semicolon inside
     * @param options    fetch size and key column
     * @return the source, to be closed; its positions are named {@code query}
     * @throws JdbcSourceException      if the query fails
     * @throws IllegalArgumentException if the text is not a single SELECT or WITH statement
     */
    public static JdbcRowSource query(Connection connection, String sql, JdbcOptions options)
            throws JdbcSourceException {
        Objects.requireNonNull(connection, "connection");
        String text = sql.strip();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        String start = text.length() < 6 ? "" : text.substring(0, 6).toUpperCase(Locale.ROOT);
        if (!(start.startsWith("SELECT") || start.startsWith("WITH")) || text.indexOf(';') >= 0) {
            throw new IllegalArgumentException("a query must be one SELECT or WITH statement");
        }
        return new JdbcRowSource(connection, text, "query", options);
    }

    /**
     * Opens a connection with {@link DriverManager}; the driver must be on the class path.
     *
     * @param url      the JDBC URL (never printed: it may hold credentials)
     * @param user     the user, or null
     * @param password the password, or null
     * @return the connection, to be closed by the caller
     * @throws JdbcSourceException if no driver accepts the URL or the connection fails (message without URL or
     *                             credentials)
     */
    public static Connection connect(String url, String user, String password) throws JdbcSourceException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        try {
            return DriverManager.getConnection(Objects.requireNonNull(url, "url"), properties);
        } catch (SQLException e) {
            if ("08001".equals(e.getSQLState()) && e.getMessage() != null && e.getMessage().startsWith("No suitable")) {
                throw new JdbcSourceException("no JDBC driver on the class path accepts the URL", e.getSQLState());
            }
            throw failure("cannot connect to the database", e);
        }
    }

    private static JdbcSourceException failure(String what, SQLException e) {
        return new JdbcSourceException(what + ": " + e.getClass().getSimpleName(), e.getSQLState());
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerLine() {
        return 1;
    }

    @Override
    public SourceRow next() throws JdbcSourceException {
        try {
            if (!rows.next()) {
                return null;
            }
            count++;
            Cell[] cells = new Cell[types.length];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cell(i + 1);
            }
            String key = keyIndex < 0 ? null : rows.getString(keyIndex);
            return new SourceRow(count, key, cells);
        } catch (SQLException e) {
            throw failure("cannot read row " + (count + 1) + " of " + name, e);
        }
    }

    private Cell cell(int column) throws SQLException {
        Object value = rows.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof String) {
            String text = (String) value;
            int type = types[column - 1];
            return Cell.text(type == Types.CHAR || type == Types.NCHAR ? text.stripTrailing() : text);
        }
        if (value instanceof BigDecimal) {
            return Cell.number((BigDecimal) value);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Cell.number(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof BigInteger) {
            return Cell.number(new BigDecimal((BigInteger) value));
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? Cell.number(new BigDecimal(Double.toString(number)))
                    : Cell.text(value.toString());
        }
        if (value instanceof java.sql.Date) {
            return Cell.date(((java.sql.Date) value).toLocalDate());
        }
        if (value instanceof Timestamp) {
            return Cell.date(((Timestamp) value).toLocalDateTime().toLocalDate());
        }
        if (value instanceof LocalDate) {
            return Cell.date((LocalDate) value);
        }
        if (value instanceof LocalDateTime) {
            return Cell.date(((LocalDateTime) value).toLocalDate());
        }
        if (value instanceof OffsetDateTime) {
            return Cell.date(((OffsetDateTime) value).toLocalDate());
        }
        if (value instanceof Boolean) {
            return Cell.text((Boolean) value ? "TRUE" : "FALSE");
        }
        String text = rows.getString(column);
        return text == null ? null : Cell.text(text);
    }

    @Override
    public String position(SourceRow row, int column) {
        String columnPart = column < 0 || column >= header.size() ? "" : "!" + header.get(column);
        if (row == null) {
            return name + columnPart;
        }
        String rowPart = row.key() != null ? keyLabel + "=" + safeKey(row.key()) : "row " + row.number();
        return name + "[" + rowPart + "]" + columnPart;
    }

    /** Masks a key that looks like an ID number (15 or 18 characters of digits and X): positions are not masked. */
    private static String safeKey(String key) {
        boolean idLike = (key.length() == 15 || key.length() == 18)
                && key.chars().allMatch(c -> (c >= '0' && c <= '9') || c == 'X' || c == 'x');
        return idLike ? Masking.mask(key) : key;
    }

    @Override
    public long progress() {
        return count;
    }

    @Override
    public void close() throws JdbcSourceException {
        try {
            rows.close();
            statement.close();
        } catch (SQLException e) {
            throw failure("cannot close the query on " + name, e);
        } finally {
            restore(connection, wasAutoCommit, wasReadOnly);
        }
    }

    private static void restore(Connection connection, boolean autoCommit, boolean readOnly) {
        try {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
            connection.setReadOnly(readOnly);
        } catch (SQLException e) {
            // the connection is unusable; its owner will find out when it uses it
        }
    }

    private static void closeQuietly(PreparedStatement statement) {
        if (statement != null) {
            try {
                statement.close();
            } catch (SQLException e) {
                // the statement failed already; the first failure is reported
            }
        }
    }

    @Override
    public String toString() {
        return "JdbcRowSource{" + name + ", rows read=" + count + "}";
    }
}
