package nl.voortgang.core.activity;

import java.time.LocalDate;
import java.util.Objects;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.alliance.ActivityCode;
import nl.voortgang.core.alliance.ActivityStatus;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * What a partner reports about one of its planned activities: the status reached, when it was completed, and
 * the explanation of any difference from the plan.
 */
public record ActivityProgress(
        AllianceCode alliance,
        OrganisationCode partner,
        int year,
        ActivityCode activity,
        ActivityStatus status,
        LocalDate completedOn,
        String explanation) implements PartnerFigure {

    public ActivityProgress {
        Objects.requireNonNull(alliance, "alliance");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(status, "status");
    }
}
