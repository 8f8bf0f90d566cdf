package org.disabilitystandards.testkit.tables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.Residence;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.id.ResidentIdNumber;

/**
 * Generates deterministic synthetic records the way a county clerk's workbook holds them: the template's
 * Chinese headers (with 序号 and 民族, which the exchange format ignores), Chinese names for codes (男,
 * 视力残疾, 一级, 城镇), dates as dates except a few written as text, and known defects at fixed positions:
 * a wrong check character, a grade that contradicts the certificate number, an unknown region, duplicate
 * record ids and persons, a missing name, an unknown category name, and record 4 (index 3) whose ID number
 * a spreadsheet stored as a number. Each row's JSON Lines twin holds the same record (the number-typed ID as
 * a JSON number), so a table reader must find exactly what the JSON Lines reader finds.
 */
public final class CountyTemplateRecords {

    /** The template's headers, in column order. */
    public static final List<String> HEADERS = List.of("序号", "记录编号", "姓名", "性别", "民族", "出生日期", "公民身份号码",
            "行政区划代码", "户口性质", "残疾人证号", "残疾类别", "残疾等级", "发证日期", "有效期至");

    /** Index of the row whose ID number is stored as a number. */
    public static final int NUMERIC_ID_ROW = 3;
    /** Index of the row whose birth date is written as text {@code yyyy年M月d日}. */
    public static final int TEXT_DATE_ROW = 4;

    private static final String[] REGIONS = {"630102", "630103", "630104", "630105"};

    private CountyTemplateRecords() {
    }

    /**
     * Generates rows.
     *
     * @param count how many rows (at least 30 for every kind of defect)
     * @return the rows, unmodifiable
     */
    public static List<TemplateRow> generate(int count) {
        List<TemplateRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(row(i));
        }
        return Collections.unmodifiableList(rows);
    }

    /** A valid ID number, distinct for each n below about 5 million; odd sequence numbers (men) for even n. */
    static String idNumber(int n) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n / 400 * 7L + n % 37);
        int sequence = (n % 400) * 2 + (n % 2 == 0 ? 1 : 2);
        String first17 = String.format("630102%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static TemplateRow row(int i) {
        int person = i % 223 == 17 ? i - 1 : i;
        String recordId = String.format("R%06d", i % 211 == 13 ? i - 1 : i);
        String idNumber = idNumber(person);
        if (i % 97 == 5) {
            char check = idNumber.charAt(17);
            idNumber = idNumber.substring(0, 17) + (check == '0' ? '1' : '0');
        }
        LocalDate birth = LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)),
                Integer.parseInt(idNumber.substring(10, 12)), Integer.parseInt(idNumber.substring(12, 14)));
        Sex sex = (idNumber.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        String name = i % 79 == 19 ? null : "测试" + (char) ('甲' + i % 10);
        String region = i % 83 == 11 ? "639999" : REGIONS[i % REGIONS.length];
        Residence residence = i % 3 == 0 ? Residence.RURAL : Residence.URBAN;
        DisabilityCategory category = DisabilityCategory.values()[i % DisabilityCategory.values().length];
        DisabilityGrade grade = DisabilityGrade.values()[i % 4];
        String certificate = idNumber + category.digit() + grade.number();
        DisabilityGrade recordedGrade = i % 89 == 7 ? DisabilityGrade.values()[(i + 1) % 4] : grade;
        String categoryText = i % 101 == 23 ? "视力" : category.nameZh();
        LocalDate issued = LocalDate.of(2015 + i % 8, 1 + i % 12, 1 + i % 28);
        LocalDate validUntil = issued.plusYears(10);

        Object idCell = i == NUMERIC_ID_ROW ? new BigDecimal(Double.toString(Double.parseDouble(idNumber)))
                : idNumber;
        Object birthCell = i == TEXT_DATE_ROW
                ? birth.getYear() + "年" + birth.getMonthValue() + "月" + birth.getDayOfMonth() + "日" : birth;
        Object issuedCell = i % 50 == 9
                ? issued.getYear() + "/" + issued.getMonthValue() + "/" + issued.getDayOfMonth() : issued;
        List<Object> values = Arrays.asList(String.valueOf(i + 1), recordId, name, sex.nameZh(), "汉族", birthCell,
                idCell, region, residence.nameZh(), certificate, categoryText, recordedGrade.nameZh(), issuedCell,
                validUntil);

        StringBuilder json = new StringBuilder(320).append("{\"recordId\":\"").append(recordId).append('"');
        if (i == NUMERIC_ID_ROW) {
            json.append(",\"idNumber\":").append(idCell);
        } else {
            json.append(",\"idNumber\":\"").append(idNumber).append('"');
        }
        if (name != null) {
            json.append(",\"name\":\"").append(name).append('"');
        }
        json.append(",\"sex\":\"").append(sex.name()).append("\",\"birthDate\":\"").append(birth)
                .append("\",\"regionCode\":\"").append(region).append("\",\"residence\":\"").append(residence.name())
                .append("\",\"certificate\":{\"number\":\"").append(certificate).append("\",\"category\":\"")
                .append(i % 101 == 23 ? "视力" : category.name()).append("\",\"grade\":")
                .append(recordedGrade.number()).append(",\"issuedOn\":\"").append(issued)
                .append("\",\"validUntil\":\"").append(validUntil).append("\"}}");
        return new TemplateRow(recordId, values, json.toString());
    }
}
