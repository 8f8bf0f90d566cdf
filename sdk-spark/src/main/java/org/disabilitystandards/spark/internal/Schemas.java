package org.disabilitystandards.spark.internal;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The row shapes of a run: positioned input lines, per-line outcomes, and findings (the parts of an issue
 * row that do not depend on its place).
 */
public final class Schemas {

    /** Input lines: 1-based position in input order and the line's raw UTF-8 bytes. */
    public static final StructType LINES = new StructType(new StructField[] {
        DataTypes.createStructField("position", DataTypes.LongType, true),
        DataTypes.createStructField("value", DataTypes.BinaryType, true)});

    /** One issue without its place: rule, severity, path, English message, arguments as text. */
    public static final StructType FINDING = new StructType(new StructField[] {
        DataTypes.createStructField("rule", DataTypes.StringType, false),
        DataTypes.createStructField("severity", DataTypes.StringType, false),
        DataTypes.createStructField("path", DataTypes.StringType, true),
        DataTypes.createStructField("message", DataTypes.StringType, true),
        DataTypes.createStructField("arguments",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), true)});

    /** What one non-blank line gave: place, duplicate keys, own ERROR, shown ID number, own findings. */
    public static final StructType OUTCOMES = new StructType(new StructField[] {
        DataTypes.createStructField("position", DataTypes.LongType, false),
        DataTypes.createStructField("recordId", DataTypes.StringType, true),
        DataTypes.createStructField("recordKey", DataTypes.LongType, true),
        DataTypes.createStructField("personKey", DataTypes.LongType, true),
        DataTypes.createStructField("error", DataTypes.BooleanType, false),
        DataTypes.createStructField("idNumber", DataTypes.StringType, true),
        DataTypes.createStructField("findings", DataTypes.createArrayType(FINDING, false), false)});

    /** A finding with its line, as the duplicate pass makes them. */
    public static final StructType PLACED_FINDINGS = new StructType(new StructField[] {
        DataTypes.createStructField("line", DataTypes.LongType, false),
        DataTypes.createStructField("recordId", DataTypes.StringType, true),
        DataTypes.createStructField("idNumber", DataTypes.StringType, true),
        DataTypes.createStructField("finding", FINDING, false)});

    private Schemas() {
    }
}
