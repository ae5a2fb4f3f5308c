package nl.voortgang.core.narrative;

import java.util.Objects;
import java.util.stream.Stream;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * What a partner tells in words about one of its activities, or about its part in an outcome, in one year: what was
 * done, the results, the lessons learned, and the explanation of differences with the plan. The activity report of
 * the subsidy scheme asks for this beside the figures. Each text is plain prose; paragraphs are separated by a line
 * break. At least one of the four is given.
 *
 * @param subject the code of the activity (in the year's activity plan) or of the outcome (in the theory of change)
 *                that it is about; an activity's code wins if an outcome has the same code
 */
public record Narrative(
        AllianceCode alliance,
        OrganisationCode partner,
        int year,
        String subject,
        String done,
        String results,
        String lessons,
        String differences) implements PartnerFigure {

    public Narrative {
        Objects.requireNonNull(alliance, "alliance");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(subject, "subject");
        if (Stream.of(done, results, lessons, differences).allMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a narrative tells something");
        }
    }

}
