package nl.voortgang.core.alliance;

import java.util.Objects;
import nl.voortgang.core.DateRange;
import nl.voortgang.core.Labelled;
import nl.voortgang.core.organisation.OrganisationCode;

/** An organisation's part in an alliance, for a period: lead organisation (penvoerder) or partner. */
public record Membership(OrganisationCode organisation, Role role, DateRange period) {

    public Membership {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(period, "period");
    }

    public boolean activeIn(int year) {
        return period.overlapsYear(year);
    }

    public enum Role implements Labelled {
        LEAD("penvoerder", "lead organisation"),
        PARTNER("partner", "partner");

        private final Labels labels;

        Role(String dutch, String english) {
            this.labels = new Labels(dutch, english);
        }

        @Override
        public Labels labels() {
            return labels;
        }
    }
}
