package org.disabilitystandards.core.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.disabilitystandards.core.code.AdaptiveBehavior;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.PhysicalFinding;
import org.disabilitystandards.core.grading.GradingParameters.NonIntegerValues;
import org.disabilitystandards.core.grading.GradingResult.Outcome;
import org.disabilitystandards.core.grading.GradingTable.GradedScale;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.Measurements;

/**
 * Grading of assessments under GB/T 26341-2010 《残疾人残疾分类和分级》, clause 5, from their measurements and
 * the person's age in completed years at the assessment date. Immutable and thread-safe: build once, share.
 *
 * <p>Per category (bands in the bundled, versioned table {@code gbt26341-2010-thresholds.json}, which is also
 * the one source of the clause numbers: {@link #clause(DisabilityCategory)}; the clauses follow the order of
 * the standard and of the certificate digits, 5.2 visual to 5.8 multiple):
 * <ul>
 * <li>VISUAL: best-corrected acuity of the better eye and visual-field radius; the more severe wins.</li>
 * <li>HEARING: better-ear average loss, unaided; below {@link GradingParameters#hearingRestrictedBelowAge()}
 * only grades 1-3 are graded.</li>
 * <li>SPEECH: intelligibility; not graded under {@link GradingParameters#speechMinimumAge()}.</li>
 * <li>PHYSICAL: the most severe {@link PhysicalFinding}.</li>
 * <li>INTELLECTUAL: DQ under 7 (DQ 72-75 graded by adaptive behaviour), IQ from 7 (adaptive
 * behaviour decides when it disagrees with the IQ), WHO-DAS II from 18 in the role
 * {@link GradingParameters#intellectualAdultWhodas()}.</li>
 * <li>MENTAL: adaptive behaviour only under 18; from 18 the WHO-DAS II score (simple score 32-180: 32 when
 * the four work items are skipped by people who neither work nor study) in the role
 * {@link GradingParameters#mentalAdultWhodas()} together with adaptive behaviour.</li>
 * <li>MULTIPLE: the most severe component, see {@link #gradeMultiple(List)} (the rule of 《残疾人证管理办法》
 * for the certificate grade).</li>
 * </ul>
 * Measurements outside their range or foreign to the category are reported and not used; the wrong
 * instrument for the age is reported and used only when the right one is absent. Grading a clean assessment
 * allocates nothing beyond shared, precomputed results.
 */
public final class Gb26341Grading {

    private static final class Holder {
        static final Gb26341Grading STANDARD = new Gb26341Grading(GradingParameters.defaults());
    }

    private static final String CATEGORY_PATH = "category";
    private static final String BEHAVIOR_PATH = "measurements.adaptiveBehavior";

    private final GradingTable table;
    private final GradingParameters parameters;

    private Gb26341Grading(GradingParameters parameters) {
        this.table = GradingTable.bundled();
        this.parameters = parameters;
    }

    /**
     * Returns the clause of GB/T 26341-2010 that grades a category, from the bundled table (the one source
     * of clause numbers), for example {@code "GB/T 26341-2010 5.3"} for hearing.
     *
     * @param category the category
     * @return the standard and clause
     */
    public String clause(DisabilityCategory category) {
        return table.clause(Objects.requireNonNull(category, "category"));
    }

    /**
     * Returns the grading with the default parameters (shared instance).
     *
     * @return the standard grading
     */
    public static Gb26341Grading standard() {
        return Holder.STANDARD;
    }

    /**
     * Returns a grading with non-default parameters for the unsettled points of the standard.
     *
     * @param parameters the parameters
     * @return the grading
     */
    public static Gb26341Grading withParameters(GradingParameters parameters) {
        Objects.requireNonNull(parameters, "parameters");
        return parameters.equals(GradingParameters.defaults()) ? standard() : new Gb26341Grading(parameters);
    }

    /**
     * Returns the parameters of this grading.
     *
     * @return the parameters
     */
    public GradingParameters parameters() {
        return parameters;
    }

    /**
     * Returns the id of the threshold table in use ({@code gbt26341-2010-thresholds}).
     *
     * @return the table id
     */
    public String tableId() {
        return table.id;
    }

    /**
     * Returns the version of the threshold table in use.
     *
     * @return the version
     */
    public String tableVersion() {
        return table.version;
    }

    /**
     * Returns the documented basis of the threshold table.
     *
     * @return the basis text
     */
    public String tableBasis() {
        return table.basis;
    }

