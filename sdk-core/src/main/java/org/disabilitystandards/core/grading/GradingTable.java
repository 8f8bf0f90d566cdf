package org.disabilitystandards.core.grading;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.disabilitystandards.core.code.AdaptiveBehavior;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.PhysicalFinding;
import org.disabilitystandards.core.grading.GradingResult.Outcome;
import org.disabilitystandards.core.internal.table.TableChecks;
import org.disabilitystandards.core.internal.table.TableLoader;
import org.disabilitystandards.core.internal.table.TableProblem;
import org.disabilitystandards.core.table.TableException.Reason;
import org.disabilitystandards.core.model.Measurements;

/**
 * The bundled GB/T 26341-2010 threshold table ({@code gbt26341-2010-thresholds.json}), loaded once, with
 * every finding-free result precomputed so that grading a clean assessment allocates nothing. Immutable.
 */
final class GradingTable {

    private static final String RESOURCE = "gbt26341-2010-thresholds.json";

    /** A scale as used by one category, with its precomputed results. */
    static final class GradedScale {
        final Scale scale;
        final ToDoubleFunction<Measurements> reader;
        private final GradingResult[] bands;
        final GradingResult below;

        private GradedScale(Scale scale, DisabilityCategory category, String clause) {
            this.scale = scale;
            this.reader = reader(scale.key());
            this.bands = new GradingResult[scale.bandCount()];
            for (int i = 0; i < bands.length; i++) {
                bands[i] = new GradingResult(category, Outcome.GRADED, DisabilityGrade.of(i + 1), clause,
                        scale.basis(i), List.of());
            }
            this.below = new GradingResult(category, Outcome.BELOW_THRESHOLD, null, clause, scale.belowText(),
                    List.of());
        }

        GradingResult band(int index) {
            return bands[index];
        }
    }

    private static final class Holder {
        static final GradingTable BUNDLED = load();
    }

    final String id;
    final String version;
    final String basis;
    final int hearingInfantMostLenientGrade;
    final int dqBelowAge;
    final int whodasFromAge;
    final int dqBehaviorFrom;

    final GradedScale acuity;
    final GradedScale field;
    final GradedScale hearing;
    final GradedScale speech;
    final GradedScale dq;
    final GradedScale iq;
    final GradedScale intellectualWhodas;
    final GradedScale mentalWhodas;

    private final GradedScale[] allScales;
    private final Map<DisabilityCategory, String> clauses;
    private final GradingResult[] intellectualBehavior;
    private final GradingResult[] mentalBehavior;
    private final GradingResult[] physical;
    private final GradingResult[] notDetermined;
    private final GradingResult[] notGradableAtAge;
    private final GradingResult[] multiple;
    final GradingResult multipleBelow;

    /**
     * The schema of the threshold table.
     *
     * @param id                                the table id
     * @param version                           the edition
     * @param standard                          the standard, e.g. GB/T 26341-2010
     * @param basis                             the basis
     * @param clauses                           the clause of each category
     * @param scales                            the graded scales by key
     * @param ages                              the age limits
     * @param developmentalQuotientBehaviorFrom the age in months from which adaptive behaviour decides
     */
    record Document(@JsonProperty(required = true) String id, @JsonProperty(required = true) String version,
            @JsonProperty(required = true) String standard, @JsonProperty(required = true) String basis,
            @JsonProperty(required = true) Map<DisabilityCategory, String> clauses,
            @JsonProperty(required = true) Map<String, ScaleDocument> scales,
            @JsonProperty(required = true) Ages ages,
            @JsonProperty(required = true) int developmentalQuotientBehaviorFrom) {
        Document {
            TableChecks.nonBlank("id", id);
            TableChecks.nonBlank("version", version);
            TableChecks.nonBlank("standard", standard);
            TableChecks.nonBlank("basis", basis);
            for (DisabilityCategory category : DisabilityCategory.values()) {
                TableChecks.nonBlank("clauses/" + category.name(), clauses.get(category));
            }
            TableChecks.present("ages", ages);
        }

        ScaleDocument scale(String key) {
            return TableChecks.present("scales/" + key, scales.get(key));
        }
    }

