package org.disabilitystandards.validation.rule;

import org.disabilitystandards.core.grading.GradingFinding;

/**
 * The ids of the built-in rules of the bundled catalogue ({@code rules.json}), as compile-time constants, so
 * that a misspelt id fails when code is compiled, not when a validator is built (the style of FHIR core's
 * {@code I18nConstants} and YAVI's {@code ViolationMessage.Default}). A constant's name is its id with the dot
 * replaced by an underscore: {@code ID.CHECKSUM} is {@link #ID_CHECKSUM}. Each constant names the rule's
 * source document and its message arguments in order; clause, severity and dates are data of the catalogue
 * ({@link RuleCatalogue#get(String)}, {@code docs/rules.md}).
 *
 * <p>Rule ids are public API: they never change meaning and are never reused. An embedder's own catalogue
 * ({@link RuleCatalogue#load}) must hold every id listed here, since the validator's checks raise them.
 */
public final class RuleIds {


    // ---------------------------------------------------------------- FORMAT

    /** {@code FORMAT.MALFORMED_JSON}: SDK exchange format version 1. Arguments: detail. */
    public static final String FORMAT_MALFORMED_JSON = "FORMAT.MALFORMED_JSON";
    /** {@code FORMAT.MALFORMED_CSV}: SDK exchange format version 1. Arguments: detail. */
    public static final String FORMAT_MALFORMED_CSV = "FORMAT.MALFORMED_CSV";
    /** {@code FORMAT.MISSING_FIELD}: SDK exchange format version 1. Arguments: detail. */
    public static final String FORMAT_MISSING_FIELD = "FORMAT.MISSING_FIELD";
    /** {@code FORMAT.WRONG_TYPE}: SDK exchange format version 1. Arguments: detail. */
    public static final String FORMAT_WRONG_TYPE = "FORMAT.WRONG_TYPE";
    /** {@code FORMAT.UNKNOWN_CODE}: SDK exchange format version 1. Arguments: detail. */
    public static final String FORMAT_UNKNOWN_CODE = "FORMAT.UNKNOWN_CODE";
    /** {@code FORMAT.TOO_LONG}: SDK exchange format version 1. Arguments: detail. */
    public static final String FORMAT_TOO_LONG = "FORMAT.TOO_LONG";
    /** {@code FORMAT.UNKNOWN_FIELD}: SDK exchange format version 1. Arguments: detail. */
    public static final String FORMAT_UNKNOWN_FIELD = "FORMAT.UNKNOWN_FIELD";
    /** {@code FORMAT.DUPLICATE_RECORD_ID}: SDK exchange format version 1. Arguments: firstLine. */
    public static final String FORMAT_DUPLICATE_RECORD_ID = "FORMAT.DUPLICATE_RECORD_ID";
    /** {@code FORMAT.DUPLICATE_PERSON}: SDK data-quality rule. Arguments: firstLine. */
    public static final String FORMAT_DUPLICATE_PERSON = "FORMAT.DUPLICATE_PERSON";

    // ---------------------------------------------------------------- IDENTITY

    /** {@code ID.FORMAT}: GB 11643-1999. Arguments: none. */
    public static final String ID_FORMAT = "ID.FORMAT";
    /** {@code ID.CONVERTED}: GB 11643-1999. Arguments: none. */
    public static final String ID_CONVERTED = "ID.CONVERTED";
    /** {@code ID.CHECKSUM}: GB 11643-1999. Arguments: none. */
    public static final String ID_CHECKSUM = "ID.CHECKSUM";
    /** {@code ID.BIRTH_DATE}: GB 11643-1999. Arguments: none. */
    public static final String ID_BIRTH_DATE = "ID.BIRTH_DATE";
    /** {@code ID.REGION}: GB 11643-1999. Arguments: addressCode. */
    public static final String ID_REGION = "ID.REGION";
    /** {@code ID.REGION_STATISTICAL}: GB 11643-1999; 国家统计局 统计用区划代码. Arguments: addressCode, name. */
    public static final String ID_REGION_STATISTICAL = "ID.REGION_STATISTICAL";
    /**
     * {@code ID.REGION_RETIRED_BEFORE_BIRTH}: GB 11643-1999; GB/T 2260 edition history. Arguments: addressCode,
     * lastEdition, graceYears.
     */
    public static final String ID_REGION_RETIRED_BEFORE_BIRTH = "ID.REGION_RETIRED_BEFORE_BIRTH";
    /** {@code ID.BIRTH_YEAR_EARLY}: GB 11643-1999. Arguments: earliestYear. */
    public static final String ID_BIRTH_YEAR_EARLY = "ID.BIRTH_YEAR_EARLY";
    /**
     * {@code ID.KIND_NOT_ACCEPTED}: 港澳台居民居住证申领发放办法 (国办发〔2018〕81号); 外国人永久居留身份证 2023 edition (国家移民管理局). Arguments: kind.
     */
    public static final String ID_KIND_NOT_ACCEPTED = "ID.KIND_NOT_ACCEPTED";
    /** {@code ID.SEX_MISMATCH}: GB 11643-1999. Arguments: recorded, encoded. */
    public static final String ID_SEX_MISMATCH = "ID.SEX_MISMATCH";
    /** {@code ID.BIRTH_DATE_MISMATCH}: GB 11643-1999. Arguments: none. */
    public static final String ID_BIRTH_DATE_MISMATCH = "ID.BIRTH_DATE_MISMATCH";

