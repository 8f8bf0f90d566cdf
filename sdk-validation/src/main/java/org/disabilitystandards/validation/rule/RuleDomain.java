package org.disabilitystandards.validation.rule;

/**
 * The domain a rule belongs to; each domain's logic lives in one class.
 */
public enum RuleDomain {
    /** File and record shape (exchange format version 1). */
    FORMAT,
    /** Resident ID number, GB 11643-1999. */
    IDENTITY,
    /** Region codes, GB/T 2260. */
    REGION,
    /** The disability certificate (残疾人证). */
    CERTIFICATE,
    /** Assessments under GB/T 26341-2010. */
    ASSESSMENT,
    /** Military, police, work-injury grades and long-term-care levels. */
    SERVICE_DISABILITY,
    /** Benefits and services. */
    BENEFIT,
    /** Education. */
    EDUCATION,
    /** Proactive discovery of people who qualify and receive nothing. */
    ELIGIBILITY,
    /**
     * The employment quota of an employer (按比例安排残疾人就业): checked per employer by
     * {@code org.disabilitystandards.validation.quota}, not per record.
     */
    EMPLOYMENT_QUOTA,
    /** Service programmes: children's rehabilitation aid, assistive-device fittings, household retrofits (exchange format 1.1). */
    SERVICE_PROGRAMME
}
