package nl.voortgang.core.scheme;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * A yearly due date relative to the reporting year: {@code 20 September of the year before} or
 * {@code 1 April of the year after}.
 *
 * @param day        the day and month
 * @param yearOffset which year, relative to the reporting year (-1 the year before, +1 the year after)
 */
public record DayOfYear(MonthDay day, int yearOffset) {

    public DayOfYear {
        Objects.requireNonNull(day, "day");
    }

    public LocalDate forReportingYear(int year) {
        return day.atYear(year + yearOffset);
    }
}
