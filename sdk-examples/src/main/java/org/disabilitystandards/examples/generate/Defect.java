package org.disabilitystandards.examples.generate;

/**
 * The defects {@link RecordGenerator} can inject, one per defective record, each named by the rule id of
 * the rule catalogue that a validator should report for it. Standards defects keep the line well-formed
 * and conforming to the JSON Schema of the exchange format; format defects ({@code FORMAT.*}) break the
 * line's shape on purpose.
 */
public enum Defect {
    /** Wrong ISO 7064 MOD 11-2 check character (GB 11643-1999). */
    ID_CHECKSUM("ID.CHECKSUM", false),
    /** {@code sex} disagrees with the ID number's sequence digit. */
    ID_SEX_MISMATCH("ID.SEX_MISMATCH", false),
    /** {@code birthDate} disagrees with the ID number. */
    ID_BIRTH_DATE_MISMATCH("ID.BIRTH_DATE_MISMATCH", false),
    /** {@code regionCode} is not a GB/T 2260 code. */
    REGION_UNKNOWN("REGION.UNKNOWN", false),
    /** {@code regionCode} outside Qinghai (only an error under the {@code qinghai} profile). */
    REGION_OUTSIDE_PROFILE("REGION.OUTSIDE_PROFILE", false),
    /** {@code regionCode} is a retired GB/T 2260 code. */
    REGION_RETIRED("REGION.RETIRED", false),
    /** The certificate number's ID part differs from {@code idNumber}. */
    CERT_ID_MISMATCH("CERT.ID_MISMATCH", false),
    /** Digit 19 of the certificate number disagrees with {@code certificate.category}. */
    CERT_CATEGORY_MISMATCH("CERT.CATEGORY_MISMATCH", false),
    /** Digit 20 of the certificate number disagrees with {@code certificate.grade}. */
    CERT_GRADE_MISMATCH("CERT.GRADE_MISMATCH", false),
    /** The certificate is issued after the as-of date. */
    CERT_ISSUED_IN_FUTURE("CERT.ISSUED_IN_FUTURE", false),
    /** The certificate's validity ended before the as-of date. */
    CERT_EXPIRED("CERT.EXPIRED", false),
    /** The recorded assessment grade differs from the grade its measurements give (GB/T 26341-2010). */
    ASSESS_GRADE_MISMATCH("ASSESS.GRADE_MISMATCH", false),
    /** Military disability of nature ILLNESS with a grade of 7-10. */
    MILITARY_ILLNESS_GRADE("MILITARY.ILLNESS_GRADE", false),
    /** Police disability of nature ILLNESS. */
    POLICE_ILLNESS("POLICE.ILLNESS", false),
    /** Care allowance for a grade 3-4 certificate of a category no profile extends it to. */
    BENEFIT_CARE_ALLOWANCE_INELIGIBLE("BENEFIT.CARE_ALLOWANCE_INELIGIBLE", false),
    /** Living allowance outside a minimum-living-guarantee household. */
    BENEFIT_LIVING_ALLOWANCE_INELIGIBLE("BENEFIT.LIVING_ALLOWANCE_INELIGIBLE", false),
    /** A disability allowance for a person without a certificate. */
    BENEFIT_NO_CERTIFICATE("BENEFIT.NO_CERTIFICATE", false),
    /** Children's rehabilitation aid for an adult. */
    BENEFIT_CHILD_AID_AGE("BENEFIT.CHILD_AID_AGE", false),
    /** A benefit whose {@code to} month is before its {@code from} month. */
    BENEFIT_PERIOD_ORDER("BENEFIT.PERIOD_ORDER", false),
    /** A service dated after the as-of date. */
    SERVICE_DATE("SERVICE.DATE", false),
    /** An adult enrolled in primary school. */
    EDUCATION_AGE_STAGE("EDUCATION.AGE_STAGE", false),
    /** A children's rehabilitation aid service without its application. */
    CHILD_AID_APPLICATION_MISSING("CHILD_AID.APPLICATION_MISSING"),
    /** A child-aid target group that disagrees with the certificate's category. */
    CHILD_AID_TARGET_GROUP("CHILD_AID.TARGET_GROUP"),
    /** Child aid applied for at 7-17 without a certificate. */
    CHILD_AID_AGE("CHILD_AID.AGE"),
    /** Child aid without proof of disability. */
    CHILD_AID_PROOF("CHILD_AID.PROOF"),
    /** Child aid for a child registered outside Qinghai. */
    CHILD_AID_RESIDENCE("CHILD_AID.RESIDENCE"),
    /** Child aid whose item is a retrofit item. */
    CHILD_AID_ITEM("CHILD_AID.ITEM"),
    /** Child aid above the item's Qinghai cap. */
    CHILD_AID_AMOUNT_OVER_CAP("CHILD_AID.AMOUNT_OVER_CAP"),
    /** Eleven months of training in one year. */
    CHILD_AID_TRAINING_MONTHS("CHILD_AID.TRAINING_MONTHS"),
    /** A second designated institution in the same month. */
    CHILD_AID_TWO_INSTITUTIONS("CHILD_AID.TWO_INSTITUTIONS"),
    /** The same aid item funded twice for one month. */
    CHILD_AID_DOUBLE_FUNDING("CHILD_AID.DOUBLE_FUNDING"),
    /** An assistive-product code with a one-digit pair. */
    ITEM_CODE_SYNTAX("ITEM.CODE_SYNTAX"),
    /** A product of an edition the example catalogue does not list. */
    DEVICE_NOT_IN_CATALOGUE("DEVICE.NOT_IN_CATALOGUE"),
    /** A product the example catalogue reserves for another category. */
    DEVICE_NOT_ALLOWED("DEVICE.NOT_ALLOWED"),
    /** A fitting without the assessment its catalogue row requires. */
    DEVICE_ASSESSMENT_MISSING("DEVICE.ASSESSMENT_MISSING"),
    /** The same product issued twice within ten months. */
    DEVICE_REISSUE_TOO_EARLY("DEVICE.REISSUE_TOO_EARLY"),
    /** A device subsidy above the catalogue row's cap. */
    DEVICE_SUBSIDY_OVER_CAP("DEVICE.SUBSIDY_OVER_CAP"),
    /** A retrofit for a grade 3-4 holder. */
    RETROFIT_INELIGIBLE("RETROFIT.INELIGIBLE"),
    /** A retrofit item that does not suit the holder's category. */
    RETROFIT_ITEM_CATEGORY("RETROFIT.ITEM_CATEGORY"),
    /** A retrofit above Qinghai's cap. */
    RETROFIT_COST_OVER_CAP("RETROFIT.COST_OVER_CAP"),
    /** A second retrofit of the household in the plan period. */
    RETROFIT_ONE_PER_PERIOD("RETROFIT.ONE_PER_PERIOD"),
    /** The {@code recordId} of the previous line again. */
    DUPLICATE_RECORD_ID("FORMAT.DUPLICATE_RECORD_ID", false),
    /** The {@code idNumber} of the previous line again (another record of the same person). */
    DUPLICATE_PERSON("FORMAT.DUPLICATE_PERSON", false),
    /** A truncated line. */
    MALFORMED_JSON("FORMAT.MALFORMED_JSON", true),
    /** The required {@code name} is absent. */
    MISSING_FIELD("FORMAT.MISSING_FIELD", true),
    /** {@code birthDate} written as {@code dd/MM/yyyy}. */
    WRONG_TYPE("FORMAT.WRONG_TYPE", true),
    /** {@code residence} with a code the format does not define. */
    UNKNOWN_CODE("FORMAT.UNKNOWN_CODE", true),
    /** A field the format does not define. */
    UNKNOWN_FIELD("FORMAT.UNKNOWN_FIELD", true);

