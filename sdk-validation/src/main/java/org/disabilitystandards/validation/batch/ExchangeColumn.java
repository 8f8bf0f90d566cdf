package org.disabilitystandards.validation.batch;

import java.util.List;

/**
 * The flat fields of one exchange record as they appear as columns of a table (exchange format version 1,
 * CSV flavour), with the field path of each and the headers the usual templates of the disability
 * federation's county forms give them. The same columns serve the CSV flavour, workbooks and database
 * tables; {@link ColumnMapping} maps header names to them. The Chinese headers are the standard alias
 * table of docs/workbooks-and-databases.md.
 */
public enum ExchangeColumn {

    /** The record id ({@code recordId}): 记录编号. Required in CSV; for workbooks and tables, the row when absent. */
    RECORD_ID("recordId", "recordId", true, "记录编号", "记录号"),
    /** The resident ID number (GB 11643-1999): 公民身份号码, 身份证号. */
    ID_NUMBER("idNumber", "idNumber", true, "公民身份号码", "身份证号", "身份证号码", "身份证件号码"),
    /** The name: 姓名. */
    NAME("name", "name", true, "姓名"),
    /** The sex (code, enum name or 男/女): 性别. */
    SEX("sex", "sex", false, "性别"),
    /** The birth date: 出生日期. */
    BIRTH_DATE("birthDate", "birthDate", false, "出生日期"),
    /** The county-level division code (GB/T 2260): 行政区划代码. */
    REGION_CODE("regionCode", "regionCode", true, "行政区划代码", "行政区划", "区划代码", "地区代码"),
    /** The residence (城镇/农村): 户口性质. */
    RESIDENCE("residence", "residence", false, "户口性质", "户籍性质", "城乡类别"),
    /** The certificate number: 残疾人证号. */
    CERTIFICATE_NUMBER("certificateNumber", "certificate.number", false, "残疾人证号", "残疾证号", "残疾人证号码"),
    /** The certificate's category (code, enum name or 视力残疾...): 残疾类别. */
    CERTIFICATE_CATEGORY("certificateCategory", "certificate.category", false, "残疾类别"),
    /** The certificate's grade (1-4 or 一级..四级): 残疾等级. */
    CERTIFICATE_GRADE("certificateGrade", "certificate.grade", false, "残疾等级"),
    /** The certificate's issue date: 发证日期. */
    CERTIFICATE_ISSUED_ON("certificateIssuedOn", "certificate.issuedOn", false, "发证日期", "办证日期"),
    /** The certificate's end of validity: 有效期至. */
    CERTIFICATE_VALID_UNTIL("certificateValidUntil", "certificate.validUntil", false, "有效期至", "有效期截止日期");

    private final String header;
    private final String path;
    private final boolean required;
    private final List<String> chineseHeaders;

    ExchangeColumn(String header, String path, boolean required, String... chineseHeaders) {
        this.header = header;
        this.path = path;
        this.required = required;
        this.chineseHeaders = List.of(chineseHeaders);
    }

    /**
     * Returns the English header of the CSV flavour, for example {@code certificateGrade}.
     *
     * @return the header
     */
    public String header() {
        return header;
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
     * Returns whether the CSV flavour requires the column (a workbook or table may lack {@link #RECORD_ID}).
     *
     * @return true for record id, ID number, name and region code
     */
    public boolean required() {
        return required;
    }

    /**
     * Returns the Chinese headers of the standard alias table, the first being the usual template's.
     *
     * @return the headers, unmodifiable
     */
    public List<String> chineseHeaders() {
        return chineseHeaders;
    }

    /**
     * Returns the column whose issues have a path, for locating an issue in a table.
     *
     * @param path an issue's field path
     * @return the column, or null when no column holds that path (a whole-record issue)
     */
    static ExchangeColumn forPath(String path) {
        for (ExchangeColumn column : values()) {
            if (column.path.equals(path)) {
                return column;
            }
        }
        return null;
    }
}
