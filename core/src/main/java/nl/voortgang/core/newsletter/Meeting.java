package nl.voortgang.core.newsletter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * A meeting on the agenda: V/M Sociale Innovatie meets about seven times a year on a Monday evening in
 * Den Haag or Utrecht, each time with a researcher and a practitioner.
 *
 * @param time      the time as written, such as {@code 19.30–21.30 uur}; may be null
 * @param organiser may be null
 */
public record Meeting(LocalDate date, String time, String place, String topic, List<String> speakers, OrganisationCode organiser) {

    public Meeting {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(topic, "topic");
        speakers = List.copyOf(speakers);
    }
}
