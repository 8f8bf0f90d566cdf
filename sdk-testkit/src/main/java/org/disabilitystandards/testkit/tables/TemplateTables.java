package org.disabilitystandards.testkit.tables;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Loads {@link CountyTemplateRecords} into a database table the way a front database (前置库) holds them:
 * the template's Chinese column names (quoted), 序号 an integer primary key, 发证日期 and 有效期至 DATE
 * columns, everything else VARCHAR(64) (so a birth date may be text, and the ID number that a spreadsheet
 * turned into a number arrives as the spreadsheet wrote it). Plain JDBC (java.sql), tested with H2 and
 * PostgreSQL.
 */
public final class TemplateTables {
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("y/M/d");

    private TemplateTables() {
    }

    /**
     * Creates (replacing) a table and inserts the rows in one transaction.
     *
     * @param connection the connection (its auto-commit setting is restored)
     * @param table      the table's name, a plain identifier
     * @param rows       the rows
     * @throws SQLException if the database refuses
     */
    public static void load(Connection connection, String table, List<TemplateRow> rows) throws SQLException {
        if (!table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("table must be a plain identifier");
        }
        List<String> headers = CountyTemplateRecords.HEADERS;
        StringBuilder create = new StringBuilder("CREATE TABLE " + table + " (");
        for (int i = 0; i < headers.size(); i++) {
            String type = i == 0 ? "INTEGER PRIMARY KEY" : isDateColumn(i) ? "DATE" : "VARCHAR(64)";
            create.append(i == 0 ? "" : ", ").append('"').append(headers.get(i)).append("\" ").append(type);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + table);
            statement.execute(create.append(')').toString());
        }
        String insert = "INSERT INTO " + table + " VALUES (" + "?, ".repeat(headers.size() - 1) + "?)";
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (TemplateRow row : rows) {
                List<Object> values = row.values();
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (i == 0) {
                        statement.setInt(1, Integer.parseInt((String) value));
                    } else if (isDateColumn(i)) {
                        LocalDate date = value instanceof LocalDate ? (LocalDate) value
                                : LocalDate.parse((String) value, SLASHED);
                        statement.setDate(i + 1, Date.valueOf(date));
                    } else if (value instanceof BigDecimal) {
                        statement.setString(i + 1, value.toString());
                    } else {
                        statement.setString(i + 1, value == null ? null : value.toString());
                    }
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(autoCommit);
    }

    private static boolean isDateColumn(int index) {
        String header = CountyTemplateRecords.HEADERS.get(index);
        return header.equals("发证日期") || header.equals("有效期至");
    }
}