    /**
     * Grades one assessment. The category comes from the assessment; an assessment of category MULTIPLE is
     * not graded here (outcome NOT_DETERMINED; grade its components and use {@link #gradeMultiple(List)}).
     *
     * @param assessment the assessment
     * @param ageInYears the age in completed years on {@code assessedOn} ("under 3" means 0, 1 or 2)
     * @return the result
     * @throws IllegalArgumentException for a negative age
     */
    public GradingResult grade(Assessment assessment, int ageInYears) {
        Objects.requireNonNull(assessment, "assessment");
        if (ageInYears < 0) {
            throw new IllegalArgumentException("age must not be negative: " + ageInYears);
        }
        DisabilityCategory category = assessment.category();
        if (category == DisabilityCategory.MULTIPLE) {
            return table.notDetermined(category);
        }
        Sink sink = new Sink();
        if (category == DisabilityCategory.SPEECH && ageInYears < parameters.speechMinimumAge()) {
            assessment.measurements().ifPresent(m -> checkForeign(m, category, sink));
            sink.add(GradingFinding.AGE_NOT_GRADABLE, CATEGORY_PATH, category, ageInYears);
            return sink.apply(table.notGradableAtAge(category));
        }
        Optional<Measurements> measurements = assessment.measurements();
        if (measurements.isEmpty()) {
            return table.notDetermined(category);
        }
        Measurements m = measurements.get();
        checkForeign(m, category, sink);
        GradingResult result = switch (category) {
            case VISUAL -> visual(m, sink);
            case HEARING -> hearing(m, ageInYears, sink);
            case SPEECH -> rounded(table.speech, m.intelligibilityPercent(), sink);
            case INTELLECTUAL -> intellectual(m, ageInYears, sink);
            case MENTAL -> mental(m, ageInYears, sink);
            case PHYSICAL -> physical(m);
            case MULTIPLE -> table.notDetermined(category);
        };
        if (result.outcome() == Outcome.BELOW_THRESHOLD) {
            reportBelow(result, sink);
        }
        return sink.apply(result);
    }

    /**
     * Grades a multiple disability (多重残疾) from the results of its single-category components: the grade
     * of the most severe component (the first one on a tie). Whether at least two categories are present is
     * checked by the validation rule {@code ASSESS.MULTIPLE_NEEDS_TWO}, not here.
     *
     * @param components the component results
     * @return a result of category MULTIPLE without findings (the components carry theirs): GRADED if a
     *         component has a grade, BELOW_THRESHOLD if none has but one was below the threshold or not
     *         gradable at the age, NOT_DETERMINED otherwise
     */
    public GradingResult gradeMultiple(List<GradingResult> components) {
        Objects.requireNonNull(components, "components");
        GradingResult worst = null;
        boolean below = false;
        for (GradingResult component : components) {
            Optional<DisabilityGrade> grade = component.grade();
            if (grade.isPresent()) {
                if (worst == null || grade.get().isMoreSevereThan(worst.grade().orElseThrow())) {
                    worst = component;
                }
            } else if (component.outcome() != Outcome.NOT_DETERMINED) {
                below = true;
            }
        }
        if (worst != null) {
            return table.multiple(worst.category(), worst.grade().orElseThrow());
        }
        return below ? table.multipleBelow : table.notDetermined(DisabilityCategory.MULTIPLE);
    }

    private GradingResult visual(Measurements m, Sink sink) {
        double acuity = usable(m.bestCorrectedAcuity(), table.acuity, sink);
        double field = usable(m.visualFieldRadiusDegrees(), table.field, sink);
        boolean hasAcuity = !Double.isNaN(acuity);
        boolean hasField = !Double.isNaN(field);
        if (!hasAcuity && !hasField) {
            return table.notDetermined(DisabilityCategory.VISUAL);
        }
        int acuityBand = hasAcuity ? table.acuity.scale.band(acuity) : -1;
        int fieldBand = hasField ? table.field.scale.band(field) : -1;
        if (fieldBand >= 0 && (acuityBand < 0 || fieldBand < acuityBand)) {
            return table.field.band(fieldBand);
        }
        if (acuityBand >= 0) {
            return table.acuity.band(acuityBand);
        }
        return hasAcuity ? table.acuity.below : table.field.below;
    }

