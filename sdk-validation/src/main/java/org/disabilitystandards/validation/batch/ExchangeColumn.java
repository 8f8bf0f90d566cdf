package org.disabilitystandards.validation.batch;

import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.core.internal.format.Field;
import org.disabilitystandards.core.internal.format.FieldKind;
import org.disabilitystandards.core.internal.format.FormatV1;
import org.disabilitystandards.core.internal.format.Shape;

/**
 * The flat fields of one exchange record as they appear as columns of a table (exchange format version 1,
 * CSV flavour), with the field path of each and the headers the usual templates of the disability
 * federation's county forms give them. The columns are the rows of the format's field table that carry a
 * CSV header (the record's own flat fields and those of its certificate), in the table's order: a row
 * added there with a CSV header is a column here without further code. The same columns serve the CSV
 * flavour, workbooks and database tables; {@link ColumnMapping} maps header names to them. The Chinese
 * headers are the standard alias table of docs/workbooks-and-databases.md. Immutable; compared by identity.
 */
public final class ExchangeColumn implements Comparable<ExchangeColumn> {

    private static final List<ExchangeColumn> VALUES = columns();

    /** The record id ({@code recordId}): 记录编号. Required in CSV; for workbooks and tables, the row when absent. */
    public static final ExchangeColumn RECORD_ID = byPath("recordId");
    /** The resident ID number (GB 11643-1999): 公民身份号码, 身份证号. */
    public static final ExchangeColumn ID_NUMBER = byPath("idNumber");
    /** The name: 姓名. */
    public static final ExchangeColumn NAME = byPath("name");
    /** The sex (code, enum name or 男/女): 性别. */
    public static final ExchangeColumn SEX = byPath("sex");
    /** The birth date: 出生日期. */
    public static final ExchangeColumn BIRTH_DATE = byPath("birthDate");
    /** The county-level division code (GB/T 2260): 行政区划代码. */
    public static final ExchangeColumn REGION_CODE = byPath("regionCode");
    /** The residence (城镇/农村): 户口性质. */
    public static final ExchangeColumn RESIDENCE = byPath("residence");
    /** The certificate number: 残疾人证号. */
    public static final ExchangeColumn CERTIFICATE_NUMBER = byPath("certificate.number");
    /** The certificate's category (code, enum name or 视力残疾...): 残疾类别. */
    public static final ExchangeColumn CERTIFICATE_CATEGORY = byPath("certificate.category");
    /** The certificate's grade (1-4 or 一级..四级): 残疾等级. */
    public static final ExchangeColumn CERTIFICATE_GRADE = byPath("certificate.grade");
    /** The certificate's issue date: 发证日期. */
    public static final ExchangeColumn CERTIFICATE_ISSUED_ON = byPath("certificate.issuedOn");
    /** The certificate's end of validity: 有效期至. */
    public static final ExchangeColumn CERTIFICATE_VALID_UNTIL = byPath("certificate.validUntil");

    private final int ordinal;
    private final String path;
    private final Field<?> field;
    private final Field<?> parent;

    private ExchangeColumn(int ordinal, String path, Field<?> field, Field<?> parent) {
        this.ordinal = ordinal;
        this.path = path;
        this.field = field;
        this.parent = parent;
    }

    /** The columns: the person's flat rows with a CSV header, and those of its single nested objects. */
    private static List<ExchangeColumn> columns() {
        List<ExchangeColumn> columns = new ArrayList<>();
        Shape<?, ?> person = FormatV1.PERSON;
        for (int i = 0; i < person.size(); i++) {
            Field<?> field = person.field(i);
            if (field.csvHeader() != null) {
                columns.add(new ExchangeColumn(columns.size(), field.name(), field, null));
            } else if (field.kind() == FieldKind.OBJECT) {
                Shape<?, ?> nested = field.shape();
                for (int j = 0; j < nested.size(); j++) {
                    Field<?> inner = nested.field(j);
                    if (inner.csvHeader() != null) {
                        columns.add(new ExchangeColumn(columns.size(), field.name() + '.' + inner.name(), inner, field));
                    }
                }
            }
        }
        return List.copyOf(columns);
    }

    private static ExchangeColumn byPath(String path) {
        ExchangeColumn column = forPath(path);
        if (column == null) {
            throw new IllegalStateException("the field table has no column " + path);
        }
        return column;
    }

    /**
     * Returns every column, in the order of the field table.
     *
     * @return the columns (a new array)
     */
    public static ExchangeColumn[] values() {
        return VALUES.toArray(new ExchangeColumn[0]);
    }

    /**
     * Returns the column's position in {@link #values()}.
     *
     * @return the position, 0-based
     */
    public int ordinal() {
        return ordinal;
    }

    /**
     * Returns the English header of the CSV flavour, for example {@code certificateGrade}.
     *
     * @return the header
     */
    public String header() {
        return field.csvHeader();
    }

    /**
     * Returns a constant-like name, for example {@code CERTIFICATE_GRADE}.
     *
     * @return the header in upper snake case
     */
    public String name() {
        return header().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * Returns the field path of issues about this column, for example {@code certificate.grade}.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * Returns whether the CSV flavour requires the column (a workbook or table may lack {@link #RECORD_ID}):
     * a required field of the record itself. A required field of a nested object (the certificate's grade)
     * is required only when the object is given.
     *
     * @return true for record id, ID number, name and region code
     */
    public boolean required() {
        return parent == null && field.required();
    }

    /**
     * Returns the Chinese headers of the standard alias table, the first being the usual template's.
     *
     * @return the headers, unmodifiable
     */
    public List<String> chineseHeaders() {
        return field.chineseHeaders();
    }

    /** Returns the field table's row of this column. */
    Field<?> field() {
        return field;
    }

    /** Returns the person's row of the nested object holding this column, or null for a field of the person. */
    Field<?> parent() {
        return parent;
    }

    /**
     * Returns the column whose issues have a path, for locating an issue in a table.
     *
     * @param path an issue's field path
     * @return the column, or null when no column holds that path (a whole-record issue)
     */
    static ExchangeColumn forPath(String path) {
        for (ExchangeColumn column : VALUES) {
            if (column.path.equals(path)) {
                return column;
            }
        }
        return null;
    }

    @Override
    public int compareTo(ExchangeColumn other) {
        return Integer.compare(ordinal, other.ordinal);
    }

    @Override
    public String toString() {
        return name();
    }
}
