package org.disabilitystandards.core.internal;

import java.time.LocalDate;

/**
 * The one home of calendar arithmetic on the proleptic Gregorian calendar of ISO 8601 / GB/T 7408: days in a
 * month, whether a {@code yyyyMMdd} triple is a real date, dates as {@code yyyyMMdd} integers (which order
 * like the dates) and the age in completed years. Never allocates.
 */
public final class CalendarDates {

    /** The {@code yyyyMMdd} value standing for "no date". */
    public static final int NONE = 0;

    private CalendarDates() {
    }

    /**
     * Returns whether a year is a leap year (divisible by 4, centuries only when divisible by 400).
     *
     * @param year the year
     * @return true for a leap year
     */
    public static boolean isLeapYear(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /**
     * Returns the number of days of a month.
     *
     * @param year  the year
     * @param month the month, 1-12
     * @return 28-31
     */
    public static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeapYear(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * Returns whether year, month and day form a real date from 0001-01-01 to 9999-12-31.
     *
     * @param year  the year
     * @param month the month
     * @param day   the day of the month
     * @return true for a real date
     */
    public static boolean isDate(int year, int month, int day) {
        return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1
                && day <= daysInMonth(year, month);
    }

    /**
     * Returns a date as the integer {@code yyyyMMdd}; such integers compare like the dates.
     *
     * @param date the date, years 1-9999
     * @return the integer, for example {@code 20251231}
     */
    public static int ymd(LocalDate date) {
        return ymd(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Returns year, month and day as the integer {@code yyyyMMdd}.
     *
     * @param year  the year, 1-9999
     * @param month the month
     * @param day   the day
     * @return the integer
     */
    public static int ymd(int year, int month, int day) {
        return year * 10000 + month * 100 + day;
    }

    /**
     * Returns the age in completed years on a date: the number of birthdays passed (a 29 February birthday
     * passes on 1 March in common years), the same as {@code java.time.Period.between(birth, on).getYears()}
     * for dates on or after the birth date.
     *
     * @param birthYmd the birth date as {@code yyyyMMdd}
     * @param onYmd    the date as {@code yyyyMMdd}
     * @return the age, or -1 when the date is before the birth date
     */
    public static int completedYears(int birthYmd, int onYmd) {
        return onYmd < birthYmd ? -1 : (onYmd - birthYmd) / 10000;
    }

    /**
     * Returns the age in completed years on a date (see {@link #completedYears(int, int)}).
     *
     * @param birth the birth date
     * @param on    the date
     * @return the age, or -1 when the date is before the birth date
     */
    public static int completedYears(LocalDate birth, LocalDate on) {
        return completedYears(ymd(birth), ymd(on));
    }
}
