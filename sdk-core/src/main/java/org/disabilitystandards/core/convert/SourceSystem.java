package org.disabilitystandards.core.convert;

import java.util.Optional;

/**
 * Grade scales that can be converted to GB/T 26341-2010: military and police disability grades 1-10
 * (《军人残疾等级评定标准》), fire and rescue disability grades 1-10 (国家综合性消防救援队伍残疾人员证, same scale), work-injury grades 1-10 (GB/T 16180-2014) and long-term-care dependency levels
 * 0-5 (《长期护理失能等级评估标准（试行）》).
 */
public enum SourceSystem {
    /** 残疾军人证 grades 1-10. */
    MILITARY("military", 1, 10),
    /** 伤残人民警察证 grades 1-10. */
    POLICE("police", 1, 10),
    /** 国家综合性消防救援队伍残疾人员证 grades 1-10. */
    FIRE_RESCUE("fire-rescue", 1, 10),
    /** GB/T 16180-2014 work-injury grades 1-10. */
    WORK_INJURY("work-injury", 1, 10),
    /** Long-term-care dependency levels 0-5. */
    CARE_LEVEL("care-level", 0, 5);

    private static final SourceSystem[] VALUES = values();

    private final String cliName;
    private final int minGrade;
    private final int maxGrade;

    SourceSystem(String cliName, int minGrade, int maxGrade) {
        this.cliName = cliName;
        this.minGrade = minGrade;
        this.maxGrade = maxGrade;
    }

    /**
     * Returns the lower-case name used by the command line and in JSON output ({@code military},
     * {@code police}, {@code work-injury}, {@code care-level}).
     *
     * @return the name
     */
    public String cliName() {
        return cliName;
    }

    /**
     * Returns the lowest grade or level of the scale (the least severe for care levels, the most severe
     * otherwise).
     *
     * @return 1, or 0 for care levels
     */
    public int minGrade() {
        return minGrade;
    }

    /**
     * Returns the highest grade or level of the scale.
     *
     * @return 10, or 5 for care levels
     */
    public int maxGrade() {
        return maxGrade;
    }

    /**
     * Returns whether the scale has a nature of disability (因战, 因公, 因病): military and police only.
     *
     * @return true for military and police
     */
    public boolean hasNature() {
        return this == MILITARY || this == POLICE;
    }

    /**
     * Returns the service certificate of this scale.
     *
     * @return MILITARY, POLICE or FIRE_RESCUE, empty for work injury and care levels
     */
    public Optional<ServiceCertificateKind> serviceCertificateKind() {
        return switch (this) {
            case MILITARY -> Optional.of(ServiceCertificateKind.MILITARY);
            case POLICE -> Optional.of(ServiceCertificateKind.POLICE);
            case FIRE_RESCUE -> Optional.of(ServiceCertificateKind.FIRE_RESCUE);
            default -> Optional.empty();
        };
    }

    /**
     * Finds a system by its command-line name or enum name (case-insensitive).
     *
     * @param name for example {@code work-injury} or {@code WORK_INJURY}
     * @return the system, or empty
     */
    public static Optional<SourceSystem> find(String name) {
        for (SourceSystem system : VALUES) {
            if (system.cliName.equalsIgnoreCase(name) || system.name().equalsIgnoreCase(name)) {
                return Optional.of(system);
            }
        }
        return Optional.empty();
    }
}
