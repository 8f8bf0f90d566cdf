package org.disabilitystandards.validation.rule;

import org.disabilitystandards.core.code.EducationStage;
import org.disabilitystandards.core.model.Education;

/**
 * Education rule EDUCATION.AGE_STAGE: a person enrolled at a stage whose plausible age range (profile
 * parameter {@code educationStageAges}, wide because entry of disabled pupils may be deferred, 义务教育法
 * art. 11) does not contain the person's age on the as-of date.
 */
final class EducationRules implements DomainRules {

    private final Rule ageStage;

    EducationRules(RuleCatalogue catalogue) {
        this.ageStage = catalogue.get(RuleIds.EDUCATION_AGE_STAGE);
    }

    @Override
    public void check(RecordCheck c) {
        if (c.record.education().isEmpty()) {
            return;
        }
        Education education = c.record.education().get();
        if (!education.enrolled() || education.stage().isEmpty()) {
            return;
        }
        EducationStage stage = education.stage().get();
        AgeRange range = c.parameters.educationStageAges().get(stage);
        int age = c.age;
        if (range != null && age >= 0 && !range.contains(age)) {
            c.raise(ageStage, "education.stage", stage, age, range.min(), range.max());
        }
    }
}
