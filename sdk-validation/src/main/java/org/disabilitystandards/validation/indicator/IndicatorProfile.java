package org.disabilitystandards.validation.indicator;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.ServiceProgramme;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.validation.rule.HouseholdStatus;
import org.disabilitystandards.core.code.UnknownCodeException;
import org.disabilitystandards.core.internal.table.TableChecks;
import org.disabilitystandards.core.internal.table.TableLoader;
import org.disabilitystandards.core.internal.table.TableProblem;
import org.disabilitystandards.core.table.TableException;
import org.disabilitystandards.core.table.TableException.Reason;

/**
 * The indicator definitions and targets of one profile, with the eligibility parameters the
 * denominators use, loaded from a versioned JSON resource. The bundled {@code qinghai} profile
 * (resource {@code qinghai.json}, version 1) holds the 2025 targets of the Qinghai 14th five-year plan for
 * disabled persons, 专栏1, and the 80 % county share of 专栏6 item 3. Immutable and thread-safe.
 *
 * <p>Format: an object with {@code profile}, {@code version}, {@code source}, {@code titleZh},
 * {@code titleEn}, {@code planPeriod} ({@code from}, {@code to}), {@code province} (two-digit GB/T 2260
 * prefix), {@code parameters} and {@code indicators} (one object per indicator, see
 * {@link IndicatorDefinition}). Loading checks every field; a fault is a {@link TableException} with the
 * JSON pointer of the field. The inputs each indicator needs are declared on {@link IndicatorId}.
 */
public final class IndicatorProfile {

    private final String name;
    private final String version;
    private final String source;
    private final String titleZh;
    private final String titleEn;
    private final LocalDate planStart;
    private final LocalDate planEnd;
    private final String provincePrefix;
    private final CertificateClasses careAllowanceCovered;
    private final CertificateClasses dibaoSingleApplication;
    private final int pensionMinimumAge;
    private final int compulsoryEducationFromAge;
    private final int compulsoryEducationToAge;
    private final Optional<RetrofitHardship> retrofitHardship;
    private final List<IndicatorDefinition> definitions;
    private final Map<IndicatorId, IndicatorDefinition> byId;

    /**
     * The schema of an indicator profile.
     *
     * @param profile    the profile name
     * @param version    the edition
     * @param source     the plan the targets come from
     * @param titleZh    the Chinese title
     * @param titleEn    the English title
     * @param planPeriod the plan period
     * @param province   the two-digit GB/T 2260 province prefix
     * @param parameters the eligibility parameters
     * @param indicators the indicator definitions
     */
    record Document(@JsonProperty(required = true) String profile, @JsonProperty(required = true) String version,
            @JsonProperty(required = true) String source, @JsonProperty(required = true) String titleZh,
            @JsonProperty(required = true) String titleEn, @JsonProperty(required = true) Period planPeriod,
            @JsonProperty(required = true) String province,
            @JsonProperty(required = true) ParametersDocument parameters,
            @JsonProperty(required = true) List<DefinitionDocument> indicators) {
        Document {
            for (String[] field : new String[][] {{"profile", profile}, {"version", version}, {"source", source},
                    {"titleZh", titleZh}, {"titleEn", titleEn}}) {
                TableChecks.nonBlank(field[0], field[1]);
            }
            TableChecks.present("planPeriod", planPeriod);
            TableChecks.present("parameters", parameters);
            if (province == null || !province.matches("[0-9]{2}")) {
                throw TableProblem.at("/province", Reason.INVALID_VALUE, "province must be two digits");
            }
            indicators = List.copyOf(TableChecks.present("indicators", indicators));
        }
    }

    /**
     * The plan period.
     *
     * @param from the first day, yyyy-MM-dd
     * @param to   the last day, yyyy-MM-dd
     */
    record Period(@JsonProperty(required = true) String from, @JsonProperty(required = true) String to) {
        Period {
            if (date("to", to).isBefore(date("from", from))) {
                throw TableProblem.at("/to", Reason.INVALID_VALUE, "planPeriod ends before it starts");
            }
        }

        private static LocalDate date(String field, String text) {
            try {
                return LocalDate.parse(TableChecks.nonBlank(field, text));
            } catch (DateTimeParseException e) {
                throw TableProblem.at("/" + field, Reason.WRONG_TYPE, field + " is not a date yyyy-MM-dd");
            }
        }
    }

    /**
     * A set of certificate classes: grades, optionally limited to categories.
     *
     * @param grades     the grades 1-4
     * @param categories the categories, or null for every category
     */
    record ClassDocument(@JsonProperty(required = true) List<Integer> grades, List<DisabilityCategory> categories) {
        ClassDocument {
            TableChecks.present("grades", grades);
            for (int i = 0; i < grades.size(); i++) {
                if (grades.get(i) == null || DisabilityGrade.find(grades.get(i)).isEmpty()) {
                    throw TableProblem.at("/grades/" + i, Reason.UNKNOWN_CODE, "grade must be 1-4");
                }
            }
            categories = categories == null ? List.of() : List.copyOf(categories);
        }

