package nl.voortgang.core.scheme;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * A yearly due date relative to the reporting year, as the scheme writes it: {@code uiterlijk 1 april} of the year
 * after (that day is still in time) or {@code vóór 20 september} of the year before (that day is already late).
 *
 * @param day        the day and month the scheme names
 * @param yearOffset which year, relative to the reporting year (-1 the year before, +1 the year after)
 * @param before     true for "vóór" (before that day), false for "uiterlijk" (on that day at the latest)
 */
public record DayOfYear(MonthDay day, int yearOffset, boolean before) {

    public DayOfYear {
        Objects.requireNonNull(day, "day");
    }

    /** "Uiterlijk": the day itself is still in time. */
    public DayOfYear(MonthDay day, int yearOffset) {
        this(day, yearOffset, false);
    }

    /** The last day that is still in time, for a reporting year: the named day, or the day before it for "vóór". */
    public LocalDate forReportingYear(int year) {
        LocalDate named = day.atYear(year + yearOffset);
        return before ? named.minusDays(1) : named;
    }
}
