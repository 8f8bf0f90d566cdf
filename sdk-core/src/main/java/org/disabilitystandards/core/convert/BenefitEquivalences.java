package org.disabilitystandards.core.convert;

import static org.disabilitystandards.core.convert.JsonResources.required;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;

/**
 * Benefit-specific equivalences between the civil disability certificate (残疾人证) and the disabled serviceman
 * (残疾军人证), disabled police (伤残人民警察证) and fire and rescue (国家综合性消防救援队伍残疾人员证) certificates,
 * standards reference section 4, from the
 * bundled sourced table {@code benefit-equivalences.json}. Each equivalence holds only for its benefit:
 * <ul>
 * <li>EMPLOYMENT_QUOTA_COUNTS: any civil certificate; military grades 1-8 (财税〔2015〕72号).</li>
 * <li>EMPLOYMENT_QUOTA_DOUBLE: civil grades 1-2; military grades 1-3.</li>
 * <li>EMPLOYER_VAT_RELIEF: working-age civil holders; working-age military holders of grades 1-8
 * (财税〔2016〕52号).</li>
 * <li>RAIL_RESERVED_SEAT: civil VISUAL, PHYSICAL, INTELLECTUAL grades 1-2; military or police grades 1-6.</li>
 * <li>RAIL_HALF_FARE (the preferential fare): no civil certificate; military, police or (since 2023) fire and
 * rescue, any grade.</li>
 * </ul>
 * Immutable and thread-safe; every answer list is precomputed.
 */
public final class BenefitEquivalences {

    private static final String RESOURCE = "benefit-equivalences.json";
    private static final EquivalentBenefit[] BENEFITS = EquivalentBenefit.values();
    private static final int GRADES = DisabilityGrade.values().length;
    private static final int SERVICE_GRADES = MilitaryDisabilityGrade.values().length;

    private static final class Holder {
        static final BenefitEquivalences BUNDLED = new BenefitEquivalences(JsonResources.bundled(RESOURCE));
    }

    private final String id;
    private final String version;
    private final String basis;
    /** [category][grade][workingAge 0/1] -> answers in benefit order. */
    private final List<BenefitApplicability>[][][] civil;
    /** [kind][grade][workingAge 0/1] -> answers in benefit order. */
    private final List<BenefitApplicability>[][][] service;

    @SuppressWarnings("unchecked")
    private BenefitEquivalences(JsonNode root) {
        this.id = required(root, "id", RESOURCE).asText();
        this.version = required(root, "version", RESOURCE).asText();
        this.basis = required(root, "basis", RESOURCE).asText();
        Map<EquivalentBenefit, JsonNode> rules = new EnumMap<>(EquivalentBenefit.class);
        for (JsonNode rule : required(root, "benefits", RESOURCE)) {
            rules.put(EquivalentBenefit.valueOf(required(rule, "benefit", RESOURCE).asText()), rule);
        }
        for (EquivalentBenefit benefit : BENEFITS) {
            if (!rules.containsKey(benefit)) {
                throw new IllegalStateException(RESOURCE + " lacks benefit " + benefit);
            }
        }
        DisabilityCategory[] categories = DisabilityCategory.values();
        civil = new List[categories.length][GRADES][2];
        for (DisabilityCategory category : categories) {
            for (int g = 0; g < GRADES; g++) {
                for (int w = 0; w < 2; w++) {
                    List<BenefitApplicability> answers = new ArrayList<>(BENEFITS.length);
                    for (EquivalentBenefit benefit : BENEFITS) {
                        answers.add(civilAnswer(benefit, rules.get(benefit), category, g + 1, w == 1));
                    }
                    civil[category.ordinal()][g][w] = List.copyOf(answers);
                }
            }
        }
        ServiceCertificateKind[] kinds = ServiceCertificateKind.values();
        service = new List[kinds.length][SERVICE_GRADES][2];
        for (ServiceCertificateKind kind : kinds) {
            for (int g = 0; g < SERVICE_GRADES; g++) {
                for (int w = 0; w < 2; w++) {
                    List<BenefitApplicability> answers = new ArrayList<>(BENEFITS.length);
                    for (EquivalentBenefit benefit : BENEFITS) {
                        answers.add(serviceAnswer(benefit, rules.get(benefit), kind, g + 1, w == 1));
                    }
                    service[kind.ordinal()][g][w] = List.copyOf(answers);
                }
            }
        }
    }

