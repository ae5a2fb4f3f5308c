package nl.voortgang.core.organisation;

import java.util.Objects;

/**
 * A name an organisation used before, with the years it was used (the last year may be unknown).
 * V/M Sociale Innovatie was founded in 1996 as Vrouwen/Mannen/Mensenrechten.
 */
public record FormerName(String name, int fromYear, Integer untilYear) {

    public FormerName {
        Objects.requireNonNull(name, "name");
        if (untilYear != null && untilYear < fromYear) {
            throw new IllegalArgumentException("a former name cannot end (" + untilYear + ") before it began (" + fromYear + ")");
        }
    }
}
