package org.disabilitystandards.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.disabilitystandards.testkit.tables.CountyTemplateRecords;
import org.disabilitystandards.testkit.tables.TemplateRow;

/**
 * Loads the county template records into a table the way a front database (前置库) holds them: the
 * template's Chinese column names, 序号 an integer, 发证日期 and 有效期至 DATE columns, everything else
 * VARCHAR (so the birth date may be text, and the ID typed as a number arrives as Excel wrote it).
 */
final class PersonsTable {

    static final String TABLE = "persons";
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("y/M/d");

    private PersonsTable() {
    }

    static void load(Connection connection, List<TemplateRow> rows) throws SQLException {
        List<String> headers = CountyTemplateRecords.HEADERS;
        StringBuilder create = new StringBuilder("CREATE TABLE " + TABLE + " (");
        for (int i = 0; i < headers.size(); i++) {
            String type = i == 0 ? "INTEGER PRIMARY KEY" : isDateColumn(i) ? "DATE" : "VARCHAR(64)";
            create.append(i == 0 ? "" : ", ").append('"').append(headers.get(i)).append("\" ").append(type);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
            statement.execute(create.append(')').toString());
        }
        String insert = "INSERT INTO " + TABLE + " VALUES (" + "?, ".repeat(headers.size() - 1) + "?)";
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
