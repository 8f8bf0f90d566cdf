package org.disabilitystandards.validation.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import org.disabilitystandards.core.code.BundledTables;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.ServiceProgramme;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.validation.rule.HouseholdStatus;
import org.disabilitystandards.core.code.UnknownCodeException;

/**
 * The indicator definitions and targets of one profile, with the eligibility parameters the
 * denominators use, loaded from a versioned JSON resource. The bundled {@code qinghai} profile
 * (resource {@code qinghai.json}, version 1) holds the 2025 targets of the Qinghai 14th five-year plan for
 * disabled persons, 专栏1, and the 80 % county share of 专栏6 item 3. Immutable and thread-safe.
 *
 * <p>Format: an object with {@code profile}, {@code version}, {@code source}, {@code titleZh},
 * {@code titleEn}, {@code planPeriod} ({@code from}, {@code to}), {@code province} (two-digit GB/T 2260
 * prefix), {@code parameters} and {@code indicators} (one object per indicator, see
 * {@link IndicatorDefinition}). Loading checks every field and names the indicator in its message.
 */
public final class IndicatorProfile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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

    private IndicatorProfile(JsonNode root) {
        this.name = text(root, "profile", "profile");
        this.version = text(root, "version", "profile");
        this.source = text(root, "source", "profile");
        this.titleZh = text(root, "titleZh", "profile");
        this.titleEn = text(root, "titleEn", "profile");
        JsonNode period = required(root, "planPeriod", "profile");
        this.planStart = date(period, "from");
        this.planEnd = date(period, "to");
        if (planEnd.isBefore(planStart)) {
            throw new IllegalArgumentException("profile: planPeriod ends before it starts");
        }
        this.provincePrefix = text(root, "province", "profile");
        if (provincePrefix.length() != 2 || !Character.isDigit(provincePrefix.charAt(0))
                || !Character.isDigit(provincePrefix.charAt(1))) {
            throw new IllegalArgumentException("profile: province must be two digits");
        }
        JsonNode parameters = required(root, "parameters", "profile");
        this.careAllowanceCovered = classes(parameters, "careAllowanceCovered");
        this.dibaoSingleApplication = classes(parameters, "dibaoSingleApplication");
        this.pensionMinimumAge = age(required(parameters, "pensionMinimumAge", "parameters"), "pensionMinimumAge");
        JsonNode education = required(parameters, "compulsoryEducationAges", "parameters");
        this.compulsoryEducationFromAge = age(required(education, "from", "compulsoryEducationAges"), "from");
        this.compulsoryEducationToAge = age(required(education, "to", "compulsoryEducationAges"), "to");
        if (compulsoryEducationToAge < compulsoryEducationFromAge) {
            throw new IllegalArgumentException("parameters: compulsoryEducationAges.to is below from");
        }
        this.retrofitHardship = parameters.has("retrofitHardship")
                ? Optional.of(retrofitHardship(parameters.get("retrofitHardship"))) : Optional.empty();
        JsonNode list = required(root, "indicators", "profile");
        if (!list.isArray()) {
            throw new IllegalArgumentException("profile: indicators must be an array");
        }
        List<IndicatorDefinition> parsed = new ArrayList<>();
        Map<IndicatorId, IndicatorDefinition> map = new EnumMap<>(IndicatorId.class);
        for (JsonNode node : list) {
            IndicatorDefinition definition = definition(node);
            if (map.put(definition.id(), definition) != null) {
                throw new IllegalArgumentException("indicator " + definition.id() + ": defined twice");
            }
            parsed.add(definition);
        }
        this.definitions = List.copyOf(parsed);
        this.byId = map;
    }

    /** Holder of the bundled Qinghai profile, loaded on first use. */
    private static final class Qinghai {
        static final IndicatorProfile PROFILE = loadResource("qinghai.json");
    }

    private static IndicatorProfile loadResource(String resource) {
        return BundledTables.read(IndicatorProfile.class, resource, IndicatorProfile::load);
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
     * Loads a profile in the bundled JSON format.
     *
     * @param in the UTF-8 JSON stream (not closed)
     * @return the profile
     * @throws IOException              if the stream cannot be read or is not JSON
     * @throws IllegalArgumentException if a field is missing or invalid (the message names it)
     */
    public static IndicatorProfile load(InputStream in) throws IOException {
        JsonNode root = MAPPER.readTree(in);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("profile: expected a JSON object");
        }
        return new IndicatorProfile(root);
    }

    private static IndicatorDefinition definition(JsonNode node) {
        String idText = text(node, "id", "indicator");
        IndicatorId id;
        try {
            id = IndicatorId.valueOf(idText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("indicator " + idText + ": unknown id", e);
        }
        String where = "indicator " + id;
        IndicatorKind kind = enumValue(IndicatorKind.class, text(node, "kind", where), where + ": kind");
        boolean measured = kind != IndicatorKind.NOT_MEASURED;
        OptionalDouble target = node.hasNonNull("target") ? OptionalDouble.of(number(node, "target", where))
                : OptionalDouble.empty();
        Optional<Comparison> comparison = optionalText(node, "comparison").map(symbol -> {
            try {
                return Comparison.ofSymbol(symbol);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        });
        if (measured && (target.isEmpty() || comparison.isEmpty())) {
            throw new IllegalArgumentException(where + ": a measured indicator needs target and comparison");
        }
        if (kind == IndicatorKind.RATE && (target.getAsDouble() < 0 || target.getAsDouble() > 1)) {
            throw new IllegalArgumentException(where + ": a rate target is a fraction between 0 and 1");
        }
        Optional<BenefitType> benefit = optionalText(node, "benefit")
                .map(value -> enumValue(BenefitType.class, value, where + ": benefit"));
        Set<ServiceType> needs = services(node, "needs", where);
        Set<ServiceType> services = services(node, "services", where);
        Optional<TimeWindow> window = optionalText(node, "window")
                .map(value -> enumValue(TimeWindow.class, value, where + ": window"));
        requireInputs(id, kind, benefit.isPresent(), !needs.isEmpty(), !services.isEmpty() && window.isPresent());
        return new IndicatorDefinition(id, text(node, "number", where), kind, text(node, "groupZh", where),
                text(node, "groupEn", where), text(node, "nameZh", where), text(node, "nameEn", where),
                optionalText(node, "unit"), target, optionalText(node, "targetText"), comparison,
                required(node, "binding", where).asBoolean(), benefit, needs, services, window,
                programmes(node, where));
    }

    /** Reads the optional {@code programmes} of a definition (exchange format 1.1 service programmes). */
    private static Set<ServiceProgramme> programmes(JsonNode node, String where) {
        Set<ServiceProgramme> result = EnumSet.noneOf(ServiceProgramme.class);
        for (JsonNode value : node.path("programmes")) {
            result.add(enumValue(ServiceProgramme.class, value.asText(), where + ": programmes"));
        }
        return result;
    }

    /** Checks that an indicator has the inputs its computation ({@link IndicatorCalculator}) reads. */
    private static void requireInputs(IndicatorId id, IndicatorKind kind, boolean hasBenefit, boolean hasNeeds,
            boolean hasServices) {
        IndicatorKind expectedKind;
        boolean benefit = false;
        boolean needs = false;
        boolean services = false;
        switch (id) {
            case HOUSEHOLD_INCOME_GROWTH:
                expectedKind = IndicatorKind.NOT_MEASURED;
                break;
            case VOCATIONAL_TRAINING:
            case ACCESSIBILITY_RETROFIT_HOUSEHOLDS:
                expectedKind = IndicatorKind.COUNT;
                services = true;
                break;
            case MINIMUM_LIVING_GUARANTEE_INCLUSION:
            case LIVING_ALLOWANCE_COVERAGE:
            case CARE_ALLOWANCE_COVERAGE:
                expectedKind = IndicatorKind.RATE;
                benefit = true;
                break;
            case REHABILITATION_COVERAGE:
            case ASSISTIVE_DEVICE_FITTING:
                expectedKind = IndicatorKind.RATE;
                needs = true;
                services = true;
                break;
            case MENTAL_COMMUNITY_REHABILITATION_COUNTIES:
                expectedKind = IndicatorKind.RATE;
                services = true;
                break;
            default:
                expectedKind = IndicatorKind.RATE;
                break;
        }
        String where = "indicator " + id;
        if (kind != expectedKind) {
            throw new IllegalArgumentException(where + ": kind must be " + expectedKind);
        }
        if (benefit && !hasBenefit) {
            throw new IllegalArgumentException(where + ": needs a benefit");
        }
        if (needs && !hasNeeds) {
            throw new IllegalArgumentException(where + ": needs a non-empty needs list");
        }
        if (services && !hasServices) {
            throw new IllegalArgumentException(where + ": needs a non-empty services list and a window");
        }
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

    private static RetrofitHardship retrofitHardship(JsonNode node) {
        Set<HouseholdStatus> households = EnumSet.noneOf(HouseholdStatus.class);
        for (JsonNode value : required(node, "households", "retrofitHardship")) {
            households.add(enumValue(HouseholdStatus.class, value.asText(), "parameters: retrofitHardship"));
        }
        if (households.isEmpty()) {
            throw new IllegalArgumentException("parameters: retrofitHardship.households is empty");
        }
        return new RetrofitHardship(classes(node, "members"), households);
    }

    private static CertificateClasses classes(JsonNode parameters, String field) {
        JsonNode list = required(parameters, field, "parameters");
        if (!list.isArray()) {
            throw new IllegalArgumentException("parameters: " + field + " must be an array");
        }
        CertificateClasses.Builder builder = CertificateClasses.builder();
        for (JsonNode entry : list) {
            List<DisabilityCategory> categories = new ArrayList<>();
            for (JsonNode category : entry.path("categories")) {
                categories.add(enumValue(DisabilityCategory.class, category.asText(), "parameters: " + field));
            }
            JsonNode grades = required(entry, "grades", "parameters: " + field);
            for (JsonNode grade : grades) {
                Optional<DisabilityGrade> parsed = grade.canConvertToInt() ? DisabilityGrade.find(grade.asInt())
                        : Optional.empty();
                builder.add(parsed.orElseThrow(() -> new IllegalArgumentException(
                        "parameters: " + field + ": grade must be 1-4, found " + grade)), categories);
            }
        }
        return builder.build();
    }

    private static Set<ServiceType> services(JsonNode node, String field, String where) {
        Set<ServiceType> result = EnumSet.noneOf(ServiceType.class);
        for (JsonNode value : node.path(field)) {
            try {
                result.add(ServiceType.fromName(value.asText()));
            } catch (UnknownCodeException e) {
                throw new IllegalArgumentException(where + ": unknown service type in " + field + ": "
                        + value.asText(), e);
            }
        }
        return result;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown value " + value, e);
        }
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(where + ": missing " + field);
        }
        return value;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = required(node, field, where);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": " + field + " must be a non-empty string");
        }
        return value.asText();
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static double number(JsonNode node, String field, String where) {
        JsonNode value = required(node, field, where);
        if (!value.isNumber() || value.asDouble() < 0) {
            throw new IllegalArgumentException(where + ": " + field + " must be a non-negative number");
        }
        return value.asDouble();
    }

    private static int age(JsonNode value, String field) {
        if (!value.canConvertToInt() || value.asInt() < 0 || value.asInt() > 150) {
            throw new IllegalArgumentException("parameters: " + field + " must be an age 0-150");
        }
        return value.asInt();
    }

    private static LocalDate date(JsonNode node, String field) {
        String text = text(node, field, "planPeriod");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("planPeriod: " + field + " is not a date yyyy-MM-dd", e);
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