    // ---------------------------------------------------------------- REGION

    /** {@code REGION.UNKNOWN}: GB/T 2260. Arguments: regionCode. */
    public static final String REGION_UNKNOWN = "REGION.UNKNOWN";
    /** {@code REGION.OUTSIDE_PROFILE}: GB/T 2260. Arguments: regionCode, prefix. */
    public static final String REGION_OUTSIDE_PROFILE = "REGION.OUTSIDE_PROFILE";
    /** {@code REGION.RETIRED}: GB/T 2260. Arguments: regionCode, successor. */
    public static final String REGION_RETIRED = "REGION.RETIRED";
    /** {@code REGION.STATISTICAL_ONLY}: 国家统计局 统计用区划代码 2016-2023. Arguments: regionCode, name. */
    public static final String REGION_STATISTICAL_ONLY = "REGION.STATISTICAL_ONLY";

    // ---------------------------------------------------------------- CERTIFICATE

    /** {@code CERT.FORMAT}: 残疾人证管理办法 (中国残联 2017). Arguments: reason. */
    public static final String CERT_FORMAT = "CERT.FORMAT";
    /** {@code CERT.ID_MISMATCH}: 残疾人证管理办法 (中国残联 2017). Arguments: none. */
    public static final String CERT_ID_MISMATCH = "CERT.ID_MISMATCH";
    /** {@code CERT.CATEGORY_MISMATCH}: 残疾人证管理办法 (中国残联 2017). Arguments: recorded, encoded. */
    public static final String CERT_CATEGORY_MISMATCH = "CERT.CATEGORY_MISMATCH";
    /** {@code CERT.GRADE_MISMATCH}: 残疾人证管理办法 (中国残联 2017). Arguments: recorded, encoded. */
    public static final String CERT_GRADE_MISMATCH = "CERT.GRADE_MISMATCH";
    /** {@code CERT.ISSUED_IN_FUTURE}: SDK data-quality rule. Arguments: issuedOn, asOf. */
    public static final String CERT_ISSUED_IN_FUTURE = "CERT.ISSUED_IN_FUTURE";
    /** {@code CERT.ISSUED_BEFORE_BIRTH}: SDK data-quality rule. Arguments: issuedOn. */
    public static final String CERT_ISSUED_BEFORE_BIRTH = "CERT.ISSUED_BEFORE_BIRTH";
    /** {@code CERT.VALIDITY_ORDER}: 残疾人证管理办法 (2017). Arguments: issuedOn, validUntil. */
    public static final String CERT_VALIDITY_ORDER = "CERT.VALIDITY_ORDER";
    /** {@code CERT.EXPIRED}: 残疾人证管理办法 (2017). Arguments: validUntil, asOf. */
    public static final String CERT_EXPIRED = "CERT.EXPIRED";

    // ---------------------------------------------------------------- ASSESSMENT

