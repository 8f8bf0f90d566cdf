package org.disabilitystandards.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.disabilitystandards.core.grading.Gb26341Grading;
import org.disabilitystandards.core.grading.GradingResult;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.PersonRecord;
import org.junit.jupiter.api.Test;

/** The generator's clean assessments grade, under GB/T 26341-2010, to the grade they record. */
class GeneratedAssessmentsGradeTest {

    @Test
    void everyCleanGeneratedAssessmentGradesToItsRecordedGrade() {
        RecordGenerator generator = RecordGenerator.builder().seed(11).defectRate(0).build();
        Gb26341Grading grading = Gb26341Grading.standard();
        int checked = 0;
        for (long line = 1; line <= 3000; line++) {
            PersonRecord record = generator.generate(line).record().orElseThrow();
            for (Assessment assessment : record.assessments()) {
                if (assessment.measurements().isEmpty() || assessment.grade().isEmpty()) {
                    continue;
                }
                int age = Period.between(record.birthDate().orElseThrow(), assessment.assessedOn()).getYears();
                GradingResult result = grading.grade(assessment, age);
                assertThat(result.grade()).as("line %d %s age %d: %s", line, assessment.category(), age, result.basis())
                        .isEqualTo(assessment.grade());
                assertThat(result.findings()).as("line %d", line).isEmpty();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
    }
}
