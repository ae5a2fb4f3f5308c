package nl.voortgang.core.scheme;

import java.time.LocalDate;
import java.util.Objects;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * A government subsidy scheme under which alliances work, such as the "Subsidieregeling gender- en
 * LHBTI-gelijkheid 2017–2022" of the Minister of OCW.
 *
 * @param englishName its name in English, for a report in English; null when not given
 */
public record SubsidyScheme(
        SchemeCode code,
        String name,
        OrganisationCode ministry,
        LocalDate start,
        LocalDate end,
        AccountabilityCalendar calendar,
        Tolerance tolerance,
        String englishName) {

    public SubsidyScheme {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ministry, "ministry");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(tolerance, "tolerance");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a scheme cannot end before it starts: " + code);
        }
        englishName = englishName == null || englishName.isBlank() ? null : englishName.strip();
    }

    /** Without an English name. */
    public SubsidyScheme(SchemeCode code, String name, OrganisationCode ministry, LocalDate start, LocalDate end,
            AccountabilityCalendar calendar, Tolerance tolerance) {
        this(code, name, ministry, start, end, calendar, tolerance, null);
    }
}
