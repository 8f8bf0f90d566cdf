package org.disabilitystandards.spring.boot;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disabilitystandards.validation.report.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Configuration of the DisabilityStandards SDK in a Spring Boot application, under the prefix
 * {@code disability-standards}. Every property is optional: without any, the application validates against
 * the {@code national} profile (rule catalogue and {@code profiles.json} of sdk-validation).
 */
@ConfigurationProperties(prefix = DisabilityStandardsProperties.PREFIX)
public class DisabilityStandardsProperties {

    /** Creates the properties with their defaults; Spring binds them. */
    public DisabilityStandardsProperties() {
    }

    /** The prefix of every property. */
    public static final String PREFIX = "disability-standards";

    /**
     * Validation profile the rules run under: a bundled profile ("national" or "qinghai"), or the location
     * of a profile document of your own ("classpath:xining.json", "file:/etc/app/xining.json": one JSON
     * object like an entry of profiles.json, with a bundled "base"). The "overrides" properties change
     * either.
     */
    private String profile = "national";

    /** Changes to the chosen profile that make it a local profile of your own (a city, a programme). */
    private final Overrides overrides = new Overrides();

    /**
     * Your own crosswalk tables (JSON, the format of docs/grading-and-conversions.md), replacing the bundled table of
     * each source system they declare; checked at start-up.
     */
    private List<Resource> crosswalks = new ArrayList<>();

    /** Time zone whose calendar date is "today", the default as-of date of validation (China time). */
    private ZoneId zone = ZoneId.of("Asia/Shanghai");

    /** Batch validation of exchange files. */
    private final Files files = new Files();

    /**
     * Returns the profile name.
     *
     * @return the bundled profile the rules run under
     */
    public String getProfile() {
        return profile;
    }

    /**
     * Sets the profile name.
     *
     * @param profile the bundled profile
     */
    public void setProfile(String profile) {
        this.profile = profile;
    }

    /**
     * Returns the changes to the profile.
     *
     * @return the overrides, never null
     */
    public Overrides getOverrides() {
        return overrides;
    }

    /**
     * Returns the crosswalk resources.
     *
     * @return the resources, possibly empty
     */
    public List<Resource> getCrosswalks() {
        return crosswalks;
    }

    /**
     * Sets the crosswalk resources.
     *
     * @param crosswalks the resources
     */
    public void setCrosswalks(List<Resource> crosswalks) {
        this.crosswalks = crosswalks;
    }

    /**
     * Returns the time zone of "today".
     *
     * @return the zone
     */
    public ZoneId getZone() {
        return zone;
    }

    /**
     * Sets the time zone of "today".
     *
     * @param zone the zone
     */
    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Returns the settings of batch validation.
     *
     * @return the settings, never null
     */
    public Files getFiles() {
        return files;
    }

    /**
     * Changes to a bundled profile (see {@code Profile.Builder} and {@code ProfileParameters} of
     * sdk-validation, and docs/rules.md for the rule ids). Unset values keep the profile's own.
     */
    public static class Overrides {

        /** Creates the overrides with no value set. */
        public Overrides() {
        }

        /** Name of the resulting profile, shown in reports and the actuator info; defaults to the base name. */
        private String name;

        /** Description of the resulting profile. */
        private String description;

        /** Severity per rule id, for example {@code severities[CERT.EXPIRED]=ERROR}. */
        private Map<String, Severity> severities = new LinkedHashMap<>();

        /** Rule ids switched off. */
        private Set<String> disabledRules = new LinkedHashSet<>();

        /** Rule ids switched on that the profile switches off. */
        private Set<String> enabledRules = new LinkedHashSet<>();

        /** Prefix every regionCode must start with (rule REGION.OUTSIDE_PROFILE); empty for none. */
        private String regionPrefix;

        /** Whether 15-digit ID numbers are converted (ID.CONVERTED) instead of rejected (ID.FORMAT). */
        private Boolean acceptFifteenDigitIds;

        /** Whether grade-3 intellectual and mental disability is also covered by the care allowance. */
        private Boolean careAllowanceGrade3IntellectualMental;

        /** Oldest age, in completed years, for children's rehabilitation aid. */
        private Integer childAidMaxAge;

        /** Age from which children's rehabilitation aid requires a certificate. */
        private Integer childAidCertificateFromAge;

        /** Employment quota of employers, in percent of their staff. */
        private BigDecimal employmentQuotaPercent;

        /**
         * Returns whether any value is set.
         *
         * @return true if the profile is changed
         */
        public boolean isEmpty() {
            return name == null && description == null && severities.isEmpty() && disabledRules.isEmpty()
                    && enabledRules.isEmpty() && regionPrefix == null && acceptFifteenDigitIds == null
                    && careAllowanceGrade3IntellectualMental == null && childAidMaxAge == null
                    && childAidCertificateFromAge == null && employmentQuotaPercent == null;
        }

        /**
         * Returns the profile name.
         *
         * @return the name, or null for the base name
         */
        public String getName() {
            return name;
        }

        /**
         * Sets the profile name.
         *
         * @param name the name
         */
        public void setName(String name) {
            this.name = name;
        }

        /**
         * Returns the description.
         *
         * @return the description, or null
         */
        public String getDescription() {
            return description;
        }