    /** {@code ASSESS.MEASUREMENT_RANGE}: GB/T 26341-2010. Arguments: measurement, value, min, max. */
    public static final String ASSESS_MEASUREMENT_RANGE = GradingFinding.MEASUREMENT_RANGE;
    /** {@code ASSESS.WRONG_MEASUREMENT}: GB/T 26341-2010. Arguments: measurement, category. */
    public static final String ASSESS_WRONG_MEASUREMENT = GradingFinding.WRONG_MEASUREMENT;
    /** {@code ASSESS.GRADE_MISMATCH}: GB/T 26341-2010. Arguments: recorded, computed, clause. */
    public static final String ASSESS_GRADE_MISMATCH = "ASSESS.GRADE_MISMATCH";
    /** {@code ASSESS.BELOW_THRESHOLD}: GB/T 26341-2010. Arguments: category. */
    public static final String ASSESS_BELOW_THRESHOLD = GradingFinding.BELOW_THRESHOLD;
    /** {@code ASSESS.AGE_NOT_GRADABLE}: GB/T 26341-2010. Arguments: category, age. */
    public static final String ASSESS_AGE_NOT_GRADABLE = GradingFinding.AGE_NOT_GRADABLE;
    /** {@code ASSESS.AGE_METHOD}: GB/T 26341-2010. Arguments: measurement, age. */
    public static final String ASSESS_AGE_METHOD = GradingFinding.AGE_METHOD;
    /** {@code ASSESS.DATE}: SDK data-quality rule. Arguments: assessedOn. */
    public static final String ASSESS_DATE = "ASSESS.DATE";
    /** {@code ASSESS.CERTIFICATE_DISAGREES}: 残疾人证管理办法 (2017). Arguments: category, recorded, assessed. */
    public static final String ASSESS_CERTIFICATE_DISAGREES = "ASSESS.CERTIFICATE_DISAGREES";
    /** {@code ASSESS.MULTIPLE_NEEDS_TWO}: GB/T 26341-2010. Arguments: count. */
    public static final String ASSESS_MULTIPLE_NEEDS_TWO = "ASSESS.MULTIPLE_NEEDS_TWO";

    // ---------------------------------------------------------------- SERVICE_DISABILITY

    /** {@code MILITARY.ILLNESS_GRADE}: 军人抚恤优待条例. Arguments: grade. */
    public static final String MILITARY_ILLNESS_GRADE = "MILITARY.ILLNESS_GRADE";
    /** {@code POLICE.ILLNESS}: 伤残抚恤管理办法; 人民警察抚恤优待办法 (2014). Arguments: none. */
    public static final String POLICE_ILLNESS = "POLICE.ILLNESS";
    /** {@code SERVICE_GRADE.RANGE}: 军人残疾等级评定标准; GB/T 16180-2014; 长期护理失能等级评估标准（试行）. Arguments: detail. */
    public static final String SERVICE_GRADE_RANGE = "SERVICE_GRADE.RANGE";

    // ---------------------------------------------------------------- BENEFIT

    /** {@code BENEFIT.NO_CERTIFICATE}: 国发〔2015〕52号. Arguments: benefit. */
    public static final String BENEFIT_NO_CERTIFICATE = "BENEFIT.NO_CERTIFICATE";
    /** {@code BENEFIT.CARE_ALLOWANCE_INELIGIBLE}: 国发〔2015〕52号. Arguments: grade, category. */
    public static final String BENEFIT_CARE_ALLOWANCE_INELIGIBLE = "BENEFIT.CARE_ALLOWANCE_INELIGIBLE";
    /** {@code BENEFIT.LIVING_ALLOWANCE_INELIGIBLE}: 国发〔2015〕52号. Arguments: none. */
    public static final String BENEFIT_LIVING_ALLOWANCE_INELIGIBLE = "BENEFIT.LIVING_ALLOWANCE_INELIGIBLE";
    /** {@code BENEFIT.CHILD_AID_AGE}: 国发〔2018〕20号; 青海省实施意见 (2018-12). Arguments: age, maxAge, certificateFromAge. */
    public static final String BENEFIT_CHILD_AID_AGE = "BENEFIT.CHILD_AID_AGE";
    /** {@code BENEFIT.PERIOD_ORDER}: SDK data-quality rule. Arguments: from, to. */
    public static final String BENEFIT_PERIOD_ORDER = "BENEFIT.PERIOD_ORDER";
    /** {@code SERVICE.DATE}: SDK data-quality rule. Arguments: date. */
    public static final String SERVICE_DATE = "SERVICE.DATE";

    // ---------------------------------------------------------------- EDUCATION

    /** {@code EDUCATION.AGE_STAGE}: 义务教育法 (2006) art. 11; 残疾人保障法 art. 25. Arguments: stage, age, minAge, maxAge. */
    public static final String EDUCATION_AGE_STAGE = "EDUCATION.AGE_STAGE";

