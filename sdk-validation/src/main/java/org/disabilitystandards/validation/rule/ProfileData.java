package org.disabilitystandards.validation.rule;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disabilitystandards.core.code.ChildAidItem;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.EducationStage;
import org.disabilitystandards.core.code.RetrofitItem;
import org.disabilitystandards.core.grading.GradingParameters;
import org.disabilitystandards.core.grading.WhodasRole;
import org.disabilitystandards.core.id.IdentifierKind;
import org.disabilitystandards.core.internal.table.TableChecks;
import org.disabilitystandards.core.internal.table.TableLoader;
import org.disabilitystandards.core.internal.table.TableProblem;
import org.disabilitystandards.core.table.TableException.Reason;
import org.disabilitystandards.validation.report.Severity;

/**
 * The bundled profiles and the documentation of their parameters, read from the versioned resource
 * {@code profiles.json}. A profile may name a {@code base} whose parameters, severities and switched-off
 * rules it starts from. Immutable; loaded lazily once.
 */
final class ProfileData {

    private static final String RESOURCE = "profiles.json";

    private final Map<String, Profile> profiles;
    private final List<ParameterDoc> parameterDocs;
    private final List<String> names;
    private final String edition;

    /**
     * Documentation of one profile parameter.
     *
     * @param name        the parameter
     * @param description what it decides
     * @param source      its legal or technical source
     * @param confidence  how certain the default is
     */
    record ParameterDoc(@JsonProperty(required = true) String name,
            @JsonProperty(required = true) String description, @JsonProperty(required = true) String source,
            @JsonProperty(required = true) Confidence confidence) {
        ParameterDoc {
            TableChecks.nonBlank("name", name);
            TableChecks.nonBlank("description", description);
            TableChecks.nonBlank("source", source);
        }
    }

