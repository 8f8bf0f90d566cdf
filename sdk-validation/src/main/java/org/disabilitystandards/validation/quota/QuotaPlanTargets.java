package org.disabilitystandards.validation.quota;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.disabilitystandards.core.code.BundledTables;

/**
 * The employment targets of the plan's 专栏5 item 1 as versioned data (bundled resource
 * {@code plan-targets.json}, id {@code qinghai-14th-plan-column5}, version 1): which employers must employ
 * at least one disabled person by 2025 when below the ratio (province- and prefecture-level party and
 * government organs from 50 staff, public institutions other than schools and kindergartens from 67 staff),
 * and the share of disabled cadres in federation organs at county level and above (at least 15 %,
 * inclusive). The years the targets are in force are the effective dates of the rules
 * {@code QUOTA.PLAN_MINIMUM_ONE} and {@code QUOTA.DPF_SHARE} in the rule catalogue. Immutable and
 * thread-safe.
 */
public final class QuotaPlanTargets {

    private static final String RESOURCE = "plan-targets.json";

    private static final class Holder {
        static final QuotaPlanTargets BUNDLED = readBundled();
    }

    private final String id;
    private final String version;
    private final String source;
    /** Minimum staff by employer type; absent type: not covered. */
    private final Map<EmployerType, Integer> minimumOneStaff;
    /** Levels covered by employer type; absent type: every level. */
    private final Map<EmployerType, Set<AdministrativeLevel>> minimumOneLevels;
    private final int minimumDisabledEmployees;
    private final Set<AdministrativeLevel> federationLevels;
    private final BigDecimal federationMinimumSharePercent;

    private QuotaPlanTargets(JsonNode root) {
        this.id = text(root, "id");
        this.version = text(root, "version");
        this.source = text(root, "source");
        JsonNode minimumOne = node(root, "minimumOne");
        Map<EmployerType, Integer> staff = new EnumMap<>(EmployerType.class);
        Map<EmployerType, Set<AdministrativeLevel>> levels = new EnumMap<>(EmployerType.class);
        for (JsonNode employer : node(minimumOne, "employers")) {
            EmployerType type = EmployerType.valueOf(text(employer, "type"));
            int minimum = node(employer, "minimumStaff").asInt(-1);
            if (minimum < 0 || staff.put(type, minimum) != null) {
                throw new IllegalArgumentException(RESOURCE + ": employer " + type + " needs one minimumStaff >= 0");
            }
            if (employer.has("levels")) {
                levels.put(type, levels(employer));
            }
        }
        this.minimumOneStaff = Collections.unmodifiableMap(staff);
        this.minimumOneLevels = Collections.unmodifiableMap(levels);
        this.minimumDisabledEmployees = node(minimumOne, "minimumDisabledEmployees").asInt();
        JsonNode share = node(root, "federationShare");
        this.federationLevels = levels(share);
        this.federationMinimumSharePercent = node(share, "minimumSharePercent").decimalValue();
        if (minimumDisabledEmployees < 1 || federationMinimumSharePercent.signum() <= 0
                || federationMinimumSharePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException(RESOURCE + ": minimumDisabledEmployees must be 1 or more and "
                    + "minimumSharePercent in (0, 100]");
        }
    }

    private static Set<AdministrativeLevel> levels(JsonNode parent) {
        Set<AdministrativeLevel> levels = EnumSet.noneOf(AdministrativeLevel.class);
        for (JsonNode level : node(parent, "levels")) {
            levels.add(AdministrativeLevel.valueOf(level.asText()));
        }
        return Collections.unmodifiableSet(levels);
    }

    private static JsonNode node(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException(RESOURCE + ": missing field " + field);
        }
        return node;
    }

    private static String text(JsonNode parent, String field) {
        return node(parent, field).asText();
    }

    private static QuotaPlanTargets readBundled() {
        return BundledTables.read(QuotaPlanTargets.class, RESOURCE,
            in -> new QuotaPlanTargets(new ObjectMapper().readTree(in)));
    }

    /**
     * Returns the bundled targets of the plan's 专栏5 (loaded once).
     *
     * @return the targets
     */
    public static QuotaPlanTargets bundled() {
        return Holder.BUNDLED;
    }

    /**
     * Returns the table id.
     *
     * @return {@code qinghai-14th-plan-column5} for the bundled table
     */
    public String id() {
        return id;
    }

    /**
     * Returns the table version.
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    /**
     * Returns the source: document and item.
     *
     * @return the source text
     */
    public String source() {
        return source;
    }

    /**
     * Returns the staff count from which an employer must employ at least one disabled person when below
     * the ratio (专栏5 item 1: 50 for province- and prefecture-level organs, 67 for public institutions).
     *
     * @param employer the employer
     * @return the minimum staff, or -1 if the target does not cover the employer's type and level
     */
    public int minimumOneStaff(Employer employer) {
        Integer minimum = minimumOneStaff.get(employer.type());
        if (minimum == null) {
            return -1;
        }
        Set<AdministrativeLevel> levels = minimumOneLevels.get(employer.type());
        if (levels != null && !(employer.level().isPresent() && levels.contains(employer.level().get()))) {
            return -1;
        }
        return minimum;
    }

    /**
     * Returns the number of disabled people an employer covered by the minimum must employ (1).
     *
     * @return the minimum number of people
     */
    public int minimumDisabledEmployees() {
        return minimumDisabledEmployees;
    }

    /**
     * Returns whether the share of disabled cadres applies to a federation organ at a level (county and
     * above).
     *
     * @param level the organ's level
     * @return true if the share applies
     */
    public boolean federationShareApplies(AdministrativeLevel level) {
        return federationLevels.contains(Objects.requireNonNull(level, "level"));
    }

    /**
     * Returns the minimum share of disabled cadres in percent, inclusive (15).
     *
     * @return the share in percent
     */
    public BigDecimal federationMinimumSharePercent() {
        return federationMinimumSharePercent;
    }

    @Override
    public String toString() {
        return "QuotaPlanTargets{" + id + " v" + version + "}";
    }
}
