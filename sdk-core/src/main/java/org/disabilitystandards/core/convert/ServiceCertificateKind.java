package org.disabilitystandards.core.convert;

/**
 * The service disability certificates graded 1-10: 残疾军人证 and 伤残人民警察证 under 《军人残疾等级评定标准》,
 * and, since 2023, 国家综合性消防救援队伍残疾人员证 (national fire and rescue service), graded on the same
 * 1-10 scale.
 */
public enum ServiceCertificateKind {
    /** 残疾军人证 (disabled serviceman certificate). */
    MILITARY,
    /** 伤残人民警察证 (disabled police certificate). */
    POLICE,
    /** 国家综合性消防救援队伍残疾人员证 (disability certificate of the national fire and rescue service). */
    FIRE_RESCUE
}