        static CertificateClasses classes(List<ClassDocument> entries) {
            CertificateClasses.Builder builder = CertificateClasses.builder();
            for (ClassDocument entry : entries) {
                for (int grade : entry.grades()) {
                    builder.add(DisabilityGrade.of(grade), entry.categories());
                }
            }
            return builder.build();
        }
    }

    /**
     * The compulsory-education ages.
     *
     * @param from the first age
     * @param to   the last age
     */
    record AgesDocument(@JsonProperty(required = true) int from, @JsonProperty(required = true) int to) {
        AgesDocument {
            TableChecks.range("from", from, 0, 150);
            TableChecks.range("to", to, 0, 150);
            if (to < from) {
                throw TableProblem.at("/to", Reason.INVALID_VALUE, "compulsoryEducationAges.to is below from");
            }
        }
    }

    /**
     * The population of indicator 11.
     *
     * @param members    the certificate classes of the severely disabled member
     * @param households the hardship statuses
     */
    record HardshipDocument(@JsonProperty(required = true) List<ClassDocument> members,
            @JsonProperty(required = true) Set<HouseholdStatus> households) {
        HardshipDocument {
            TableChecks.present("members", members);
            TableChecks.nonEmpty("households", households);
        }
    }

    /**
     * The eligibility parameters.
     *
     * @param careAllowanceCovered           who the care allowance covers
     * @param careAllowanceCoveredNote       the source of that, or null
     * @param dibaoSingleApplication         who may apply for 低保 alone
     * @param dibaoSingleApplicationNote     the source of that, or null
     * @param pensionMinimumAge              the least age of the pension denominator
     * @param compulsoryEducationAges        the compulsory-education ages
     * @param retrofitHardship               the population of indicator 11, or null
     * @param retrofitHardshipNote           the source of that, or null
     */
    record ParametersDocument(@JsonProperty(required = true) List<ClassDocument> careAllowanceCovered,
            String careAllowanceCoveredNote,
            @JsonProperty(required = true) List<ClassDocument> dibaoSingleApplication,
            String dibaoSingleApplicationNote,
            @JsonProperty(required = true) int pensionMinimumAge,
            @JsonProperty(required = true) AgesDocument compulsoryEducationAges,
            HardshipDocument retrofitHardship, String retrofitHardshipNote) {
        ParametersDocument {
            TableChecks.present("careAllowanceCovered", careAllowanceCovered);
            TableChecks.present("dibaoSingleApplication", dibaoSingleApplication);
            TableChecks.range("pensionMinimumAge", pensionMinimumAge, 0, 150);
            TableChecks.present("compulsoryEducationAges", compulsoryEducationAges);
        }
    }

