package nl.voortgang.core.newsletter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.Organisation;

/**
 * The read model of one newsletter edition: the secretariat's news items, a progress block per alliance
 * generated from the data as it stood when the edition appeared, the agenda of coming meetings, and an
 * organisation's profile.
 *
 * @param organisationNames the names of the organisations the news items are signed for, by code
 * @param profile           null when the edition names no profile
 */
public record NewsletterIssue(Edition edition, List<NewsItem> items, Map<String, String> organisationNames, List<AllianceProgress> alliances,
                              List<Meeting> agenda, Profile profile, Instant generatedAt) {

    public NewsletterIssue {
        items = List.copyOf(items);
        organisationNames = Map.copyOf(organisationNames);
        alliances = List.copyOf(alliances);
        agenda = List.copyOf(agenda);
    }

    /** The name of the organisation a news item is signed for; empty when it names none. */
    public String organisationOf(NewsItem item) {
        return item.organisation() == null ? "" : organisationNames.getOrDefault(item.organisation().value(), item.organisation().value());
    }

    /**
     * Where an alliance stands in the edition's year.
     *
     * @param summary             a Dutch paragraph saying the figures below in words
     * @param activitiesReported  whether any partner had reported on the year's activities when the edition appeared
     *                            (otherwise "0 completed" would mean "not yet reported")
     * @param realisedThrough     the last year whose spending was known then (the spending of the edition's own year
     *                            arrives after it); null when no spending was
     */
    public record AllianceProgress(
            AllianceCode code,
            String name,
            String lead,
            int members,
            int year,
            int activitiesPlanned,
            int activitiesCompleted,
            Money definitiveBudget,
            int membersWithDefinitiveBudget,
            Money realisedToDate,
            List<UpcomingDeadline> nextDeadlines,
            String summary,
            boolean activitiesReported,
            Integer realisedThrough) {

        public AllianceProgress {
            nextDeadlines = List.copyOf(nextDeadlines);
        }
    }

    /** A coming date of the accountability calendar, for the plans or report of {@code year}. */
    /**
     * @param date   the last day in time
     * @param before whether the scheme writes the deadline as "vóór" the day after {@code date}
     */
    public record UpcomingDeadline(LocalDate date, Milestone milestone, int year, boolean before) {
    }

    /**
     * @param parentName   the name of the organisation it belongs to; null when none
     * @param representing the networks in which it speaks for another organisation
     */
    public record Profile(Organisation organisation, String parentName, List<Representing> representing) {

        public Profile {
            representing = List.copyOf(representing);
        }
    }

    /** The organisation speaks for {@code onBehalfOf} in {@code network} (V/M Sociale Innovatie for D66 in the PVO). */
    public record Representing(String network, String onBehalfOf) {
    }
}
