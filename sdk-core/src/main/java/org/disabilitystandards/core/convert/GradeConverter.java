package org.disabilitystandards.core.convert;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.grading.Gb26341Grading;
import org.disabilitystandards.core.grading.GradingFinding;
import org.disabilitystandards.core.grading.GradingResult;
import org.disabilitystandards.core.model.Assessment;

/**
 * Converts military, police, work-injury grades and care levels to GB/T 26341-2010, in the two honest ways
 * of the design (conversions-and-indicators.md): {@link #regrade re-grading from measurements} (normative,
 * EQUIVALENT) and a {@link #convert reference crosswalk} (non-normative, RELATED candidates, replaceable per
 * source system). Both attach the benefit equivalences of a military or police certificate. Immutable and
 * thread-safe; build once with {@link #builder()} or use {@link #standard()}.
 */
public final class GradeConverter {

    /** The note every non-normative answer carries. */
    public static final String CERTIFICATE_NOTE = "A disability certificate requires a GB/T 26341 assessment.";

    private static final class Holder {
        static final GradeConverter STANDARD = builder().build();
    }

    private final Map<SourceSystem, Crosswalk> crosswalks;
    private final BenefitEquivalences benefits;
    private final Gb26341Grading grading;

    private GradeConverter(Builder builder) {
        this.crosswalks = Map.copyOf(builder.crosswalks);
        this.benefits = builder.benefits;
        this.grading = builder.grading;
    }

    /**
     * Returns the converter with the bundled crosswalks, benefit equivalences and standard grading.
     *
     * @return the shared standard converter
     */
    public static GradeConverter standard() {
        return Holder.STANDARD;
    }

    /**
     * Returns a builder preset with the bundled tables.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the crosswalk in use for a source system.
     *
     * @param system the source system
     * @return the crosswalk
     */
    public Crosswalk crosswalk(SourceSystem system) {
        return crosswalks.get(system);
    }

    /**
     * Converts by the reference crosswalk: every candidate of the source grade (category from the source
     * when known, else UNKNOWN), the table's normative flag and provenance, the certificate's benefit
     * equivalences and notes.
     *
     * @param source the validated source
     * @return the conversion
     */
    public GradeConversion convert(GradeSource source) {
        Objects.requireNonNull(source, "source");
        Crosswalk crosswalk = crosswalks.get(source.system());
        List<NationalCandidate> candidates = crosswalk.candidates(source.grade());
        if (source.category().isPresent()) {
            List<NationalCandidate> withCategory = new ArrayList<>(candidates.size());
            for (NationalCandidate candidate : candidates) {
                withCategory.add(new NationalCandidate(source.category(), candidate.grade(),
                        candidate.relationship()));
            }
            candidates = withCategory;
        }
        List<String> notes = new ArrayList<>(crosswalk.notes());
        if (!crosswalk.normative()) {
            notes.add(CERTIFICATE_NOTE);
        }
        return new GradeConversion(source, candidates, crosswalk.normative(), crosswalk.provenance(),
                benefitsOf(source), notes);
    }

    /**
     * Re-grades from measurements under GB/T 26341-2010 (the normative path): one candidate, EQUIVALENT with
     * the grade the measurements give, or UNMAPPED when they give none; provenance is the threshold table and
     * the deciding clause; grading findings become notes.
     *
     * @param source     the validated source (its grade does not enter the result)
     * @param assessment the assessment with measurements
     * @param ageInYears the age in completed years at the assessment date
     * @return the conversion
     */
    public GradeConversion regrade(GradeSource source, Assessment assessment, int ageInYears) {
        Objects.requireNonNull(source, "source");
        GradingResult result = grading.grade(assessment, ageInYears);
        Optional<DisabilityCategory> category = Optional.of(result.category());
        NationalCandidate candidate = result.grade()
                .map(g -> new NationalCandidate(category, Optional.of(g), Relationship.EQUIVALENT))
                .orElseGet(() -> new NationalCandidate(category, Optional.empty(), Relationship.UNMAPPED));
        List<String> notes = new ArrayList<>();
        notes.add("Re-graded from measurements: " + result.basis() + " (" + result.outcome() + ").");
        for (GradingFinding finding : result.findings()) {
            notes.add(finding.ruleId() + " at " + finding.path());
        }
        Provenance provenance = new Provenance(grading.tableId(), grading.tableVersion(), result.clause());
        return new GradeConversion(source, List.of(candidate), true, provenance, benefitsOf(source), notes);
    }

    private List<BenefitApplicability> benefitsOf(GradeSource source) {
        Optional<ServiceCertificateKind> kind = source.system().serviceCertificateKind();
        return kind.isPresent()
                ? benefits.forServiceCertificate(kind.get(), MilitaryDisabilityGrade.of(source.grade()))
                : List.of();
    }

    /** Builder of {@link GradeConverter}, preset with the bundled tables. Not thread-safe. */
    public static final class Builder {
        private final Map<SourceSystem, Crosswalk> crosswalks = new EnumMap<>(SourceSystem.class);
        private BenefitEquivalences benefits = BenefitEquivalences.bundled();
        private Gb26341Grading grading = Gb26341Grading.standard();

        private Builder() {
            for (SourceSystem system : SourceSystem.values()) {
                crosswalks.put(system, Crosswalk.bundled(system));
            }
        }

        /**
         * Uses a crosswalk for every source system it serves, replacing the bundled one.
         *
         * @param crosswalk a loaded, validated crosswalk
         * @return this builder
         */
        public Builder crosswalk(Crosswalk crosswalk) {
            for (SourceSystem system : crosswalk.sourceSystems()) {
                crosswalks.put(system, crosswalk);
            }
            return this;
        }

        /**
         * Uses a grading with non-default parameters for {@link GradeConverter#regrade}.
         *
         * @param grading the grading
         * @return this builder
         */
        public Builder grading(Gb26341Grading grading) {
            this.grading = Objects.requireNonNull(grading, "grading");
            return this;
        }

        /**
         * Builds the converter.
         *
         * @return the immutable converter
         */
        public GradeConverter build() {
            return new GradeConverter(this);
        }
    }
}