    /**
     * The schema of {@code profiles.json}.
     *
     * @param edition    the edition of the profile table, or null
     * @param parameters the documentation of the parameters
     * @param profiles   the profiles, each base before the profiles built on it
     */
    record Document(String edition, @JsonProperty(required = true) List<ParameterDoc> parameters,
            @JsonProperty(required = true) List<ProfileEntry> profiles) {
        Document {
            TableChecks.nonEmpty("profiles", profiles);
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * One profile: its parameters, severities and switched-off rules, over those of its base.
     *
     * @param name          the profile's name
     * @param description   what it is for
     * @param base          the profile it starts from, or null
     * @param parameters    the parameters it sets (bound with its base's to {@link Parameters})
     * @param severities    severity overrides by rule id
     * @param disabledRules rule ids switched off
     */
    record ProfileEntry(@JsonProperty(required = true) String name, @JsonProperty(required = true) String description,
            String base, Map<String, JsonNode> parameters, Map<String, Severity> severities,
            List<String> disabledRules) {
        ProfileEntry {
            TableChecks.nonBlank("name", name);
            parameters = parameters == null ? Map.of() : parameters;
            severities = severities == null ? Map.of() : severities;
            disabledRules = disabledRules == null ? List.of() : disabledRules;
        }
    }

    /**
     * The schema of a profile's parameters (its own merged over its base's).
     *
     * @param regionPrefix                          see {@link ProfileParameters#regionPrefix()}
     * @param acceptFifteenDigitIds                 see {@link ProfileParameters#acceptFifteenDigitIds()}
     * @param careAllowanceGrades                   see {@link ProfileParameters#careAllowanceGrades()}
     * @param careAllowanceGrade3IntellectualMental see {@link ProfileParameters}
     * @param livingAllowanceHouseholds             see {@link ProfileParameters#livingAllowanceHouseholds()}
     * @param childAidMaxAge                        see {@link ProfileParameters#childAidMaxAge()}
     * @param childAidCertificateFromAge            see {@link ProfileParameters#childAidCertificateFromAge()}
     * @param educationStageAges                    age range {@code [min, max]} per education stage
     * @param employmentQuotaPercent                see {@link ProfileParameters#employmentQuotaPercent()}
     * @param acceptedIdKinds                       the identifier kinds accepted, or null for the default
     * @param allowStatisticalRegionCodes           or null for the default
     * @param earliestBirthYear                     or null for the default
     * @param addressCodeGraceYears                 or null for the default
     * @param childAidResidencePrefix               see {@link ServiceProgrammeParameters}
     * @param childAidCapsFen                       caps per children's aid item, in fen
     * @param childAidTrainingMonthsPerYear         see {@link ServiceProgrammeParameters}
     * @param retrofitGrades                        see {@link ServiceProgrammeParameters}
     * @param retrofitHouseholds                    see {@link ServiceProgrammeParameters}
     * @param retrofitCapFen                        see {@link ServiceProgrammeParameters}
     * @param retrofitItemCategories                the categories each retrofit item serves
     * @param planPeriod                            the plan period {@code [first year, years]}
     * @param grading                               the grading parameters
     */
    record Parameters(@JsonProperty(required = true) String regionPrefix,
            @JsonProperty(required = true) boolean acceptFifteenDigitIds,
            @JsonProperty(required = true) Set<Integer> careAllowanceGrades,
            @JsonProperty(required = true) boolean careAllowanceGrade3IntellectualMental,
            @JsonProperty(required = true) Set<HouseholdStatus> livingAllowanceHouseholds,
            @JsonProperty(required = true) int childAidMaxAge,
            @JsonProperty(required = true) int childAidCertificateFromAge,
            @JsonProperty(required = true) Map<EducationStage, List<Integer>> educationStageAges,
            @JsonProperty(required = true) BigDecimal employmentQuotaPercent,
            Set<IdentifierKind> acceptedIdKinds, Boolean allowStatisticalRegionCodes, Integer earliestBirthYear,
            Integer addressCodeGraceYears,
            @JsonProperty(required = true) String childAidResidencePrefix,
            @JsonProperty(required = true) Map<ChildAidItem, Long> childAidCapsFen,
            @JsonProperty(required = true) int childAidTrainingMonthsPerYear,
            @JsonProperty(required = true) Set<Integer> retrofitGrades,
            @JsonProperty(required = true) Set<HouseholdStatus> retrofitHouseholds,
            @JsonProperty(required = true) long retrofitCapFen,
            @JsonProperty(required = true) Map<RetrofitItem, Set<DisabilityCategory>> retrofitItemCategories,
            @JsonProperty(required = true) List<Integer> planPeriod,
            @JsonProperty(required = true) Grading grading) {
        Parameters {
            TableChecks.present("regionPrefix", regionPrefix);
            TableChecks.present("childAidResidencePrefix", childAidResidencePrefix);
            TableChecks.present("employmentQuotaPercent", employmentQuotaPercent);
            TableChecks.present("grading", grading);
            grades("careAllowanceGrades", careAllowanceGrades);
            grades("retrofitGrades", retrofitGrades);
            educationStageAges.forEach((stage, range) -> pair("educationStageAges/" + stage.name(), range));
            pair("planPeriod", planPeriod);
        }

        private static void grades(String field, Set<Integer> grades) {
            for (Integer grade : TableChecks.present(field, grades)) {
                if (grade == null || DisabilityGrade.find(grade).isEmpty()) {
                    throw TableProblem.at("/" + field, Reason.UNKNOWN_CODE, field + " holds a grade outside 1-4");
                }
            }
        }

        private static void pair(String field, List<Integer> pair) {
            if (pair == null || pair.size() != 2 || pair.contains(null)) {
                throw TableProblem.at("/" + field, Reason.INVALID_VALUE, field + " must be a pair of whole numbers");
            }
        }

        ProfileParameters build() {
            ProfileParameters.Builder b = ProfileParameters.builder()
                    .regionPrefix(regionPrefix)
                    .acceptFifteenDigitIds(acceptFifteenDigitIds)
                    .careAllowanceGrade3IntellectualMental(careAllowanceGrade3IntellectualMental)
                    .childAidMaxAge(childAidMaxAge)
                    .childAidCertificateFromAge(childAidCertificateFromAge)
                    .employmentQuotaPercent(employmentQuotaPercent)
                    .careAllowanceGrades(gradeSet(careAllowanceGrades))
                    .livingAllowanceHouseholds(EnumSet.copyOf(livingAllowanceHouseholds));
            educationStageAges.forEach((stage, range) -> b.educationStageAge(stage,
                    new AgeRange(range.get(0), range.get(1))));
            if (acceptedIdKinds != null) {
                b.acceptedIdKinds(EnumSet.copyOf(acceptedIdKinds));
            }
            if (allowStatisticalRegionCodes != null) {
                b.allowStatisticalRegionCodes(allowStatisticalRegionCodes);
            }
            if (earliestBirthYear != null) {
                b.earliestBirthYear(earliestBirthYear);
            }
            if (addressCodeGraceYears != null) {
                b.addressCodeGraceYears(addressCodeGraceYears);
            }
            b.grading(grading.build());
            ServiceProgrammeParameters.Builder services = ServiceProgrammeParameters.builder()
                    .childAidResidencePrefix(childAidResidencePrefix)
                    .childAidTrainingMonthsPerYear(childAidTrainingMonthsPerYear)
                    .retrofitCapFen(retrofitCapFen)
                    .retrofitGrades(gradeSet(retrofitGrades))
                    .retrofitHouseholds(retrofitHouseholds.isEmpty() ? EnumSet.noneOf(HouseholdStatus.class)
                            : EnumSet.copyOf(retrofitHouseholds));
            childAidCapsFen.forEach(services::childAidCapFen);
            retrofitItemCategories.forEach((item, categories) -> services.retrofitItem(item,
                    categories.isEmpty() ? EnumSet.noneOf(DisabilityCategory.class) : EnumSet.copyOf(categories)));
            b.services(services.planPeriod(planPeriod.get(0), planPeriod.get(1)).build());
            return b.build();
        }

        private static EnumSet<DisabilityGrade> gradeSet(Set<Integer> grades) {
            EnumSet<DisabilityGrade> set = EnumSet.noneOf(DisabilityGrade.class);
            grades.forEach(g -> set.add(DisabilityGrade.of(g)));
            return set;
        }
    }

    /**
     * The schema of a profile's grading parameters.
     *
     * @param nonIntegerValues          see {@link GradingParameters}
     * @param speechMinimumAge          see {@link GradingParameters}
     * @param intellectualAdultWhodas   see {@link GradingParameters}
     * @param mentalAdultWhodas         see {@link GradingParameters}
     * @param hearingRestrictedBelowAge see {@link GradingParameters}, or null for the default
     */
    record Grading(@JsonProperty(required = true) GradingParameters.NonIntegerValues nonIntegerValues,
            @JsonProperty(required = true) int speechMinimumAge,
            @JsonProperty(required = true) WhodasRole intellectualAdultWhodas,
            @JsonProperty(required = true) WhodasRole mentalAdultWhodas, Integer hearingRestrictedBelowAge) {

        GradingParameters build() {
            return GradingParameters.builder()
                    .nonIntegerValues(nonIntegerValues)
                    .speechMinimumAge(speechMinimumAge)
                    .intellectualAdultWhodas(intellectualAdultWhodas)
                    .mentalAdultWhodas(mentalAdultWhodas)
                    .hearingRestrictedBelowAge(hearingRestrictedBelowAge != null ? hearingRestrictedBelowAge
                            : GradingParameters.DEFAULT_HEARING_RESTRICTED_BELOW_AGE)
                    .build();
        }
    }

    private ProfileData(String edition, Map<String, Profile> profiles, List<ParameterDoc> parameterDocs) {
        this.edition = edition;
        this.profiles = Map.copyOf(profiles);
        this.parameterDocs = List.copyOf(parameterDocs);
        this.names = List.copyOf(profiles.keySet());
    }

    /** Holder of the bundled data. */
    private static final class Bundled {
        static final ProfileData DATA = TableLoader.bundledJson(ProfileData.class, RESOURCE, Document.class,
                Document::edition, document -> parse(document, RuleCatalogue.bundled()));
    }

    /** Reads profiles in the format of {@code profiles.json} (not closed). */
    static ProfileData load(String table, java.io.InputStream in, RuleCatalogue catalogue) {
        return TableLoader.json(table, in, Document.class, Document::edition, document -> parse(document, catalogue));
    }

    static ProfileData bundled() {
        return Bundled.DATA;
    }

    Profile get(String name) {
        return profiles.get(name);
    }

    List<String> names() {
        return names;
    }

    /** The edition {@code profiles.json} declares, or null. */
    String edition() {
        return edition;
    }

    List<ParameterDoc> parameterDocs() {
        return parameterDocs;
    }

    private static ProfileData parse(Document document, RuleCatalogue catalogue) {
        Map<String, Profile> profiles = new LinkedHashMap<>();
        Map<String, Map<String, JsonNode>> mergedParameters = new LinkedHashMap<>();
        for (int i = 0; i < document.profiles().size(); i++) {
            ProfileEntry entry = document.profiles().get(i);
            String at = "/profiles/" + i;
            Map<String, JsonNode> values = new LinkedHashMap<>();
            Map<String, Severity> severities = new LinkedHashMap<>();
            Set<String> disabled = new LinkedHashSet<>();
            if (entry.base() != null) {
                Profile baseProfile = profiles.get(entry.base());
                if (baseProfile == null) {
                    throw TableProblem.at(at + "/base", Reason.UNKNOWN_CODE,
                            "base " + entry.base() + " is not a profile listed before " + entry.name());
                }
                values.putAll(mergedParameters.get(entry.base()));
                severities.putAll(baseProfile.severityOverrides());
                disabled.addAll(baseProfile.disabledRules());
            }
            if (profiles.containsKey(entry.name())) {
                throw TableProblem.at(at + "/name", Reason.DUPLICATE_KEY, "profile " + entry.name() + " twice");
            }
            values.putAll(entry.parameters());
            severities.putAll(entry.severities());
            disabled.addAll(entry.disabledRules());
            for (String id : severities.keySet()) {
                known(catalogue, id, at + "/severities");
            }
            for (String id : disabled) {
                known(catalogue, id, at + "/disabledRules");
            }
            mergedParameters.put(entry.name(), values);
            Parameters parameters = TableLoader.bindPart(values, Parameters.class, at + "/parameters");
            profiles.put(entry.name(), new Profile(entry.name(), entry.description(), catalogue, parameters.build(),
                    severities, disabled));
        }
        return new ProfileData(document.edition(), profiles, document.parameters());
    }

    private static void known(RuleCatalogue catalogue, String id, String at) {
        if (catalogue.find(id).isEmpty()) {
            throw TableProblem.at(at, Reason.UNKNOWN_CODE, "unknown rule id " + id);
        }
    }
}