    /**
     * One indicator definition.
     *
     * @param id         the indicator
     * @param number     its number in the plan
     * @param kind       rate, count or not measured
     * @param groupZh    the Chinese group
     * @param groupEn    the English group
     * @param nameZh     the Chinese name
     * @param nameEn     the English name
     * @param unit       the unit, or null
     * @param target     the target, or null
     * @param targetText the target as text, or null
     * @param comparison the comparison symbol ({@code >=}, {@code >}), or null
     * @param binding    whether the target is binding (约束性); null only for an indicator not measured
     * @param benefit    the benefit counted, or null
     * @param needs      the needs of the denominator, or null
     * @param services   the services of the numerator, or null
     * @param window     the time window of the services, or null
     * @param programmes the service programmes counted, or null
     */
    record DefinitionDocument(@JsonProperty(required = true) IndicatorId id,
            @JsonProperty(required = true) String number, @JsonProperty(required = true) IndicatorKind kind,
            @JsonProperty(required = true) String groupZh, @JsonProperty(required = true) String groupEn,
            @JsonProperty(required = true) String nameZh, @JsonProperty(required = true) String nameEn,
            String unit, Double target, String targetText, String comparison,
            @JsonProperty(required = true) boolean binding, BenefitType benefit, List<String> needs,
            List<String> services, TimeWindow window, Set<ServiceProgramme> programmes) {
        DefinitionDocument {
            for (String[] field : new String[][] {{"number", number}, {"groupZh", groupZh}, {"groupEn", groupEn},
                    {"nameZh", nameZh}, {"nameEn", nameEn}}) {
                TableChecks.nonBlank(field[0], field[1]);
            }
            needs = needs == null ? List.of() : needs;
            services = services == null ? List.of() : services;
            programmes = programmes == null ? Set.of() : programmes;
            boolean measured = kind != IndicatorKind.NOT_MEASURED;
            if (target != null && target < 0) {
                throw TableProblem.at("/target", Reason.INVALID_VALUE, "target must be a non-negative number");
            }
            if (measured && (target == null || comparison == null)) {
                throw TableProblem.of(Reason.MISSING_FIELD, "a measured indicator needs target and comparison");
            }
            if (kind == IndicatorKind.RATE && target > 1) {
                throw TableProblem.at("/target", Reason.INVALID_VALUE, "a rate target is a fraction between 0 and 1");
            }
            if (comparison != null) {
                comparison(comparison);
            }
            id.missingInput(kind, benefit != null, !needs.isEmpty(), !services.isEmpty() && window != null)
                    .ifPresent(missing -> {
                        throw TableProblem.of(Reason.MISSING_FIELD, "indicator " + id + " " + missing);
                    });
        }

        private static Comparison comparison(String symbol) {
            try {
                return Comparison.ofSymbol(symbol);
            } catch (IllegalArgumentException e) {
                throw TableProblem.at("/comparison", Reason.UNKNOWN_CODE, "comparison is >= or >");
            }
        }

        private static Set<ServiceType> serviceTypes(List<String> names, String field) {
            Set<ServiceType> result = EnumSet.noneOf(ServiceType.class);
            for (int i = 0; i < names.size(); i++) {
                try {
                    result.add(ServiceType.fromName(names.get(i)));
                } catch (UnknownCodeException e) {
                    throw TableProblem.at("/" + field + "/" + i, Reason.UNKNOWN_CODE, "unknown service type");
                }
            }
            return result;
        }

        IndicatorDefinition definition() {
            Set<ServiceProgramme> programmeSet = programmes.isEmpty() ? EnumSet.noneOf(ServiceProgramme.class)
                    : EnumSet.copyOf(programmes);
            return new IndicatorDefinition(id, number, kind, groupZh, groupEn, nameZh, nameEn,
                    Optional.ofNullable(unit), target == null ? OptionalDouble.empty() : OptionalDouble.of(target),
                    Optional.ofNullable(targetText), Optional.ofNullable(comparison).map(DefinitionDocument::comparison),
                    binding, Optional.ofNullable(benefit), serviceTypes(needs, "needs"),
                    serviceTypes(services, "services"), Optional.ofNullable(window), programmeSet);
        }
    }

    private IndicatorProfile(Document table) {
        this.name = table.profile();
        this.version = table.version();
        this.source = table.source();
        this.titleZh = table.titleZh();
        this.titleEn = table.titleEn();
        this.planStart = LocalDate.parse(table.planPeriod().from());
        this.planEnd = LocalDate.parse(table.planPeriod().to());
        this.provincePrefix = table.province();
        ParametersDocument parameters = table.parameters();
        this.careAllowanceCovered = ClassDocument.classes(parameters.careAllowanceCovered());
        this.dibaoSingleApplication = ClassDocument.classes(parameters.dibaoSingleApplication());
        this.pensionMinimumAge = parameters.pensionMinimumAge();
        this.compulsoryEducationFromAge = parameters.compulsoryEducationAges().from();
        this.compulsoryEducationToAge = parameters.compulsoryEducationAges().to();
        HardshipDocument hardship = parameters.retrofitHardship();
        this.retrofitHardship = hardship == null ? Optional.empty() : Optional.of(new RetrofitHardship(
                ClassDocument.classes(hardship.members()), EnumSet.copyOf(hardship.households())));
        List<IndicatorDefinition> parsed = new ArrayList<>();
        Map<IndicatorId, IndicatorDefinition> map = new EnumMap<>(IndicatorId.class);
        for (int i = 0; i < table.indicators().size(); i++) {
            IndicatorDefinition definition = table.indicators().get(i).definition();
            if (map.put(definition.id(), definition) != null) {
                throw TableProblem.at("/indicators/" + i + "/id", Reason.DUPLICATE_KEY,
                        "indicator " + definition.id() + " is defined twice");
            }
            parsed.add(definition);
        }
        this.definitions = List.copyOf(parsed);
        this.byId = map;
    }

    /** Holder of the bundled Qinghai profile, loaded on first use. */
    private static final class Qinghai {
        static final IndicatorProfile PROFILE = TableLoader.bundledJson(IndicatorProfile.class, "qinghai.json",
                Document.class, Document::version, IndicatorProfile::new);
    }

    /**
     * Returns a bundled profile by name. Bundled: {@code qinghai}.
     *
     * @param name the profile name
     * @return the profile
     * @throws IllegalArgumentException if no profile of that name is bundled
     */
    public static IndicatorProfile byName(String name) {
        if ("qinghai".equals(name)) {
            return Qinghai.PROFILE;
        }
        throw new IllegalArgumentException("no indicator profile '" + name + "' (bundled: qinghai)");
    }

