package nl.voortgang.core.scheme;

import java.time.MonthDay;
import java.util.Objects;

/**
 * A due day as a scheme's text gives it, before it is tied to a year: {@code 20-09}, {@code uiterlijk 20-09} (that
 * day is in time) or {@code vóór 20-09} (that day is late).
 */
public record DueDay(MonthDay day, boolean before) {

    public DueDay {
        Objects.requireNonNull(day, "day");
    }

    public DayOfYear inYear(int yearOffset) {
        return new DayOfYear(day, yearOffset, before);
    }
}