        /**
         * Sets the description.
         *
         * @param description the description
         */
        public void setDescription(String description) {
            this.description = description;
        }

        /**
         * Returns the severities by rule id.
         *
         * @return the severities
         */
        public Map<String, Severity> getSeverities() {
            return severities;
        }

        /**
         * Sets the severities by rule id.
         *
         * @param severities the severities
         */
        public void setSeverities(Map<String, Severity> severities) {
            this.severities = severities;
        }

        /**
         * Returns the rules switched off.
         *
         * @return the rule ids
         */
        public Set<String> getDisabledRules() {
            return disabledRules;
        }

        /**
         * Sets the rules switched off.
         *
         * @param disabledRules the rule ids
         */
        public void setDisabledRules(Set<String> disabledRules) {
            this.disabledRules = disabledRules;
        }

        /**
         * Returns the rules switched on.
         *
         * @return the rule ids
         */
        public Set<String> getEnabledRules() {
            return enabledRules;
        }

        /**
         * Sets the rules switched on.
         *
         * @param enabledRules the rule ids
         */
        public void setEnabledRules(Set<String> enabledRules) {
            this.enabledRules = enabledRules;
        }

        /**
         * Returns the region prefix.
         *
         * @return the prefix, or null
         */
        public String getRegionPrefix() {
            return regionPrefix;
        }

        /**
         * Sets the region prefix.
         *
         * @param regionPrefix the prefix
         */
        public void setRegionPrefix(String regionPrefix) {
            this.regionPrefix = regionPrefix;
        }

        /**
         * Returns whether 15-digit ID numbers are accepted.
         *
         * @return the value, or null
         */
        public Boolean getAcceptFifteenDigitIds() {
            return acceptFifteenDigitIds;
        }

        /**
         * Sets whether 15-digit ID numbers are accepted.
         *
         * @param acceptFifteenDigitIds the value
         */
        public void setAcceptFifteenDigitIds(Boolean acceptFifteenDigitIds) {
            this.acceptFifteenDigitIds = acceptFifteenDigitIds;
        }

        /**
         * Returns whether grade 3 intellectual and mental is covered by the care allowance.
         *
         * @return the value, or null
         */
        public Boolean getCareAllowanceGrade3IntellectualMental() {
            return careAllowanceGrade3IntellectualMental;
        }

        /**
         * Sets whether grade 3 intellectual and mental is covered by the care allowance.
         *
         * @param careAllowanceGrade3IntellectualMental the value
         */
        public void setCareAllowanceGrade3IntellectualMental(Boolean careAllowanceGrade3IntellectualMental) {
            this.careAllowanceGrade3IntellectualMental = careAllowanceGrade3IntellectualMental;
        }

        /**
         * Returns the oldest age for children's rehabilitation aid.
         *
         * @return the age, or null
         */
        public Integer getChildAidMaxAge() {
            return childAidMaxAge;
        }

        /**
         * Sets the oldest age for children's rehabilitation aid.
         *
         * @param childAidMaxAge the age
         */
        public void setChildAidMaxAge(Integer childAidMaxAge) {
            this.childAidMaxAge = childAidMaxAge;
        }

        /**
         * Returns the age from which the aid requires a certificate.
         *
         * @return the age, or null
         */
        public Integer getChildAidCertificateFromAge() {
            return childAidCertificateFromAge;
        }

        /**
         * Sets the age from which the aid requires a certificate.
         *
         * @param childAidCertificateFromAge the age
         */
        public void setChildAidCertificateFromAge(Integer childAidCertificateFromAge) {
            this.childAidCertificateFromAge = childAidCertificateFromAge;
        }

        /**
         * Returns the employment quota in percent.
         *
         * @return the quota, or null
         */
        public BigDecimal getEmploymentQuotaPercent() {
            return employmentQuotaPercent;
        }

        /**
         * Sets the employment quota in percent.
         *
         * @param employmentQuotaPercent the quota
         */
        public void setEmploymentQuotaPercent(BigDecimal employmentQuotaPercent) {
            this.employmentQuotaPercent = employmentQuotaPercent;
        }
    }

    /** Settings of batch validation ({@code ExchangeFileValidator}). */
    public static class Files {

        /** Creates the batch settings with their defaults. */
        public Files() {
        }

        /** Worker threads of one file's validation; 0 for the number of processors. */
        private int threads;

        /** Directory for the spill files of duplicate detection in very large files; the system's by default. */
        private Path spillDirectory;

        /**
         * Returns the worker threads.
         *
         * @return the count, 0 for the number of processors
         */
        public int getThreads() {
            return threads;
        }

        /**
         * Sets the worker threads.
         *
         * @param threads the count, 0 for the number of processors
         */
        public void setThreads(int threads) {
            this.threads = threads;
        }

        /**
         * Returns the spill directory.
         *
         * @return the directory, or null for the system's temporary directory
         */
        public Path getSpillDirectory() {
            return spillDirectory;
        }

        /**
         * Sets the spill directory.
         *
         * @param spillDirectory the directory
         */
        public void setSpillDirectory(Path spillDirectory) {
            this.spillDirectory = spillDirectory;
        }
    }
}
