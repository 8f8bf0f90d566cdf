package org.disabilitystandards.validation.rule;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.grading.Gb26341Grading;
import org.disabilitystandards.core.grading.GradingFinding;
import org.disabilitystandards.core.grading.GradingResult;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.Certificate;

/**
 * Assessment rules (GB/T 26341-2010). Every assessment is graded from its measurements with the profile's
 * grading parameters at the age on {@code assessedOn}; the grading findings become ASSESS.MEASUREMENT_RANGE,
 * ASSESS.WRONG_MEASUREMENT, ASSESS.BELOW_THRESHOLD, ASSESS.AGE_NOT_GRADABLE and ASSESS.AGE_METHOD at
 * {@code assessments[i].<path>}. This class adds ASSESS.DATE, ASSESS.GRADE_MISMATCH (recorded grade vs the
 * computed one), ASSESS.CERTIFICATE_DISAGREES and ASSESS.MULTIPLE_NEEDS_TWO.
 *
 * <p>An assessment's grade is the computed one when the measurements give a grade, else the recorded one.
 * For a single-category certificate the latest assessment of that category decides; for a MULTIPLE
 * certificate, the most severe grade of the assessed categories (GB/T 26341-2010, multiple disability).
 * Without a birth date (no valid ID number, no recorded birth date) the age is unknown and assessments are
 * not graded.
 */
final class AssessmentRules implements DomainRules {

    /** Shown as the assessed grade when no assessment of the certificate's category exists. */
    static final String NONE = "-";

    private final Rule date;
    private final Rule gradeMismatch;
    private final Rule certificateDisagrees;
    private final Rule multipleNeedsTwo;
    /** The rules of the grading findings, by id: a finding is raised as it comes, with its own arguments. */
    private final Map<String, Rule> findingRules;
    private final Gb26341Grading grading;

    AssessmentRules(RuleCatalogue catalogue, Gb26341Grading grading) {
        this.date = catalogue.get(RuleIds.ASSESS_DATE);
        this.gradeMismatch = catalogue.get(RuleIds.ASSESS_GRADE_MISMATCH);
        this.certificateDisagrees = catalogue.get(RuleIds.ASSESS_CERTIFICATE_DISAGREES);
        this.multipleNeedsTwo = catalogue.get(RuleIds.ASSESS_MULTIPLE_NEEDS_TWO);
        this.findingRules = rules(catalogue, RuleIds.ASSESS_MEASUREMENT_RANGE, RuleIds.ASSESS_WRONG_MEASUREMENT,
                RuleIds.ASSESS_BELOW_THRESHOLD, RuleIds.ASSESS_AGE_NOT_GRADABLE, RuleIds.ASSESS_AGE_METHOD);
        this.grading = grading;
    }

    private static Map<String, Rule> rules(RuleCatalogue catalogue, String... ids) {
        Map<String, Rule> rules = new HashMap<>();
        for (String id : ids) {
            rules.put(id, catalogue.get(id));
        }
        return Map.copyOf(rules);
    }

    @Override
    public void check(RecordCheck c) {
        List<Assessment> assessments = c.record.assessments();
        if (assessments.isEmpty()) {
            return;
        }
        Certificate certificate = c.certificate;
        DisabilityCategory certified = certificate == null ? null : certificate.category();
        int latest = -1;
        DisabilityGrade latestGrade = null;
        int categories = 0;
        DisabilityGrade mostSevere = null;
        for (int i = 0; i < assessments.size(); i++) {
            Assessment assessment = assessments.get(i);
            LocalDate assessedOn = assessment.assessedOn();
            if (assessedOn.isAfter(c.asOf) || c.isBeforeBirth(assessedOn)) {
                c.raiseAt(date, "assessments", i, "assessedOn", assessedOn);
            }
            DisabilityGrade grade = grade(c, assessment, i);
            categories |= 1 << assessment.category().ordinal();
            if (grade != null) {
                mostSevere = mostSevere == null ? grade : DisabilityGrade.mostSevere(mostSevere, grade);
            }
            if (assessment.category() == certified
                    && (latest < 0 || assessedOn.isAfter(assessments.get(latest).assessedOn()))) {
                latest = i;
                latestGrade = grade;
            }
        }
        if (certificate == null) {
            return;
        }
        if (certified == DisabilityCategory.MULTIPLE) {
            int count = Integer.bitCount(categories);
            if (count < 2) {
                c.raise(multipleNeedsTwo, "certificate.category", count);
            } else if (mostSevere != null && mostSevere != certificate.grade()) {
                c.raise(certificateDisagrees, "certificate.grade", certified, certificate.grade(), mostSevere);
            }
        } else if (latest < 0) {
            c.raise(certificateDisagrees, "certificate.category", certified, certificate.grade(), NONE);
        } else if (latestGrade != null && latestGrade != certificate.grade()) {
            c.raise(certificateDisagrees, "certificate.grade", certified, certificate.grade(), latestGrade);
        }
    }

    /** Grades one assessment, raises its findings and a grade mismatch; returns its effective grade. */
    private DisabilityGrade grade(RecordCheck c, Assessment assessment, int i) {
        DisabilityGrade recorded = assessment.grade().orElse(null);
        int age = c.ageOn(assessment.assessedOn());
        if (age < 0 || assessment.category() == DisabilityCategory.MULTIPLE) {
            return recorded;
        }
        GradingResult result = grading.grade(assessment, age);
        for (GradingFinding finding : result.findings()) {
            c.raiseAt(findingRules.get(finding.ruleId()), "assessments", i, finding.path(),
                    finding.arguments().toArray());
        }
        if (result.grade().isEmpty()) {
            return recorded;
        }
        DisabilityGrade computed = result.grade().get();
        if (recorded != null && recorded != computed) {
            c.raiseAt(gradeMismatch, "assessments", i, "grade", recorded, computed, result.clause());
        }
        return computed;
    }
}