    /**
     * Loads a profile in the bundled JSON format, under the name {@code indicator profile}.
     *
     * @param in the UTF-8 JSON stream (not closed)
     * @return the profile
     * @throws TableException if the stream cannot be read or a field is missing or invalid (names the table,
     *                        its version and the JSON pointer)
     */
    public static IndicatorProfile load(InputStream in) {
        return TableLoader.json("indicator profile", in, Document.class, Document::version, IndicatorProfile::new);
    }

    /**
     * The population of indicator 11 (困难重度残疾人家庭): households in hardship with a severely disabled
     * member. A household counts when a retrofit is recorded on a holder of one of the {@code members}
     * classes whose household has one of the {@code households} statuses.
     *
     * @param members    the certificate classes of the severely disabled member (grades 1-2)
     * @param households the household statuses that count as hardship
     */
    public record RetrofitHardship(CertificateClasses members, Set<HouseholdStatus> households) {

        /**
         * Checks and copies the components.
         *
         * @param members see the record component
         * @param households see the record component
         */
        public RetrofitHardship {
            Objects.requireNonNull(members, "members");
            households = Set.copyOf(households);
        }

        /**
         * Returns whether a holder's household is in the population.
         *
         * @param category  the holder's certificate category
         * @param grade     the holder's certificate grade
         * @param household the household status, if recorded
         * @return true for a hardship household with a member of the classes
         */
        public boolean covers(DisabilityCategory category, DisabilityGrade grade, Optional<Household> household) {
            if (household.isEmpty() || !members.covers(category, grade)) {
                return false;
            }
            for (HouseholdStatus status : households) {
                if (status.matches(household.get())) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Returns the profile name, such as {@code qinghai}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the version of the profile data.
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    /**
     * Returns where the targets come from (the plan and its tables).
     *
     * @return the source text
     */
    public String source() {
        return source;
    }

    /**
     * Returns the report title in Chinese.
     *
     * @return the title
     */
    public String titleZh() {
        return titleZh;
    }

    /**
     * Returns the report title in English.
     *
     * @return the title
     */
    public String titleEn() {
        return titleEn;
    }

    /**
     * Returns the first day of the plan period.
     *
     * @return the start
     */
    public LocalDate planStart() {
        return planStart;
    }

    /**
     * Returns the last day of the plan period.
     *
     * @return the end
     */
    public LocalDate planEnd() {
        return planEnd;
    }

    /**
     * Returns the two-digit GB/T 2260 prefix of the province whose county-level units form the denominator
     * of the county indicator.
     *
     * @return the prefix, such as {@code 63}
     */
    public String provincePrefix() {
        return provincePrefix;
    }

    /**
     * Returns the certificate classes the care allowance (重度残疾人护理补贴) covers: grades 1-2 nationally
     * (国发〔2015〕52号); whether Qinghai adds grade-3 intellectual or mental disability is unconfirmed.
     *
     * @return the covered classes
     */
    public CertificateClasses careAllowanceCovered() {
        return careAllowanceCovered;
    }

    /**
     * Returns the certificate classes that may apply alone for the minimum living guarantee from a
     * near-poverty household (单独申请, 民发〔2021〕57号; unconfirmed for Qinghai).
     *
     * @return the eligible classes
     */
    public CertificateClasses dibaoSingleApplication() {
        return dibaoSingleApplication;
    }

    /**
     * Returns the age from which a holder counts in the pension-insurance denominator (16).
     *
     * @return the minimum age in whole years
     */
    public int pensionMinimumAge() {
        return pensionMinimumAge;
    }

    /**
     * Returns the first age of compulsory schooling (6, 义务教育法 art. 11).
     *
     * @return the age in whole years
     */
    public int compulsoryEducationFromAge() {
        return compulsoryEducationFromAge;
    }

    /**
     * Returns the last age of compulsory schooling (15), inclusive.
     *
     * @return the age in whole years
     */
    public int compulsoryEducationToAge() {
        return compulsoryEducationToAge;
    }

    /**
     * Returns the population of indicator 11 (hardship households with a grade 1-2 member).
     *
     * @return the population; empty when the profile counts every retrofitted household
     */
    public Optional<RetrofitHardship> retrofitHardship() {
        return retrofitHardship;
    }

    /**
     * Returns the indicators in the order of the plan's table.
     *
     * @return an immutable list
     */
    public List<IndicatorDefinition> definitions() {
        return definitions;
    }

    /**
     * Returns the definition of an indicator.
     *
     * @param id the indicator
     * @return the definition, or empty if the profile does not define it
     */
    public Optional<IndicatorDefinition> definition(IndicatorId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public String toString() {
        return "IndicatorProfile{" + name + " v" + version + ", " + definitions.size() + " indicators}";
    }
}
