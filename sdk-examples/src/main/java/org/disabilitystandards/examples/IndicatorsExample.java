package org.disabilitystandards.examples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.Insurance;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.indicator.Breakdown;
import org.disabilitystandards.validation.indicator.IndicatorAccumulator;
import org.disabilitystandards.validation.indicator.IndicatorCalculator;
import org.disabilitystandards.validation.indicator.IndicatorId;
import org.disabilitystandards.validation.indicator.IndicatorProfile;
import org.disabilitystandards.validation.indicator.IndicatorReport;
import org.disabilitystandards.validation.indicator.IndicatorResult;

/**
 * Guide section "Compute indicators": the care-allowance coverage and medical-insurance indicators of the
 * Qinghai plan (专栏1) over four synthetic certificate holders, with a breakdown by prefecture.
 */
public final class IndicatorsExample {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private IndicatorsExample() {
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
     * Four holders: three of grade 1 or 2 (two with the care allowance), one of grade 4; three enrolled in
     * medical insurance.
     *
     * @return the records
     */
    static List<PersonRecord> records() {
        LocalDate issued = LocalDate.of(2022, 1, 10);
        Benefit care = Benefit.builder().type(BenefitType.CARE_ALLOWANCE).from(YearMonth.of(2022, 2)).build();
        Insurance insured = Insurance.builder().medical(true).build();
        return List.of(
                SyntheticPeople.holder("I-1", "63010219600101001", DisabilityCategory.VISUAL, DisabilityGrade.of(1),
                        issued).addBenefits(care).insurance(insured).build(),
                SyntheticPeople.holder("I-2", "63010219650202002", DisabilityCategory.PHYSICAL,
                        DisabilityGrade.of(2), issued).addBenefits(care).insurance(insured).build(),
                SyntheticPeople.holder("I-3", "63010219700303003", DisabilityCategory.HEARING, DisabilityGrade.of(2),
                        issued).insurance(insured).build(),
                SyntheticPeople.holder("I-4", "63010219750404004", DisabilityCategory.SPEECH, DisabilityGrade.of(4),
                        issued).build());
    }

    /**
     * Computes the indicators of {@link #records()} as of 2025-06-30.
     *
     * @return the printed lines
     */
    public static String run() {
        StringJoiner out = new StringJoiner("\n", "", "\n");
        // [indicators]
        IndicatorCalculator calculator = IndicatorCalculator.of(IndicatorProfile.byName("qinghai")); // shared
        IndicatorAccumulator pass = calculator.start(AS_OF, Breakdown.PREFECTURE);   // one per thread
        for (PersonRecord record : records()) {
            pass.accept(record);
        }
        IndicatorReport report = pass.report();
        out.add("records " + report.records() + ", holders " + report.holders());
        for (IndicatorId id : new IndicatorId[] {IndicatorId.CARE_ALLOWANCE_COVERAGE, IndicatorId.MEDICAL_INSURANCE}) {
            IndicatorResult result = report.result(id).orElseThrow();
            out.add(id + ": " + result.numerator().getAsLong() + "/" + result.denominator().getAsLong() + " = "
                    + String.format(Locale.ROOT, "%.3f", result.value().getAsDouble())
                    + ", target met " + result.met().orElseThrow());
            result.byRegion().forEach((region, regional) -> {
                if (regional.denominator().getAsLong() > 0) {              // prefectures without holders: 0/0
                    out.add("  prefecture " + region + ": " + regional.numerator().getAsLong() + "/"
                            + regional.denominator().getAsLong());
                }
            });
        }
        // [/indicators]
        return out.toString();
    }
}
