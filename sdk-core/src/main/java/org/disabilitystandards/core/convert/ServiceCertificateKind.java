package org.disabilitystandards.core.convert;

/**
 * The two service disability certificates graded 1-10 under 《军人残疾等级评定标准》.
 */
public enum ServiceCertificateKind {
    /** 残疾军人证 (disabled serviceman certificate). */
    MILITARY,
    /** 伤残人民警察证 (disabled police certificate). */
    POLICE
}
