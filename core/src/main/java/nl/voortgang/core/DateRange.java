package nl.voortgang.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.IntStream;

/** A period of whole days, both ends included; an open end is {@code null}. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("a period cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** From 1 January of {@code firstYear} for {@code years} whole years: 2018 for five years ends on 31 December 2022. */
    public static DateRange years(int firstYear, int years) {
        return new DateRange(LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + years - 1, 12, 31));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /** Whether any day of the calendar year lies in this period. */
    public boolean overlapsYear(int year) {
        return start.getYear() <= year && (end == null || end.getYear() >= year);
    }

    public int firstYear() {
        return start.getYear();
    }

    /** The last year, or {@code fallback} when the period is open. */
    public int lastYear(int fallback) {
        return end == null ? fallback : end.getYear();
    }

    public IntStream yearsUpTo(int lastYear) {
        return IntStream.rangeClosed(firstYear(), Math.min(lastYear, lastYear(lastYear)));
    }
}
