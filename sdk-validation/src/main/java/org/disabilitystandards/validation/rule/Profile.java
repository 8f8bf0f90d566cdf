package org.disabilitystandards.validation.rule;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.disabilitystandards.validation.report.Severity;

/**
 * A named, immutable set of rules and parameters: which rules of the {@link RuleCatalogue} run, at which
 * severity, with which {@link ProfileParameters}. The bundled profiles are {@link #national()} (the
 * baseline) and {@link #qinghai()} (regions under 63, children's rehabilitation aid to age 17 with a
 * certificate for ages 7-17), read from the versioned resource {@code profiles.json}.
 *
 * <p>An embedder derives its own profile without touching global state:
 * {@code Profile.qinghai().toBuilder().name("xining").severity("CERT.EXPIRED", Severity.ERROR)
 * .disable("EDUCATION.AGE_STAGE").parameters(p -> p.careAllowanceGrade3IntellectualMental(true)).build()}.
 */
public final class Profile {

    private final String name;
    private final String description;
    private final RuleCatalogue catalogue;
    private final ProfileParameters parameters;
    private final Map<String, Severity> severities;
    private final Set<String> disabledRules;

    Profile(String name, String description, RuleCatalogue catalogue, ProfileParameters parameters,
            Map<String, Severity> severities, Set<String> disabledRules) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        for (String id : severities.keySet()) {
            catalogue.get(id);
        }
        for (String id : disabledRules) {
            catalogue.get(id);
        }
        this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
        this.disabledRules = Collections.unmodifiableSet(new LinkedHashSet<>(disabledRules));
    }

    /**
     * Returns the national baseline profile.
     *
     * @return the profile {@code national}
     */
    public static Profile national() {
        return ProfileData.bundled().get("national");
    }

    /**
     * Returns the Qinghai profile.
     *
     * @return the profile {@code qinghai}
     */
    public static Profile qinghai() {
        return ProfileData.bundled().get("qinghai");
    }

    /**
     * Returns a bundled profile by name.
     *
     * @param name {@code national} or {@code qinghai} (case-insensitive)
     * @return the profile
     * @throws IllegalArgumentException if no bundled profile has that name (the message lists the names)
     */
    public static Profile byName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown profile '" + name + "'; known: " + String.join(", ", names())));
    }

    /**
     * Finds a bundled profile by name.
     *
     * @param name the name (case-insensitive)
     * @return the profile, or empty if unknown
     */
    public static Optional<Profile> find(String name) {
        return Optional.ofNullable(ProfileData.bundled().get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * Returns the names of the bundled profiles.
     *
     * @return the names, in resource order
     */
    public static List<String> names() {
        return ProfileData.bundled().names();
    }

    /**
     * Returns the profile name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns a short description of the profile.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Returns the rule catalogue the profile selects from.
     *
     * @return the catalogue
     */
    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Returns the parameters.
     *
     * @return the parameters
     */
    public ProfileParameters parameters() {
        return parameters;
    }

    /**
     * Returns the severity overrides of this profile (rules not listed keep their default severity).
     *
     * @return an unmodifiable map from rule id to severity
     */
    public Map<String, Severity> severityOverrides() {
        return severities;
    }

    /**
     * Returns the rules switched off in this profile.
     *
     * @return an unmodifiable set of rule ids
     */
    public Set<String> disabledRules() {
        return disabledRules;
    }

    /**
     * Returns whether a rule runs under this profile (whatever the as-of date).
     *
     * @param ruleId the rule id
     * @return true unless the rule is switched off
     * @throws IllegalArgumentException if the catalogue has no such rule
     */
    public boolean isEnabled(String ruleId) {
        catalogue.get(ruleId);
        return !disabledRules.contains(ruleId);
    }

    /**
     * Returns the severity of a rule under this profile.
     *
     * @param rule the rule
     * @return the overriding severity, else the rule's default
     */
    public Severity severityOf(Rule rule) {
        return severities.getOrDefault(rule.id(), rule.defaultSeverity());
    }

    /**
     * Returns a builder initialised with this profile, to derive a custom one.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Profile)) {
            return false;
        }
        Profile that = (Profile) other;
        return name.equals(that.name) && description.equals(that.description)
                && (catalogue == that.catalogue || catalogue.equals(that.catalogue))
                && parameters.equals(that.parameters) && severities.equals(that.severities)
                && disabledRules.equals(that.disabledRules);
    }

    @Override
    public int hashCode() {
        // the catalogue is left out (equal catalogues hash alike anyway; this keeps hashing cheap)
        return Objects.hash(name, description, parameters, severities, disabledRules);
    }

    @Override
    public String toString() {
        return "Profile{" + name + ", severities=" + severities + ", disabled=" + disabledRules + ", " + parameters
                + "}";
    }

    /** Builds a derived {@link Profile}. Not thread-safe; the profile it started from is not changed. */
    public static final class Builder {

        private String name;
        private String description;
        private final RuleCatalogue catalogue;
        private ProfileParameters parameters;
        private final Map<String, Severity> severities;
        private final Set<String> disabledRules;

        private Builder(Profile base) {
            this.name = base.name;
            this.description = base.description;
            this.catalogue = base.catalogue;
            this.parameters = base.parameters;
            this.severities = new LinkedHashMap<>(base.severities);
            this.disabledRules = new LinkedHashSet<>(base.disabledRules);
        }

        /**
         * Sets the name of the derived profile.
         *
         * @param newName the name
         * @return this builder
         */
        public Builder name(String newName) {
            this.name = Objects.requireNonNull(newName, "name");
            return this;
        }

        /**
         * Sets the description.
         *
         * @param text the description
         * @return this builder
         */
        public Builder description(String text) {
            this.description = Objects.requireNonNull(text, "description");
            return this;
        }

        /**
         * Changes the severity of a rule.
         *
         * @param ruleId   the rule id
         * @param severity the severity
         * @return this builder
         * @throws IllegalArgumentException if the catalogue has no such rule
         */
        public Builder severity(String ruleId, Severity severity) {
            catalogue.get(ruleId);
            severities.put(ruleId, Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Switches a rule off.
         *
         * @param ruleId the rule id
         * @return this builder
         * @throws IllegalArgumentException if the catalogue has no such rule
         */
        public Builder disable(String ruleId) {
            catalogue.get(ruleId);
            disabledRules.add(ruleId);
            return this;
        }

        /**
         * Switches a rule back on.
         *
         * @param ruleId the rule id
         * @return this builder
         * @throws IllegalArgumentException if the catalogue has no such rule
         */
        public Builder enable(String ruleId) {
            catalogue.get(ruleId);
            disabledRules.remove(ruleId);
            return this;
        }

        /**
         * Replaces the parameters.
         *
         * @param newParameters the parameters
         * @return this builder
         */
        public Builder parameters(ProfileParameters newParameters) {
            this.parameters = Objects.requireNonNull(newParameters, "parameters");
            return this;
        }

        /**
         * Changes some parameters, starting from the current ones.
         *
         * @param change receives a builder with the current values and returns it changed
         * @return this builder
         */
        public Builder parameters(UnaryOperator<ProfileParameters.Builder> change) {
            this.parameters = change.apply(parameters.toBuilder()).build();
            return this;
        }

        /**
         * Builds the profile.
         *
         * @return the profile
         */
        public Profile build() {
            return new Profile(name, description, catalogue, parameters, severities, disabledRules);
        }
    }
}