    // ---------------------------------------------------------------- ELIGIBILITY

    /** {@code ELIGIBLE.LIVING_ALLOWANCE}: 国发〔2015〕52号; 青海省“十四五”残疾人保障和发展规划. Arguments: none. */
    public static final String ELIGIBLE_LIVING_ALLOWANCE = "ELIGIBLE.LIVING_ALLOWANCE";
    /** {@code ELIGIBLE.CARE_ALLOWANCE}: 国发〔2015〕52号; 青海省“十四五”残疾人保障和发展规划. Arguments: grade. */
    public static final String ELIGIBLE_CARE_ALLOWANCE = "ELIGIBLE.CARE_ALLOWANCE";
    /**
     * {@code ELIGIBLE.DIBAO_SINGLE_APPLICATION}: 最低生活保障审核确认办法 (民发〔2021〕57号); 青海省“十四五”残疾人保障和发展规划. Arguments: grade,
     * category.
     */
    public static final String ELIGIBLE_DIBAO_SINGLE_APPLICATION = "ELIGIBLE.DIBAO_SINGLE_APPLICATION";
    /** {@code ELIGIBLE.CHILD_REHABILITATION}: 国发〔2018〕20号; 青海省实施意见 (2018-12). Arguments: age. */
    public static final String ELIGIBLE_CHILD_REHABILITATION = "ELIGIBLE.CHILD_REHABILITATION";

    // ---------------------------------------------------------------- EMPLOYMENT_QUOTA

    /** {@code QUOTA.SHORTFALL}: 残疾人就业条例 (国务院令第488号). Arguments: staff, ratio, required, counted, shortfall. */
    public static final String QUOTA_SHORTFALL = "QUOTA.SHORTFALL";
    /**
     * {@code QUOTA.SHORTFALL_LEVY_EXEMPT}: 财政部公告2019年第98号; 财政部公告2023年第8号. Arguments: staff, ratio, required, counted,
     * shortfall, maxStaff.
     */
    public static final String QUOTA_SHORTFALL_LEVY_EXEMPT = "QUOTA.SHORTFALL_LEVY_EXEMPT";
    /** {@code QUOTA.PLAN_MINIMUM_ONE}: 青海省“十四五”残疾人保障和发展规划. Arguments: staff, minimumStaff. */
    public static final String QUOTA_PLAN_MINIMUM_ONE = "QUOTA.PLAN_MINIMUM_ONE";
    /** {@code QUOTA.DPF_SHARE}: 青海省“十四五”残疾人保障和发展规划. Arguments: cadres, disabledCadres, share, minimumShare. */
    public static final String QUOTA_DPF_SHARE = "QUOTA.DPF_SHARE";

    // ---------------------------------------------------------------- SERVICE_PROGRAMME

