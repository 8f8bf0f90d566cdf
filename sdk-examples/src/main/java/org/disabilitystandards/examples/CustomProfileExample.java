package org.disabilitystandards.examples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.StringJoiner;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.report.ValidationReport;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;

/**
 * Guide section "Build a custom profile": derives a profile from {@code qinghai} that raises a severity,
 * switches a rule off and extends the care allowance to grade-3 intellectual and mental disability, and
 * compares the two reports of one synthetic record.
 */
public final class CustomProfileExample {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private CustomProfileExample() {
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
     * Builds the custom profile.
     *
     * @return the profile {@code xining}
     */
    static Profile xining() {
        // [profile]
        return Profile.qinghai().toBuilder()
                .name("xining")
                .description("Qinghai, with the care allowance extended to grade-3 intellectual and mental")
                .severity("CERT.EXPIRED", Severity.ERROR)             // a WARNING by default
                .disable("REGION.RETIRED")                            // codes are migrated upstream
                .parameters(p -> p.careAllowanceGrade3IntellectualMental(true))
                .build();
        // [/profile]
    }

    /**
     * A grade-3 mental certificate, expired on 2025-03-31, whose holder receives the care allowance and lives
     * under the retired region code 632121 (平安县, now 630203 平安区).
     *
     * @return the record
     */
    static PersonRecord record() {
        return SyntheticPeople.holder("P-1", "63010219750808004", DisabilityCategory.MENTAL, DisabilityGrade.of(3),
                        LocalDate.of(2015, 4, 1))
                .regionCode("632121")
                .addBenefits(Benefit.builder().type(BenefitType.CARE_ALLOWANCE).from(YearMonth.of(2024, 1)).build())
                .build();
    }

    /**
     * Validates the record under {@code qinghai} and under the derived profile.
     *
     * @return the printed lines
     */
    public static String run() {
        StringJoiner out = new StringJoiner("\n", "", "\n");
        for (Profile profile : new Profile[] {Profile.qinghai(), xining()}) {
            ValidationReport report = RecordValidator.forProfile(profile).validate(record(), AS_OF);
            out.add(profile.name() + ":");
            for (Issue issue : report.issues()) {
                out.add("  " + issue.severity() + " " + issue.ruleId());
            }
        }
        return out.toString();
    }
}