    /**
     * One graded scale.
     *
     * @param label     the measurement's label
     * @param unit      the unit suffix (may be empty)
     * @param min       the least valid value
     * @param max       the greatest valid value
     * @param worse     the direction of severity
     * @param inclusive whether a bound belongs to the more severe grade
     * @param bounds    the bounds of grades 1, 2, … in grade order (1-4 of them)
     */
    record ScaleDocument(@JsonProperty(required = true) String label, @JsonProperty(required = true) String unit,
            @JsonProperty(required = true) double min, @JsonProperty(required = true) double max,
            @JsonProperty(required = true) Scale.Worse worse, @JsonProperty(required = true) boolean inclusive,
            @JsonProperty(required = true) double[] bounds) {
        ScaleDocument {
            TableChecks.nonBlank("label", label);
            TableChecks.present("unit", unit);
            if (bounds.length == 0 || bounds.length > 4) {
                throw TableProblem.at("/bounds", Reason.INVALID_VALUE, "a scale needs 1-4 bounds");
            }
            for (int i = 1; i < bounds.length; i++) {
                boolean ordered = worse == Scale.Worse.LOWER ? bounds[i] > bounds[i - 1] : bounds[i] < bounds[i - 1];
                if (!ordered) {
                    throw TableProblem.at("/bounds/" + i, Reason.INVALID_VALUE, "bounds are not in grade order");
                }
            }
        }
    }

    /**
     * Age limits of the standard.
     *
     * @param hearingInfantMostLenientGrade the most lenient hearing grade given below the age of three
     * @param developmentalQuotientBelowAge the age below which DQ, not IQ, decides
     * @param whodasFromAge                 the age from which WHO-DAS decides
     */
    record Ages(@JsonProperty(required = true) int hearingInfantMostLenientGrade,
            @JsonProperty(required = true) int developmentalQuotientBelowAge,
            @JsonProperty(required = true) int whodasFromAge) {
    }

    private GradingTable(Document table) {
        this.id = table.id();
        this.version = table.version();
        this.basis = table.basis();
        String standard = table.standard();
        Map<DisabilityCategory, String> clauseMap = new EnumMap<>(DisabilityCategory.class);
        for (DisabilityCategory category : DisabilityCategory.values()) {
            clauseMap.put(category, standard + ' ' + table.clauses().get(category));
        }
        this.clauses = Map.copyOf(clauseMap);
        this.hearingInfantMostLenientGrade = table.ages().hearingInfantMostLenientGrade();
        this.dqBelowAge = table.ages().developmentalQuotientBelowAge();
        this.whodasFromAge = table.ages().whodasFromAge();
        this.dqBehaviorFrom = table.developmentalQuotientBehaviorFrom();

        this.acuity = graded(table, "bestCorrectedAcuity", DisabilityCategory.VISUAL);
        this.field = graded(table, "visualFieldRadiusDegrees", DisabilityCategory.VISUAL);
        this.hearing = graded(table, "averageLossDbHl", DisabilityCategory.HEARING);
        this.speech = graded(table, "intelligibilityPercent", DisabilityCategory.SPEECH);
        this.dq = graded(table, "developmentalQuotient", DisabilityCategory.INTELLECTUAL);
        this.iq = graded(table, "iq", DisabilityCategory.INTELLECTUAL);
        this.intellectualWhodas = graded(table, "whodasScore", DisabilityCategory.INTELLECTUAL);
        this.mentalWhodas = graded(table, "whodasScore", DisabilityCategory.MENTAL);
        this.allScales = new GradedScale[] {acuity, field, hearing, speech, dq, iq, intellectualWhodas, mentalWhodas};

        this.intellectualBehavior = behaviorResults(DisabilityCategory.INTELLECTUAL);
        this.mentalBehavior = behaviorResults(DisabilityCategory.MENTAL);
        PhysicalFinding[] findings = PhysicalFinding.values();
        this.physical = new GradingResult[findings.length];
        for (PhysicalFinding finding : findings) {
            physical[finding.ordinal()] = new GradingResult(DisabilityCategory.PHYSICAL, Outcome.GRADED,
                    finding.grade(), standard + ' ' + finding.clause(),
                    "physical finding " + finding.name() + ": " + finding.nameEn(), List.of());
        }
        DisabilityCategory[] categories = DisabilityCategory.values();
        this.notDetermined = new GradingResult[categories.length];
        this.notGradableAtAge = new GradingResult[categories.length];
        for (DisabilityCategory category : categories) {
            notDetermined[category.ordinal()] = new GradingResult(category, Outcome.NOT_DETERMINED, null,
                    clause(category), category == DisabilityCategory.MULTIPLE
                            ? "multiple disability is graded from its single-category components"
                            : "no usable measurement decides the grade", List.of());
            notGradableAtAge[category.ordinal()] = new GradingResult(category, Outcome.NOT_GRADABLE_AT_AGE, null,
                    clause(category), category == DisabilityCategory.HEARING
                            ? "at this age only hearing grades 1-" + hearingInfantMostLenientGrade + " are graded"
                            : "not graded at this age", List.of());
        }
        this.multiple = new GradingResult[categories.length * 4];
        for (DisabilityCategory category : categories) {
            for (DisabilityGrade grade : DisabilityGrade.values()) {
                multiple[category.ordinal() * 4 + grade.ordinal()] = new GradingResult(DisabilityCategory.MULTIPLE,
                        Outcome.GRADED, grade, clause(DisabilityCategory.MULTIPLE), "most severe component: "
                                + category.name() + " grade " + grade.number(), List.of());
            }
        }
        this.multipleBelow = new GradingResult(DisabilityCategory.MULTIPLE, Outcome.BELOW_THRESHOLD, null,
                clause(DisabilityCategory.MULTIPLE), "no component reaches a disability grade", List.of());
    }

