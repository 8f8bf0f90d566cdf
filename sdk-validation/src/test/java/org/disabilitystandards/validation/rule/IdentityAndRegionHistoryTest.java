package org.disabilitystandards.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disabilitystandards.validation.rule.Records.AS_OF;
import static org.disabilitystandards.validation.rule.Records.id;
import static org.disabilitystandards.validation.rule.Records.minimal;

import java.time.LocalDate;
import java.util.Set;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.id.IdentifierKind;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Address codes of every GB/T 2260 edition, statistical-only codes and the other identity number kinds. */
class IdentityAndRegionHistoryTest {

    private static final RecordValidator NATIONAL = RecordValidator.forProfile(Profile.national());
    private static final RecordValidator QINGHAI = RecordValidator.forProfile(Profile.qinghai());

    private static ImmutablePersonRecord bornWith(String address, LocalDate birth) {
        String digits = address + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth()) + "001";
        return minimal().withIdNumber(id(digits)).withBirthDate(birth);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "632124, 湟中县 until 1998",
        "632125, 湟源县 until 1998",
        "630221, 平安县 2013-2014",
        "630111, 西宁市郊区 until 1985",
        "110103, 北京市崇文区 until 2009",
        "320211, 无锡市郊区 (now 滨湖区)",
        "130182, 藁城市 1995-2013",
        "440811, 湛江市郊区 until 1993",
    })
    void retiredAddressCodesOfSeveralProvincesAreValid(String address, String what) {
        PersonRecord record = bornWith(address, LocalDate.of(1980, 3, 1));
        assertThat(NATIONAL.validate(record, AS_OF).issues()).as(what).isEmpty();
    }

    @Test
    void codesOfNoEditionAreTheFinding() {
        assertThat(NATIONAL.validate(bornWith("632855", LocalDate.of(1980, 3, 1)), AS_OF).ruleIds())
                .containsExactly("ID.REGION");
        assertThat(NATIONAL.validate(bornWith("632857", LocalDate.of(1980, 3, 1)), AS_OF).ruleIds())
                .containsExactly("ID.REGION_STATISTICAL");
    }

    @Test
    void aCodeRetiredLongBeforeBirthIsSuspiciousAfterTheGraceYears() {
        // 632124 is last in the 1998 edition; the default grace is 3 years
        assertThat(NATIONAL.validate(bornWith("632124", LocalDate.of(2001, 12, 31)), AS_OF).issues()).isEmpty();
        assertThat(NATIONAL.validate(bornWith("632124", LocalDate.of(2002, 1, 1)), AS_OF).ruleIds())
                .containsExactly("ID.REGION_RETIRED_BEFORE_BIRTH");
        Issue issue = NATIONAL.validate(bornWith("632124", LocalDate.of(2002, 1, 1)), AS_OF).issues().get(0);
        assertThat(issue.arguments()).containsEntry("lastEdition", 1998).containsEntry("graceYears", 3)
                .doesNotContainKey("birthYear");
        Profile lenient = Profile.national().toBuilder().parameters(p -> p.addressCodeGraceYears(10)).build();
        assertThat(RecordValidator.forProfile(lenient).validate(bornWith("632124", LocalDate.of(2002, 1, 1)), AS_OF)
                .issues()).isEmpty();
    }

    @Test
    void birthYearsBeforeTheParameterAreAWarningNotAnError() {
        assertThat(NATIONAL.validate(bornWith("630102", LocalDate.of(1900, 1, 1)), AS_OF).issues()).isEmpty();
        PersonRecord old = bornWith("630102", LocalDate.of(1899, 12, 31));
        assertThat(NATIONAL.validate(old, AS_OF).ruleIds()).containsExactly("ID.BIRTH_YEAR_EARLY");
        assertThat(NATIONAL.validate(old, AS_OF).hasErrors()).isFalse();
        Profile earlier = Profile.national().toBuilder().parameters(p -> p.earliestBirthYear(1890)).build();
        assertThat(RecordValidator.forProfile(earlier).validate(old, AS_OF).issues()).isEmpty();
    }

    @Test
    void statisticalRegionCodesAreAllowedInQinghaiAndNamedElsewhere() {
        PersonRecord dachaidan = minimal().withRegionCode("632857");
        assertThat(QINGHAI.validate(dachaidan, AS_OF).issues()).isEmpty();
        Issue issue = NATIONAL.validate(dachaidan, AS_OF).issues().get(0);
        assertThat(issue.ruleId()).isEqualTo("REGION.STATISTICAL_ONLY");
        assertThat(issue.arguments()).containsEntry("name", "大柴旦行政委员会");
        assertThat(QINGHAI.validate(minimal().withRegionCode("632855"), AS_OF).ruleIds())
                .containsExactly("REGION.UNKNOWN");
        assertThat(QINGHAI.validate(minimal().withRegionCode("632858"), AS_OF).ruleIds())
                .containsExactly("REGION.RETIRED");
    }

    @Test
    void retiredRegionCodesNameTheirCurrentSuccessor() {
        Issue huangzhong = QINGHAI.validate(minimal().withRegionCode("632124"), AS_OF).issues().get(0);
        assertThat(huangzhong.ruleId()).isEqualTo("REGION.RETIRED");
        assertThat(huangzhong.arguments()).containsEntry("successor", "630106");
        Issue chongwen = NATIONAL.validate(minimal().withRegionCode("110103"), AS_OF).issues().get(0);
        assertThat(chongwen.arguments()).containsEntry("successor", RegionRules.NO_KNOWN_SUCCESSOR);
        assertThat(QINGHAI.validate(minimal().withRegionCode("630106"), AS_OF).issues()).isEmpty();
    }

    @Test
    void otherIdentifierKindsAreAcceptedAndCheckedAsTheirKind() {
        ImmutablePersonRecord taiwan = minimal().withIdNumber(id("83000019850715001"));
        ImmutablePersonRecord hongKong = minimal().withIdNumber(id("81000019850715001"));
        ImmutablePersonRecord foreign = minimal().withIdNumber(id("91184019850715001"));
        for (PersonRecord record : new PersonRecord[] {taiwan, hongKong, foreign}) {
            assertThat(NATIONAL.validate(record, AS_OF).issues()).isEmpty();
            assertThat(QINGHAI.validate(record, AS_OF).issues()).isEmpty();
        }
        assertThat(NATIONAL.validate(taiwan.withSex(Sex.FEMALE), AS_OF).ruleIds()).containsExactly("ID.SEX_MISMATCH");
        assertThat(NATIONAL.validate(foreign.withBirthDate(LocalDate.of(1985, 7, 16)), AS_OF).ruleIds())
                .containsExactly("ID.BIRTH_DATE_MISMATCH");
        String badCheck = taiwan.idNumber().substring(0, 17) + (taiwan.idNumber().charAt(17) == '0' ? '1' : '0');
        assertThat(NATIONAL.validate(taiwan.withIdNumber(badCheck), AS_OF).ruleIds()).containsExactly("ID.CHECKSUM");
        Profile residentsOnly = Profile.national().toBuilder()
                .parameters(p -> p.acceptedIdKinds(Set.of(IdentifierKind.HMT_RESIDENCE_PERMIT))).build();
        RecordValidator validator = RecordValidator.forProfile(residentsOnly);
        assertThat(validator.validate(taiwan, AS_OF).issues()).isEmpty();
        Issue refused = validator.validate(foreign, AS_OF).issues().get(0);
        assertThat(refused.ruleId()).isEqualTo("ID.KIND_NOT_ACCEPTED");
        assertThat(refused.arguments()).containsEntry("kind", "FOREIGN_PERMANENT_RESIDENCE");
    }
}
