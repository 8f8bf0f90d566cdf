package org.disabilitystandards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class CalendarDatesTest {

    /** Epoch days of 1900-01-01 and 2100-12-31: the range the property tests draw from. */
    private static final int FIRST = (int) LocalDate.of(1900, 1, 1).toEpochDay();
    private static final int LAST = (int) LocalDate.of(2100, 12, 31).toEpochDay();

    @Test
    void completedYearsAgreesWithPeriodOnOrAfterTheBirthDateAndIsMinusOneBefore() {
        qt().forAll(integers().between(FIRST, LAST), integers().between(FIRST, LAST)).checkAssert((b, o) -> {
            LocalDate birth = LocalDate.ofEpochDay(b);
            LocalDate on = LocalDate.ofEpochDay(o);
            int expected = on.isBefore(birth) ? -1 : Period.between(birth, on).getYears();
            assertThat(CalendarDates.completedYears(birth, on)).as("%s on %s", birth, on).isEqualTo(expected);
        });
    }

    @Test
    void birthdaysAtTheEdge() {
        LocalDate birth = LocalDate.of(2000, 2, 29);
        assertThat(CalendarDates.completedYears(birth, LocalDate.of(2001, 2, 28))).isZero();
        assertThat(CalendarDates.completedYears(birth, LocalDate.of(2001, 3, 1))).isEqualTo(1);
        assertThat(CalendarDates.completedYears(birth, LocalDate.of(2004, 2, 29))).isEqualTo(4);
        assertThat(CalendarDates.completedYears(birth, birth)).isZero();
        assertThat(CalendarDates.completedYears(birth, birth.minusDays(1))).isEqualTo(-1);
        assertThat(CalendarDates.completedYears(LocalDate.of(1999, 12, 31), LocalDate.of(2000, 12, 30))).isZero();
        assertThat(CalendarDates.completedYears(LocalDate.of(1999, 12, 31), LocalDate.of(2000, 12, 31))).isEqualTo(1);
    }

    @Test
    void isDateAgreesWithJavaTime() {
        qt().forAll(integers().between(1, 9999), integers().between(0, 13), integers().between(0, 32))
                .checkAssert((y, m, d) -> assertThat(CalendarDates.isDate(y, m, d)).as("%d-%d-%d", y, m, d)
                        .isEqualTo(isRealDate(y, m, d)));
    }

    @Test
    void leapYearsAndMonthLengths() {
        assertThat(CalendarDates.daysInMonth(2000, 2)).isEqualTo(29);
        assertThat(CalendarDates.daysInMonth(1900, 2)).isEqualTo(28);
        assertThat(CalendarDates.daysInMonth(2024, 2)).isEqualTo(29);
        assertThat(CalendarDates.daysInMonth(2023, 2)).isEqualTo(28);
        assertThat(CalendarDates.daysInMonth(2023, 4)).isEqualTo(30);
        assertThat(CalendarDates.daysInMonth(2023, 12)).isEqualTo(31);
        assertThat(CalendarDates.isDate(0, 1, 1)).isFalse();
    }

    @Test
    void ymdOrdersLikeTheDates() {
        qt().forAll(integers().between(FIRST, LAST), integers().between(FIRST, LAST)).checkAssert((a, b) -> {
            LocalDate x = LocalDate.ofEpochDay(a);
            LocalDate y = LocalDate.ofEpochDay(b);
            assertThat(Integer.signum(Integer.compare(CalendarDates.ymd(x), CalendarDates.ymd(y))))
                    .isEqualTo(Integer.signum(x.compareTo(y)));
        });
        assertThat(CalendarDates.ymd(LocalDate.of(2025, 12, 31))).isEqualTo(20251231);
    }

    private static boolean isRealDate(int y, int m, int d) {
        try {
            LocalDate.of(y, m, d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
