package org.disabilitystandards.core.convert;

import java.util.Optional;

/**
 * Code systems that carry disability categories and can be translated into one another
 * (standards reference section 7).
 */
public enum TranslationSystem {
    /** 残疾人证 category digit 1-7 (GB/T 26341-2010). */
    CERTIFICATE_CATEGORY("certificate-category"),
    /** Resident health record 残疾情况 1-8, multi-valued and pipe-separated ({@code 2|5}). */
    HEALTH_RECORD("health-record"),
    /** GB/T 2261.3 health-status codes 60-67 and 69. */
    HEALTH_STATUS("health-status"),
    /** Tax 残疾证件类型 1-5 and 7. */
    TAX_CERTIFICATE_TYPE("tax-certificate-type");

    private static final TranslationSystem[] VALUES = values();

    private final String cliName;

    TranslationSystem(String cliName) {
        this.cliName = cliName;
    }

    /**
     * Returns the lower-case name used by the command line.
     *
     * @return the name
     */
    public String cliName() {
        return cliName;
    }

    /**
     * Finds a system by its command-line name or enum name (case-insensitive).
     *
     * @param name for example {@code health-record}
     * @return the system, or empty
     */
    public static Optional<TranslationSystem> find(String name) {
        for (TranslationSystem system : VALUES) {
            if (system.cliName.equalsIgnoreCase(name) || system.name().equalsIgnoreCase(name)) {
                return Optional.of(system);
            }
        }
        return Optional.empty();
    }
}