    private static BenefitApplicability civilAnswer(EquivalentBenefit benefit, JsonNode rule,
            DisabilityCategory category, int grade, boolean workingAge) {
        JsonNode civil = rule.get("civil");
        if (civil == null || civil.isNull()) {
            return new BenefitApplicability(benefit, false, required(rule, "civilBasis", RESOURCE).asText());
        }
        boolean categoryListed = false;
        for (JsonNode c : required(civil, "categories", RESOURCE)) {
            categoryListed |= c.asText().equals(category.name());
        }
        boolean gradeListed = false;
        for (JsonNode g : required(civil, "grades", RESOURCE)) {
            gradeListed |= g.asInt() == grade;
        }
        boolean ageOk = workingAge || !required(civil, "workingAgeOnly", RESOURCE).asBoolean();
        return new BenefitApplicability(benefit, categoryListed && gradeListed && ageOk,
                required(civil, "basis", RESOURCE).asText());
    }

    private static BenefitApplicability serviceAnswer(EquivalentBenefit benefit, JsonNode rule,
            ServiceCertificateKind kind, int grade, boolean workingAge) {
        JsonNode serviceRule = required(rule, "service", RESOURCE);
        JsonNode range = serviceRule.get(kind.name());
        boolean ageOk = workingAge || !serviceRule.path("workingAgeOnly").asBoolean(false);
        boolean applies = range != null && range.size() == 2 && grade >= range.get(0).asInt()
                && grade <= range.get(1).asInt() && ageOk;
        return new BenefitApplicability(benefit, applies, required(serviceRule, "basis", RESOURCE).asText());
    }

    /**
     * Returns the bundled, sourced table (loaded once).
     *
     * @return the equivalences
     */
    public static BenefitEquivalences bundled() {
        return Holder.BUNDLED;
    }

    /**
     * Returns the table id ({@code benefit-equivalences}).
     *
     * @return the id
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
     * Returns the basis of the table.
     *
     * @return the basis text
     */
    public String basis() {
        return basis;
    }

    /**
     * Returns, for every benefit in declaration order, whether a civil certificate counts.
     *
     * @param category   the certificate category
     * @param grade      the certificate grade
     * @param workingAge whether the holder is of working age (only the VAT relief asks)
     * @return the immutable answers, one per benefit
     */
    public List<BenefitApplicability> forCivil(DisabilityCategory category, DisabilityGrade grade,
            boolean workingAge) {
        return civil[category.ordinal()][grade.ordinal()][workingAge ? 1 : 0];
    }

    /**
     * Returns, for every benefit in declaration order, whether a service certificate counts, for a holder of
     * working age (the only age condition, of the VAT relief, is then met).
     *
     * @param kind  the certificate
     * @param grade the grade 1-10
     * @return the immutable answers, one per benefit
     */
    public List<BenefitApplicability> forServiceCertificate(ServiceCertificateKind kind,
            MilitaryDisabilityGrade grade) {
        return forServiceCertificate(kind, grade, true);
    }

    /**
     * Returns, for every benefit in declaration order, whether a service certificate counts (财税〔2016〕52号
     * sets the working-age condition of the VAT relief for 残疾军人证 holders too).
     *
     * @param kind       the certificate
     * @param grade      the grade 1-10
     * @param workingAge whether the holder is of working age
     * @return the immutable answers, one per benefit
     */
    public List<BenefitApplicability> forServiceCertificate(ServiceCertificateKind kind,
            MilitaryDisabilityGrade grade, boolean workingAge) {
        return service[kind.ordinal()][grade.ordinal()][workingAge ? 1 : 0];
    }

    /**
     * Returns whether a civil certificate counts for a benefit.
     *
     * @param benefit    the benefit
     * @param category   the certificate category
     * @param grade      the certificate grade
     * @param workingAge whether the holder is of working age
     * @return true if it counts
     */
    public boolean appliesToCivil(EquivalentBenefit benefit, DisabilityCategory category, DisabilityGrade grade,
            boolean workingAge) {
        return forCivil(category, grade, workingAge).get(benefit.ordinal()).applies();
    }

    /**
     * Returns whether a service certificate counts for a benefit, for a holder of working age.
     *
     * @param benefit the benefit
     * @param kind    the certificate
     * @param grade   the grade
     * @return true if it counts
     */
    public boolean appliesToServiceCertificate(EquivalentBenefit benefit, ServiceCertificateKind kind,
            MilitaryDisabilityGrade grade) {
        return appliesToServiceCertificate(benefit, kind, grade, true);
    }

    /**
     * Returns whether a service certificate counts for a benefit.
     *
     * @param benefit    the benefit
     * @param kind       the certificate
     * @param grade      the grade
     * @param workingAge whether the holder is of working age (only the VAT relief asks)
     * @return true if it counts
     */
    public boolean appliesToServiceCertificate(EquivalentBenefit benefit, ServiceCertificateKind kind,
            MilitaryDisabilityGrade grade, boolean workingAge) {
        return forServiceCertificate(kind, grade, workingAge).get(benefit.ordinal()).applies();
    }
}