    private final String ruleId;
    private final boolean format;
    private final boolean serviceProgramme;

    Defect(String ruleId, boolean format) {
        this.ruleId = ruleId;
        this.format = format;
        this.serviceProgramme = false;
    }

    /** A service-programme defect (exchange format 1.1), injected only when the generator makes coded services. */
    Defect(String ruleId) {
        this.ruleId = ruleId;
        this.format = false;
        this.serviceProgramme = true;
    }

    /**
     * Returns the rule id a validator reports for this defect.
     *
     * @return the rule id, for example {@code ID.CHECKSUM}
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns whether the defect breaks the line's format (and its conformance to the JSON Schema).
     *
     * @return true for {@code FORMAT.*} shape defects
     */
    public boolean isFormatDefect() {
        return format;
    }

    /**
     * Returns whether the defect is one of the service programmes' (children's rehabilitation aid,
     * assistive-device fittings against {@link RecordGenerator#exampleCatalogue()}, household retrofits),
     * injected only by a generator built with {@link RecordGenerator.Builder#serviceProgrammes(boolean)}.
     *
     * @return true for {@code CHILD_AID.*}, {@code ITEM.*}, {@code DEVICE.*} and {@code RETROFIT.*} defects
     */
    public boolean isServiceProgrammeDefect() {
        return serviceProgramme;
    }
}
