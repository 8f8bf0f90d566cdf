package org.disabilitystandards.core.convert;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.internal.table.TableChecks;
import org.disabilitystandards.core.internal.table.TableLoader;
import org.disabilitystandards.core.internal.table.TableProblem;
import org.disabilitystandards.core.table.TableException.Reason;

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
        static final BenefitEquivalences BUNDLED = TableLoader.bundledJson(BenefitEquivalences.class, RESOURCE,
                Document.class, Document::version, BenefitEquivalences::new);
    }

    /**
     * The schema of the table.
     *
     * @param id       the table id
     * @param version  the edition
     * @param basis    the basis
     * @param benefits one entry per benefit
     */
    record Document(@JsonProperty(required = true) String id, @JsonProperty(required = true) String version,
            @JsonProperty(required = true) String basis, @JsonProperty(required = true) List<Benefit> benefits) {
        Document {
            TableChecks.nonBlank("id", id);
            TableChecks.nonBlank("version", version);
            TableChecks.nonBlank("basis", basis);
            TableChecks.nonEmpty("benefits", benefits);
        }
    }

    /**
     * The equivalence of one benefit.
     *
     * @param benefit    the benefit
     * @param civil      the civil certificates that count, or null for none
     * @param civilBasis why no civil certificate counts (required when {@code civil} is null)
     * @param service    the service certificates that count
     */
    record Benefit(@JsonProperty(required = true) EquivalentBenefit benefit, Civil civil, String civilBasis,
            @JsonProperty(required = true) Service service) {
        Benefit {
            if (civil == null) {
                TableChecks.nonBlank("civilBasis", civilBasis);
            }
            TableChecks.present("service", service);
        }
    }

    /**
     * Civil certificates that count.
     *
     * @param categories     the categories
     * @param grades         the grades
     * @param workingAgeOnly whether only working-age holders count
     * @param basis          the basis
     */
    record Civil(@JsonProperty(required = true) Set<DisabilityCategory> categories,
            @JsonProperty(required = true) Set<Integer> grades,
            @JsonProperty(required = true) boolean workingAgeOnly, @JsonProperty(required = true) String basis) {
        Civil {
            TableChecks.nonEmpty("categories", categories);
            TableChecks.nonEmpty("grades", grades);
            TableChecks.nonBlank("basis", basis);
        }
    }

    /**
     * Service certificates that count: a grade range {@code [from, to]} per certificate kind.
     *
     * @param military       the 残疾军人证 grades, or null
     * @param police         the 伤残人民警察证 grades, or null
     * @param fireRescue     the fire and rescue grades, or null
     * @param workingAgeOnly whether only working-age holders count (default false)
     * @param basis          the basis
     */
    record Service(@JsonProperty("MILITARY") List<Integer> military, @JsonProperty("POLICE") List<Integer> police,
            @JsonProperty("FIRE_RESCUE") List<Integer> fireRescue, Boolean workingAgeOnly,
            @JsonProperty(required = true) String basis) {
        Service {
            range(ServiceCertificateKind.MILITARY, military);
            range(ServiceCertificateKind.POLICE, police);
            range(ServiceCertificateKind.FIRE_RESCUE, fireRescue);
            TableChecks.nonBlank("basis", basis);
            workingAgeOnly = Boolean.TRUE.equals(workingAgeOnly);
        }

        private static void range(ServiceCertificateKind kind, List<Integer> range) {
            if (range != null && (range.size() != 2 || range.contains(null) || range.get(0) < 1
                    || range.get(1) > SERVICE_GRADES || range.get(0) > range.get(1))) {
                throw TableProblem.at("/" + kind.name(), Reason.INVALID_VALUE,
                        "a grade range [from, to] within 1-" + SERVICE_GRADES);
            }
        }

        boolean applies(ServiceCertificateKind kind, int grade, boolean workingAge) {
            List<Integer> range = switch (kind) {
                case MILITARY -> military;
                case POLICE -> police;
                case FIRE_RESCUE -> fireRescue;
            };
            return range != null && grade >= range.get(0) && grade <= range.get(1) && (workingAge || !workingAgeOnly.booleanValue());
        }
    }

    private final String id;
    private final String version;
    private final String basis;
    /** [category][grade][workingAge 0/1] -> answers in benefit order. */
    private final List<BenefitApplicability>[][][] civil;
    /** [kind][grade][workingAge 0/1] -> answers in benefit order. */
    private final List<BenefitApplicability>[][][] service;

    @SuppressWarnings("unchecked")
    private BenefitEquivalences(Document table) {
        this.id = table.id();
        this.version = table.version();
        this.basis = table.basis();
        Map<EquivalentBenefit, Benefit> rules = new EnumMap<>(EquivalentBenefit.class);
        for (int i = 0; i < table.benefits().size(); i++) {
            Benefit rule = table.benefits().get(i);
            if (rules.put(rule.benefit(), rule) != null) {
                throw TableProblem.at("/benefits/" + i + "/benefit", Reason.DUPLICATE_KEY,
                        "benefit " + rule.benefit() + " is listed twice");
            }
        }
        for (EquivalentBenefit benefit : BENEFITS) {
            if (!rules.containsKey(benefit)) {
                throw TableProblem.at("/benefits", Reason.MISSING_FIELD, "lacks benefit " + benefit);
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
                        Service rule = rules.get(benefit).service();
                        answers.add(new BenefitApplicability(benefit, rule.applies(kind, g + 1, w == 1),
                                rule.basis()));
                    }
                    service[kind.ordinal()][g][w] = List.copyOf(answers);
                }
            }
        }
    }

    private static BenefitApplicability civilAnswer(EquivalentBenefit benefit, Benefit rule,
            DisabilityCategory category, int grade, boolean workingAge) {
        Civil civil = rule.civil();
        if (civil == null) {
            return new BenefitApplicability(benefit, false, rule.civilBasis());
        }
        boolean ageOk = workingAge || !civil.workingAgeOnly();
        return new BenefitApplicability(benefit, civil.categories().contains(category)
                && civil.grades().contains(grade) && ageOk, civil.basis());
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
