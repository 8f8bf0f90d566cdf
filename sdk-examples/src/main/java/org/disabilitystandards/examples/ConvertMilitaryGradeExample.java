package org.disabilitystandards.examples;

import java.time.LocalDate;
import java.util.StringJoiner;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.DisabilityNature;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.convert.BenefitApplicability;
import org.disabilitystandards.core.convert.BenefitEquivalences;
import org.disabilitystandards.core.convert.ConversionException;
import org.disabilitystandards.core.convert.EquivalentBenefit;
import org.disabilitystandards.core.convert.GradeConversion;
import org.disabilitystandards.core.convert.GradeConverter;
import org.disabilitystandards.core.convert.GradeSource;
import org.disabilitystandards.core.convert.NationalCandidate;
import org.disabilitystandards.core.convert.ServiceCertificateKind;
import org.disabilitystandards.core.convert.SourceSystem;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.Measurements;

/**
 * Guide section "Convert a military grade": the reference crosswalk (RELATED candidates, not normative),
 * re-grading from measurements (normative), the benefit equivalences of a 残疾军人证 and the typed error
 * of an impossible source.
 */
public final class ConvertMilitaryGradeExample {

    private ConvertMilitaryGradeExample() {
    }

    /**
     * Runs the example and prints what {@link #run()} returns.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(run());
    }

    /**
     * Converts a synthetic military grade 5 (on duty) in both ways.
     *
     * @return the printed lines
     */
    public static String run() {
        StringJoiner out = new StringJoiner("\n", "", "\n");
        // [convert]
        GradeConverter converter = GradeConverter.standard();                  // shared
        GradeSource source = GradeSource.of(SourceSystem.MILITARY, 5, DisabilityNature.DUTY);

        GradeConversion reference = converter.convert(source);                 // triage only
        out.add("normative " + reference.normative() + ", table " + reference.provenance().tableId()
                + " v" + reference.provenance().version());
        for (NationalCandidate candidate : reference.candidates()) {
            out.add("  candidate " + candidate.categoryCode() + " "
                    + candidate.grade().map(g -> "grade " + g.number()).orElse("-") + " "
                    + candidate.relationship());
        }
        for (BenefitApplicability benefit : reference.benefits()) {
            out.add("  benefit " + benefit.benefit() + " " + (benefit.applies() ? "applies" : "does not apply"));
        }
        reference.notes().forEach(note -> out.add("  note " + note));
        // [/convert]

        // [regrade]
        Assessment hearing = Assessment.builder()
                .category(DisabilityCategory.HEARING)
                .assessedOn(LocalDate.of(2025, 3, 1))
                .measurements(Measurements.builder().averageLossDbHl(72).build())
                .build();
        GradeConversion regraded = converter.regrade(source, hearing, 45);    // the normative answer
        NationalCandidate only = regraded.candidates().get(0);
        out.add("regraded: normative " + regraded.normative() + ", " + only.categoryCode() + " grade "
                + only.grade().map(DisabilityGrade::number).orElseThrow() + " " + only.relationship()
                + " (" + regraded.provenance().basis() + ")");
        // [/regrade]

        // [benefits]
        BenefitEquivalences equivalences = BenefitEquivalences.bundled();
        out.add("rail seat, military grade 7: " + equivalences.appliesToServiceCertificate(
                EquivalentBenefit.RAIL_RESERVED_SEAT, ServiceCertificateKind.MILITARY, MilitaryDisabilityGrade.of(7)));
        out.add("rail seat, civil hearing grade 1: " + equivalences.appliesToCivil(
                EquivalentBenefit.RAIL_RESERVED_SEAT, DisabilityCategory.HEARING, DisabilityGrade.of(1), true));
        // [/benefits]

        // [invalid-source]
        try {
            GradeSource.of(SourceSystem.MILITARY, 8, DisabilityNature.ILLNESS);
        } catch (ConversionException e) {
            out.add("rejected: " + e.getMessage());                   // e.ruleId(): MILITARY.ILLNESS_GRADE
        }
        // [/invalid-source]
        return out.toString();
    }
}
