package org.disabilitystandards.validation.rule;

import java.time.LocalDate;
import java.util.List;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.Certificate;

/**
 * Assessment rules (GB/T 26341-2010): ASSESS.DATE on every assessment; ASSESS.CERTIFICATE_DISAGREES and
 * ASSESS.MULTIPLE_NEEDS_TWO between the certificate and the assessments. An assessment's grade is the
 * recorded one. For a single-category certificate the latest assessment of that category decides; for a
 * MULTIPLE certificate, the most severe grade of the assessed categories (GB/T 26341-2010 multiple rule).
 */
final class AssessmentRules implements DomainRules {

    /** Shown as the assessed grade when no assessment of the certificate's category exists. */
    static final String NONE = "-";

    private final Rule date;
    private final Rule certificateDisagrees;
    private final Rule multipleNeedsTwo;

    AssessmentRules(RuleCatalogue catalogue) {
        this.date = catalogue.get("ASSESS.DATE");
        this.certificateDisagrees = catalogue.get("ASSESS.CERTIFICATE_DISAGREES");
        this.multipleNeedsTwo = catalogue.get("ASSESS.MULTIPLE_NEEDS_TWO");
    }

    @Override
    public void check(RecordCheck c) {
        List<Assessment> assessments = c.record.assessments();
        if (assessments.isEmpty()) {
            return;
        }
        for (int i = 0; i < assessments.size(); i++) {
            LocalDate assessedOn = assessments.get(i).assessedOn();
            if (assessedOn.isAfter(c.asOf) || c.birthDate != null && assessedOn.isBefore(c.birthDate)) {
                c.raise(date, "assessments[" + i + "].assessedOn", assessedOn);
            }
        }
        if (c.record.certificate().isPresent()) {
            Certificate certificate = c.record.certificate().get();
            if (certificate.category() == DisabilityCategory.MULTIPLE) {
                checkMultiple(c, certificate, assessments);
            } else {
                checkSingle(c, certificate, assessments);
            }
        }
    }

    private void checkSingle(RecordCheck c, Certificate certificate, List<Assessment> assessments) {
        Assessment latest = null;
        for (Assessment assessment : assessments) {
            if (assessment.category() == certificate.category()
                    && (latest == null || assessment.assessedOn().isAfter(latest.assessedOn()))) {
                latest = assessment;
            }
        }
        if (latest == null) {
            c.raise(certificateDisagrees, "certificate.category", certificate.category(), certificate.grade(), NONE);
        } else if (latest.grade().isPresent() && latest.grade().get() != certificate.grade()) {
            c.raise(certificateDisagrees, "certificate.grade", certificate.category(), certificate.grade(),
                    latest.grade().get());
        }
    }

    private void checkMultiple(RecordCheck c, Certificate certificate, List<Assessment> assessments) {
        int categories = 0;
        DisabilityGrade mostSevere = null;
        for (Assessment assessment : assessments) {
            categories |= 1 << assessment.category().ordinal();
            if (assessment.grade().isPresent()) {
                mostSevere = mostSevere == null ? assessment.grade().get()
                        : DisabilityGrade.mostSevere(mostSevere, assessment.grade().get());
            }
        }
        int count = Integer.bitCount(categories);
        if (count < 2) {
            c.raise(multipleNeedsTwo, "certificate.category", count);
        } else if (mostSevere != null && mostSevere != certificate.grade()) {
            c.raise(certificateDisagrees, "certificate.grade", certificate.category(), certificate.grade(), mostSevere);
        }
    }
}
