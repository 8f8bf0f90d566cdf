package org.disabilitystandards.validation.quota;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.disabilitystandards.core.internal.table.TableChecks;
import org.disabilitystandards.core.internal.table.TableLoader;
import org.disabilitystandards.core.internal.table.TableProblem;
import org.disabilitystandards.core.table.TableException.Reason;

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

    /**
     * The schema of the plan-targets table.
     *
     * @param id              the table id
     * @param version         the edition
     * @param source          the plan item
     * @param minimumOne      the at-least-one-employee target
     * @param federationShare the federation staff share target
     */
    record Document(@JsonProperty(required = true) String id, @JsonProperty(required = true) String version,
            @JsonProperty(required = true) String source, @JsonProperty(required = true) MinimumOne minimumOne,
            @JsonProperty(required = true) FederationShare federationShare) {
        Document {
            TableChecks.nonBlank("id", id);
            TableChecks.nonBlank("version", version);
            TableChecks.nonBlank("source", source);
            TableChecks.present("minimumOne", minimumOne);
            TableChecks.present("federationShare", federationShare);
        }
    }

    /**
     * The at-least-one-employee target.
     *
     * @param note                     the plan's wording
     * @param employers                the employers it applies to
     * @param minimumDisabledEmployees the least number of disabled employees
     */
    record MinimumOne(String note, @JsonProperty(required = true) List<EmployerRow> employers,
            @JsonProperty(required = true) int minimumDisabledEmployees) {
        MinimumOne {
            TableChecks.nonEmpty("employers", employers);
            TableChecks.range("minimumDisabledEmployees", minimumDisabledEmployees, 1, Integer.MAX_VALUE);
        }
    }

    /**
     * One employer type of the target.
     *
     * @param type         the employer type
     * @param levels       the administrative levels it applies at, or null for every level
     * @param minimumStaff the least establishment size
     */
    record EmployerRow(@JsonProperty(required = true) EmployerType type, Set<AdministrativeLevel> levels,
            @JsonProperty(required = true) int minimumStaff) {
        EmployerRow {
            TableChecks.range("minimumStaff", minimumStaff, 0, Integer.MAX_VALUE);
            levels = levels == null ? null : Collections.unmodifiableSet(levels.isEmpty()
                    ? EnumSet.noneOf(AdministrativeLevel.class) : EnumSet.copyOf(levels));
        }
    }

    /**
     * The federation staff share target.
     *
     * @param note                the plan's wording
     * @param levels              the administrative levels it applies at
     * @param minimumSharePercent the least share, in (0, 100]
     */
    record FederationShare(String note, @JsonProperty(required = true) Set<AdministrativeLevel> levels,
            @JsonProperty(required = true) BigDecimal minimumSharePercent) {
        FederationShare {
            TableChecks.present("levels", levels);
            if (minimumSharePercent == null || minimumSharePercent.signum() <= 0
                    || minimumSharePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw TableProblem.at("/minimumSharePercent", Reason.INVALID_VALUE,
                        "minimumSharePercent must be in (0, 100]");
            }
        }
    }

    private QuotaPlanTargets(Document table) {
        this.id = table.id();
        this.version = table.version();
        this.source = table.source();
        Map<EmployerType, Integer> staff = new EnumMap<>(EmployerType.class);
        Map<EmployerType, Set<AdministrativeLevel>> levels = new EnumMap<>(EmployerType.class);
        List<EmployerRow> employers = table.minimumOne().employers();
        for (int i = 0; i < employers.size(); i++) {
            EmployerRow employer = employers.get(i);
            if (staff.put(employer.type(), employer.minimumStaff()) != null) {
                throw TableProblem.at("/minimumOne/employers/" + i + "/type", Reason.DUPLICATE_KEY,
                        "employer " + employer.type() + " is listed twice");
            }
            if (employer.levels() != null) {
                levels.put(employer.type(), employer.levels());
            }
        }
        this.minimumOneStaff = Collections.unmodifiableMap(staff);
        this.minimumOneLevels = Collections.unmodifiableMap(levels);
        this.minimumDisabledEmployees = table.minimumOne().minimumDisabledEmployees();
        Set<AdministrativeLevel> federation = EnumSet.noneOf(AdministrativeLevel.class);
        federation.addAll(table.federationShare().levels());
        this.federationLevels = Collections.unmodifiableSet(federation);
        this.federationMinimumSharePercent = table.federationShare().minimumSharePercent();
    }

    private static QuotaPlanTargets readBundled() {
        return TableLoader.bundledJson(QuotaPlanTargets.class, RESOURCE, Document.class, Document::version,
                QuotaPlanTargets::new);
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