    /** {@code CHILD_AID.APPLICATION_MISSING}: 国发〔2018〕20号; 青海省实施意见 (2018-12). Arguments: none. */
    public static final String CHILD_AID_APPLICATION_MISSING = "CHILD_AID.APPLICATION_MISSING";
    /** {@code CHILD_AID.TARGET_GROUP}: 国发〔2018〕20号; 青海省实施意见 (2018-12). Arguments: targetGroup, category. */
    public static final String CHILD_AID_TARGET_GROUP = "CHILD_AID.TARGET_GROUP";
    /** {@code CHILD_AID.AGE}: 国发〔2018〕20号; 青海省实施意见 (2018-12). Arguments: age, maxAge, certificateFromAge. */
    public static final String CHILD_AID_AGE = "CHILD_AID.AGE";
    /** {@code CHILD_AID.PROOF}: 青海省实施意见 (2018-12). Arguments: none. */
    public static final String CHILD_AID_PROOF = "CHILD_AID.PROOF";
    /** {@code CHILD_AID.RESIDENCE}: 国发〔2018〕20号; 青海省实施意见 (2018-12). Arguments: prefix. */
    public static final String CHILD_AID_RESIDENCE = "CHILD_AID.RESIDENCE";
    /** {@code CHILD_AID.ITEM}: 国发〔2018〕20号; 青海省实施意见 (2018-12). Arguments: system. */
    public static final String CHILD_AID_ITEM = "CHILD_AID.ITEM";
    /** {@code CHILD_AID.AMOUNT_OVER_CAP}: 国发〔2018〕20号; 青海省实施意见 (2018-12). Arguments: item, capFen. */
    public static final String CHILD_AID_AMOUNT_OVER_CAP = "CHILD_AID.AMOUNT_OVER_CAP";
    /**
     * {@code CHILD_AID.TRAINING_MONTHS}: local child-aid rules (Hunan counties; Xi'an). Arguments: year, months,
     * maxMonths.
     */
    public static final String CHILD_AID_TRAINING_MONTHS = "CHILD_AID.TRAINING_MONTHS";
    /**
     * {@code CHILD_AID.TWO_INSTITUTIONS}: local child-aid rules (张家港: one designated institution at a time).
     * Arguments: first.
     */
    public static final String CHILD_AID_TWO_INSTITUTIONS = "CHILD_AID.TWO_INSTITUTIONS";
    /**
     * {@code CHILD_AID.DOUBLE_FUNDING}: local child-aid rules (Ningxia county notice: no double funding from province,
     * city and county in one year). Arguments: item, year, first.
     */
    public static final String CHILD_AID_DOUBLE_FUNDING = "CHILD_AID.DOUBLE_FUNDING";
    /**
     * {@code ITEM.CODE_SYNTAX}: GB/T 16432-2016 / ISO 9999 (structure); 民政部 《中国康复辅助器具目录》; SDK exchange format 1.1.
     * Arguments: system, problem.
     */
    public static final String ITEM_CODE_SYNTAX = "ITEM.CODE_SYNTAX";
    /**
     * {@code DEVICE.NOT_IN_CATALOGUE}: assistive-device catalogue loaded by the embedder (local 基本配置目录: 金寨 2025;
     * 京残发〔2018〕46号). Arguments: catalogue.
     */
    public static final String DEVICE_NOT_IN_CATALOGUE = "DEVICE.NOT_IN_CATALOGUE";
    /**
     * {@code DEVICE.NOT_ALLOWED}: assistive-device catalogue loaded by the embedder (local 基本配置目录: 金寨 2025;
     * 京残发〔2018〕46号). Arguments: catalogue, row.
     */
    public static final String DEVICE_NOT_ALLOWED = "DEVICE.NOT_ALLOWED";
    /**
     * {@code DEVICE.ASSESSMENT_MISSING}: assistive-device catalogue loaded by the embedder (local 基本配置目录: 金寨 2025;
     * 京残发〔2018〕46号). Arguments: catalogue, row.
     */
    public static final String DEVICE_ASSESSMENT_MISSING = "DEVICE.ASSESSMENT_MISSING";
    /**
     * {@code DEVICE.REISSUE_TOO_EARLY}: assistive-device catalogue loaded by the embedder (使用年限). Arguments:
     * replacementYears, first.
     */
    public static final String DEVICE_REISSUE_TOO_EARLY = "DEVICE.REISSUE_TOO_EARLY";
    /**
     * {@code DEVICE.SUBSIDY_OVER_CAP}: assistive-device catalogue loaded by the embedder (补贴标准). Arguments: capFen,
     * row.
     */
    public static final String DEVICE_SUBSIDY_OVER_CAP = "DEVICE.SUBSIDY_OVER_CAP";
    /** {@code RETROFIT.INELIGIBLE}: 困难重度残疾人家庭无障碍改造 (local rules: 金安区; 临洮 2023). Arguments: none. */
    public static final String RETROFIT_INELIGIBLE = "RETROFIT.INELIGIBLE";
    /**
     * {@code RETROFIT.ITEM_CATEGORY}: local retrofit item lists per category (临洮 2023; 金安区). Arguments: item,
     * category.
     */
    public static final String RETROFIT_ITEM_CATEGORY = "RETROFIT.ITEM_CATEGORY";
    /** {@code RETROFIT.COST_OVER_CAP}: local retrofit caps (临洮 2023: 3 500 元; 金安区: 6 000 元). Arguments: capFen. */
    public static final String RETROFIT_COST_OVER_CAP = "RETROFIT.COST_OVER_CAP";
    /**
     * {@code RETROFIT.ONE_PER_PERIOD}: 青海省“十四五”残疾人保障和发展规划 (专栏1 indicator 11: households retrofitted). Arguments:
     * periodStart, periodEnd, first.
     */
    public static final String RETROFIT_ONE_PER_PERIOD = "RETROFIT.ONE_PER_PERIOD";

    private RuleIds() {
    }
}