    /** Reads a present measurement of a scale, by its key in the threshold table. */
    private static ToDoubleFunction<Measurements> reader(String key) {
        return switch (key) {
            case "bestCorrectedAcuity" -> m -> m.bestCorrectedAcuity().orElse(Double.NaN);
            case "visualFieldRadiusDegrees" -> m -> m.visualFieldRadiusDegrees().orElse(Double.NaN);
            case "averageLossDbHl" -> m -> m.averageLossDbHl().orElse(Double.NaN);
            case "intelligibilityPercent" -> m -> m.intelligibilityPercent().orElse(Double.NaN);
            case "developmentalQuotient" -> m -> m.developmentalQuotient().isPresent()
                    ? m.developmentalQuotient().getAsInt() : Double.NaN;
            case "iq" -> m -> m.iq().isPresent() ? m.iq().getAsInt() : Double.NaN;
            case "whodasScore" -> m -> m.whodasScore().isPresent() ? m.whodasScore().getAsInt() : Double.NaN;
            default -> throw TableProblem.at("/scales/" + key, Reason.UNKNOWN_CODE, "not a scale of GB/T 26341");
        };
    }

    static GradingTable bundled() {
        return Holder.BUNDLED;
    }

    private static GradingTable load() {
        return TableLoader.bundledJson(GradingTable.class, RESOURCE, Document.class, Document::version,
                GradingTable::new);
    }

    private GradedScale graded(Document table, String key, DisabilityCategory category) {
        ScaleDocument node = table.scale(key);
        Scale scale = new Scale(key, node.label(), node.unit(), node.min(), node.max(), node.worse(),
                node.inclusive(), node.bounds().clone());
        return new GradedScale(scale, category, clause(category));
    }

    private GradingResult[] behaviorResults(DisabilityCategory category) {
        AdaptiveBehavior[] levels = AdaptiveBehavior.values();
        GradingResult[] results = new GradingResult[levels.length];
        for (AdaptiveBehavior level : levels) {
            String basisText = "adaptive behaviour: " + level.nameEn().toLowerCase(Locale.ROOT);
            results[level.ordinal()] = level.indicatedGrade()
                    .map(g -> new GradingResult(category, Outcome.GRADED, g, clause(category), basisText, List.of()))
                    .orElseGet(() -> new GradingResult(category, Outcome.BELOW_THRESHOLD, null, clause(category),
                            basisText + ": below the disability threshold", List.of()));
        }
        return results;
    }

    GradingResult multiple(DisabilityCategory component, DisabilityGrade grade) {
        return multiple[component.ordinal() * 4 + grade.ordinal()];
    }

    /** Returns the scale whose below-threshold result this is, or null (adaptive behaviour, multiple). */
    GradedScale belowOwner(GradingResult result) {
        for (GradedScale scale : allScales) {
            if (scale.below == result) {
                return scale;
            }
        }
        return null;
    }

    String clause(DisabilityCategory category) {
        return clauses.get(category);
    }

    GradingResult behavior(DisabilityCategory category, AdaptiveBehavior level) {
        return (category == DisabilityCategory.MENTAL ? mentalBehavior : intellectualBehavior)[level.ordinal()];
    }

    GradingResult physical(PhysicalFinding finding) {
        return physical[finding.ordinal()];
    }

    GradingResult notDetermined(DisabilityCategory category) {
        return notDetermined[category.ordinal()];
    }

    GradingResult notGradableAtAge(DisabilityCategory category) {
        return notGradableAtAge[category.ordinal()];
    }
}