    private GradingResult hearing(Measurements m, int age, Sink sink) {
        GradingResult result = rounded(table.hearing, m.averageLossDbHl(), sink);
        Optional<DisabilityGrade> grade = result.grade();
        if (age < parameters.hearingRestrictedBelowAge() && grade.isPresent()
                && grade.get().number() > table.hearingInfantMostLenientGrade) {
            sink.add(GradingFinding.AGE_NOT_GRADABLE, table.hearing.scale.path(), DisabilityCategory.HEARING, age);
            return table.notGradableAtAge(DisabilityCategory.HEARING);
        }
        return result;
    }

    /** Grades hearing loss or intelligibility, rounding first when the parameters say so. */
    private GradingResult rounded(GradedScale graded, OptionalDouble measured, Sink sink) {
        double value = usable(measured, graded, sink);
        if (Double.isNaN(value)) {
            return table.notDetermined(graded.below.category());
        }
        if (parameters.nonIntegerValues() == NonIntegerValues.ROUND_HALF_UP) {
            value = Math.floor(value + 0.5);
        }
        return band(graded, value);
    }

    private GradingResult intellectual(Measurements m, int age, Sink sink) {
        boolean child = age < table.dqBelowAge;
        OptionalInt dqMeasured = m.developmentalQuotient();
        OptionalInt iqMeasured = m.iq();
        if (child && iqMeasured.isPresent()) {
            sink.add(GradingFinding.AGE_METHOD, table.iq.scale.path(), table.iq.scale.key(), age);
        }
        if (!child && dqMeasured.isPresent()) {
            sink.add(GradingFinding.AGE_METHOD, table.dq.scale.path(), table.dq.scale.key(), age);
        }
        double dq = usable(dqMeasured, table.dq, sink);
        double iq = usable(iqMeasured, table.iq, sink);
        AdaptiveBehavior behavior = m.adaptiveBehavior().orElse(null);
        boolean useDq = child ? !Double.isNaN(dq) || Double.isNaN(iq) : Double.isNaN(iq);
        GradingResult result;
        if (useDq && !Double.isNaN(dq)) {
            result = byDevelopmentalQuotient(dq, behavior);
        } else if (!Double.isNaN(iq)) {
            result = byIq(iq, behavior);
        } else {
            result = table.notDetermined(DisabilityCategory.INTELLECTUAL);
        }
        return withWhodas(result, m, age, table.intellectualWhodas, parameters.intellectualAdultWhodas(), sink);
    }

    /** Under 7: DQ below 72 decides directly; DQ 72-75 is graded by adaptive behaviour. */
    private GradingResult byDevelopmentalQuotient(double dq, AdaptiveBehavior behavior) {
        int band = table.dq.scale.band(dq);
        if (band < 0) {
            return table.dq.below;
        }
        if (dq >= table.dqBehaviorFrom) {
            return behavior == null ? table.notDetermined(DisabilityCategory.INTELLECTUAL)
                    : table.behavior(DisabilityCategory.INTELLECTUAL, behavior);
        }
        return table.dq.band(band);
    }

    /** From 7: IQ and adaptive behaviour; when they fall in different grades, adaptive behaviour decides. */
    private GradingResult byIq(double iq, AdaptiveBehavior behavior) {
        int band = table.iq.scale.band(iq);
        if (band < 0) {
            return table.iq.below;
        }
        // AdaptiveBehavior constants are declared in grade order (EXTREME is grade 1); NONE matches no band.
        if (behavior == null || behavior.ordinal() == band) {
            return table.iq.band(band);
        }
        return table.behavior(DisabilityCategory.INTELLECTUAL, behavior);
    }

    private GradingResult mental(Measurements m, int age, Sink sink) {
        AdaptiveBehavior behavior = m.adaptiveBehavior().orElse(null);
        GradingResult byBehavior = behavior == null ? table.notDetermined(DisabilityCategory.MENTAL)
                : table.behavior(DisabilityCategory.MENTAL, behavior);
        return withWhodas(byBehavior, m, age, table.mentalWhodas, parameters.mentalAdultWhodas(), sink);
    }

    /** Applies the WHO-DAS II score: reported as the wrong instrument under 18, used in its role from 18. */
    private GradingResult withWhodas(GradingResult other, Measurements m, int age, GradedScale whodas,
            WhodasRole role, Sink sink) {
        OptionalInt measured = m.whodasScore();
        if (measured.isEmpty()) {
            return other;
        }
        if (age < table.whodasFromAge) {
            sink.add(GradingFinding.AGE_METHOD, whodas.scale.path(), whodas.scale.key(), age);
            return other;
        }
        double score = usable(measured, whodas, sink);
        if (Double.isNaN(score) || role == WhodasRole.DESCRIPTOR) {
            return other;
        }
        GradingResult byScore = band(whodas, score);
        if (role == WhodasRole.DECIDES || other.outcome() == Outcome.NOT_DETERMINED) {
            return byScore;
        }
        if (!byScore.disabled()) {
            return other;
        }
        return other.disabled() && !byScore.grade().orElseThrow().isMoreSevereThan(other.grade().orElseThrow())
                ? other : byScore;
    }

