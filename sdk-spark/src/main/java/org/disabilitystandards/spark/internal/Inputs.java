package org.disabilitystandards.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns the inputs a caller may have into positioned lines ({@link Schemas#LINES}): text lines keep their raw
 * bytes; rows with the exchange format's nested fields become one JSON object each (a row Spark could not
 * parse keeps its raw text from the corrupt-record column); flat rows of the CSV flavour become one CSV row
 * each, under a header made of their column names.
 *
 * <p>Input order: when the caller names an ordering column, its values are the positions. Otherwise the
 * position is the 1-based index in the Dataset's own order (partition by partition, row by row), captured
 * once with {@code zipWithIndex}; for one text file read with {@code spark.read().text}, that is the line
 * number.
 */
public final class Inputs {

    /** The column Spark's JSON and CSV readers put unparseable rows in. */
    public static final String CORRUPT_RECORD = "_corrupt_record";

    private Inputs() {
    }

    /**
     * Positions text lines.
     *
     * @param lines     one column of text lines
     * @param firstLine the position of the first line
     * @return positioned lines
     */
    public static Dataset<Row> textLines(Dataset<String> lines, long firstLine) {
        return byIndex(lines.toDF("value").select(col("value").cast("binary").as("value")), firstLine);
    }

    /**
     * Renames table columns to the exchange format's field names.
     *
     * @param rows    the table
     * @param mapping exchange field name to table column name
     * @return the renamed table
     * @throws IllegalArgumentException if a mapped column is not in the table
     */
    public static Dataset<Row> rename(Dataset<Row> rows, Map<String, String> mapping) {
        Dataset<Row> renamed = rows;
        List<String> columns = Arrays.asList(rows.columns());
        for (Map.Entry<String, String> entry : mapping.entrySet()) {
            if (!columns.contains(entry.getValue())) {
                throw new IllegalArgumentException("column mapping names " + entry.getValue()
                        + ", which is not a column of the table; columns: " + columns);
            }
            renamed = renamed.withColumnRenamed(entry.getValue(), entry.getKey());
        }
        return renamed;
    }

    /**
     * Positions rows whose columns are the exchange format's fields (nested structs for nested objects).
     *
     * @param rows      the table, renamed
     * @param order     the ordering column, or null
     * @param firstLine the position of the first row when there is no ordering column
     * @return positioned JSON lines
     */
    public static Dataset<Row> structuredRows(Dataset<Row> rows, String order, long firstLine) {
        List<Column> fields = new ArrayList<>();
        boolean corrupt = false;
        for (String name : rows.columns()) {
            if (name.equals(CORRUPT_RECORD)) {
                corrupt = true;
            } else if (!name.equals(order)) {
                fields.add(col(name));
            }
        }
        Column json = to_json(struct(fields.toArray(new Column[0])));
        if (corrupt) {
            json = when(col(CORRUPT_RECORD).isNotNull(), col(CORRUPT_RECORD)).otherwise(json);
        }
        return positioned(rows, json.cast("binary"), order, firstLine);
    }

    /**
     * Positions flat rows of the CSV flavour's columns as CSV text.
     *
     * @param rows      the table, renamed
     * @param order     the ordering column, or null
     * @param firstLine the position of the first row when there is no ordering column
     * @return the header row's bytes and the positioned CSV rows
     */
    public static Map.Entry<byte[], Dataset<Row>> csvRows(Dataset<Row> rows, String order, long firstLine) {
        List<String> names = new ArrayList<>();
        List<Column> cells = new ArrayList<>();
        for (String name : rows.columns()) {
            if (!name.equals(order) && !name.equals(CORRUPT_RECORD)) {
                names.add(name);
                cells.add(col(name).cast("string"));
            }
        }
        Column position = order == null ? lit(0L) : col(order).cast("long");
        Dataset<Row> lines = rows.select(position, struct(cells.toArray(new Column[0])))
                .map((MapFunction<Row, Row>) row -> RowFactory.create(row.isNullAt(0) ? null : row.getLong(0),
                        csvLine(row.getStruct(1)).getBytes(StandardCharsets.UTF_8)), Encoders.row(Schemas.LINES));
        if (order == null) {
            lines = byIndex(lines.select(col("value")), firstLine);
        }
        String header = String.join(",", names.stream().map(Inputs::csvCell).toList());
        return Map.entry(header.getBytes(StandardCharsets.UTF_8), lines);
    }

    private static String csvLine(Row row) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(row.isNullAt(i) ? "" : csvCell(row.getString(i)));
        }
        return line.toString();
    }

    private static String csvCell(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static Dataset<Row> positioned(Dataset<Row> rows, Column value, String order, long firstLine) {
        if (order != null) {
            return rows.select(col(order).cast("long").as("position"), value.as("value"));
        }
        return byIndex(rows.select(value.as("value")), firstLine);
    }

    private static Dataset<Row> byIndex(Dataset<Row> values, long firstLine) {
        JavaRDD<Row> indexed = values.javaRDD().zipWithIndex()
                .map(pair -> RowFactory.create(pair._2() + firstLine, pair._1().isNullAt(0) ? null : pair._1().get(0)));
        return values.sparkSession().createDataFrame(indexed, Schemas.LINES);
    }

    /**
     * Finds the first non-blank line, the header of a CSV input.
     *
     * @param lines positioned lines
     * @return the header's position and bytes, or null when every line is blank
     */
    public static Row firstNonBlank(Dataset<Row> lines) {
        List<Row> first = lines.filter((FilterFunction<Row>) row -> !isBlank(row))
                .orderBy(col("position")).limit(1).collectAsList();
        return first.isEmpty() ? null : first.get(0);
    }

    private static boolean isBlank(Row row) {
        if (row.isNullAt(1)) {
            return true;
        }
        for (byte b : (byte[]) row.get(1)) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
