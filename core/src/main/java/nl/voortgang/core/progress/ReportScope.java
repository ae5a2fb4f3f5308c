package nl.voortgang.core.progress;

import java.util.Objects;
import java.util.stream.IntStream;
import nl.voortgang.core.alliance.AllianceCode;

/**
 * Which progress report: an alliance's report for one year, or for the partnership to date (from its first
 * year through {@code year}).
 */
public record ReportScope(AllianceCode alliance, int year, boolean toDate) {

    public ReportScope {
        Objects.requireNonNull(alliance, "alliance");
    }

    public static ReportScope year(AllianceCode alliance, int year) {
        return new ReportScope(alliance, year, false);
    }

    public static ReportScope toDate(AllianceCode alliance, int throughYear) {
        return new ReportScope(alliance, throughYear, true);
    }

    /** The years the report covers, given the partnership's first year. */
    public IntStream years(int firstYear) {
        return toDate ? IntStream.rangeClosed(firstYear, year) : IntStream.of(year);
    }

    public boolean covers(int someYear, int firstYear) {
        return toDate ? someYear >= firstYear && someYear <= year : someYear == year;
    }
}