    private GradingResult physical(Measurements m) {
        PhysicalFinding worst = null;
        for (PhysicalFinding finding : m.findings()) {
            if (worst == null || finding.grade().isMoreSevereThan(worst.grade())) {
                worst = finding;
            }
        }
        return worst == null ? table.notDetermined(DisabilityCategory.PHYSICAL) : table.physical(worst);
    }

    private static GradingResult band(GradedScale graded, double value) {
        int band = graded.scale.band(value);
        return band < 0 ? graded.below : graded.band(band);
    }

    private void reportBelow(GradingResult result, Sink sink) {
        GradedScale owner = table.belowOwner(result);
        sink.add(GradingFinding.BELOW_THRESHOLD, owner == null ? BEHAVIOR_PATH : owner.scale.path(),
                result.category());
    }

    private static double usable(OptionalDouble measured, GradedScale graded, Sink sink) {
        return measured.isPresent() ? usable(measured.getAsDouble(), graded, sink) : Double.NaN;
    }

    private static double usable(OptionalInt measured, GradedScale graded, Sink sink) {
        return measured.isPresent() ? usable(measured.getAsInt(), graded, sink) : Double.NaN;
    }

    /** Returns the value, or NaN (with an ASSESS.MEASUREMENT_RANGE finding) when outside the scale's range. */
    private static double usable(double value, GradedScale graded, Sink sink) {
        Scale scale = graded.scale;
        if (scale.inRange(value)) {
            return value;
        }
        sink.add(GradingFinding.MEASUREMENT_RANGE, scale.path(), scale.key(), number(value), number(scale.min()),
                number(scale.max()));
        return Double.NaN;
    }

    /** A message argument: an Integer for whole numbers, a Double otherwise (NaN and infinities included). */
    static Number number(double value) {
        if (value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE) {
            return (int) value;
        }
        return value;
    }

    private static void checkForeign(Measurements m, DisabilityCategory category, Sink sink) {
        foreign(sink, category, m.bestCorrectedAcuity().isPresent(), "bestCorrectedAcuity",
                category == DisabilityCategory.VISUAL);
        foreign(sink, category, m.visualFieldRadiusDegrees().isPresent(), "visualFieldRadiusDegrees",
                category == DisabilityCategory.VISUAL);
        foreign(sink, category, m.averageLossDbHl().isPresent(), "averageLossDbHl",
                category == DisabilityCategory.HEARING);
        foreign(sink, category, m.intelligibilityPercent().isPresent(), "intelligibilityPercent",
                category == DisabilityCategory.SPEECH);
        foreign(sink, category, m.developmentalQuotient().isPresent(), "developmentalQuotient",
                category == DisabilityCategory.INTELLECTUAL);
        foreign(sink, category, m.iq().isPresent(), "iq", category == DisabilityCategory.INTELLECTUAL);
        boolean mind = category == DisabilityCategory.INTELLECTUAL || category == DisabilityCategory.MENTAL;
        foreign(sink, category, m.adaptiveBehavior().isPresent(), "adaptiveBehavior", mind);
        foreign(sink, category, m.whodasScore().isPresent(), "whodasScore", mind);
        foreign(sink, category, !m.findings().isEmpty(), "findings", category == DisabilityCategory.PHYSICAL);
    }

    private static void foreign(Sink sink, DisabilityCategory category, boolean present, String key,
            boolean belongs) {
        if (present && !belongs) {
            sink.add(GradingFinding.WRONG_MEASUREMENT, "measurements." + key, key, category);
        }
    }

    /** Collects the findings of one grading call; allocates a list only when there is a finding. */
    private static final class Sink {
        private List<GradingFinding> findings;

        /** Adds a finding: the rule id and its arguments in the rule's order. */
        void add(String ruleId, String path, Object... arguments) {
            if (findings == null) {
                findings = new ArrayList<>(2);
            }
            findings.add(GradingFinding.of(ruleId, path, arguments));
        }

        GradingResult apply(GradingResult result) {
            return findings == null ? result : result.withFindings(findings);
        }
    }
}
