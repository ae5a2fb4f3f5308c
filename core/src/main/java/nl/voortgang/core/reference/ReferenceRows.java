package nl.voortgang.core.reference;

import java.math.BigDecimal;
import nl.voortgang.core.alliance.PlannedActivity;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.AllianceName;
import nl.voortgang.core.alliance.Grant;
import nl.voortgang.core.alliance.IndicatorCode;
import nl.voortgang.core.alliance.Indicator;
import nl.voortgang.core.alliance.Membership;
import nl.voortgang.core.alliance.OutcomeCode;
import nl.voortgang.core.organisation.BoardSeat;
import nl.voortgang.core.organisation.FormerName;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.organisation.Representation;

/** The rows of reference files that belong to an organisation or alliance named on the same row. */
public final class ReferenceRows {

    private ReferenceRows() {
    }

    public record FormerNameRow(OrganisationCode organisation, FormerName name) {
    }

    public record BoardSeatRow(OrganisationCode organisation, BoardSeat seat) {
    }

    public record RepresentationRow(OrganisationCode organisation, Representation representation) {
    }

    public record AllianceNameRow(AllianceCode alliance, AllianceName name) {
    }

    public record MembershipRow(AllianceCode alliance, Membership membership) {
    }

    /** @param englishDescription the description in English; null when not given */
    public record OutcomeRow(AllianceCode alliance, OutcomeCode code, String description, String englishDescription) {
    }

    /** @param englishDescription the description in English, {@code englishUnit} the unit; null when not given */
    public record IndicatorRow(AllianceCode alliance, Indicator indicator, String englishDescription, String englishUnit) {
    }

    /** A target for an indicator's total, or, with a category, for one category of a breakdown. */
    public record TargetRow(AllianceCode alliance, IndicatorCode indicator, int year, BigDecimal target,
                            nl.voortgang.core.alliance.Disaggregation category) {
    }

    /** @param englishDescription what is done, in English; null when not given */
    public record ActivityPlanRow(AllianceCode alliance, PlannedActivity activity, String englishDescription) {
    }

    /** A subsidy granted to a partner of an alliance for a year (subsidies.csv). */
    public record GrantRow(AllianceCode alliance, Grant grant) {
    }
}
