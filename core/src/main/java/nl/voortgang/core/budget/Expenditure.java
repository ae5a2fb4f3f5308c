package nl.voortgang.core.budget;

import java.time.LocalDate;
import java.util.Objects;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * Realised spending: one line of a partner's expenditure file, either a total per cost category or a single
 * booking from its ledger. Lines of the same category are added up.
 *
 * @param explanation            why spending in this category differs from the budget, where it does
 * @param ownContribution        the part of the amount that the partner paid from its own funds; null when not given
 * @param thirdPartyContribution the part of the amount that third parties paid (other funders, sponsors); null when not given
 */
public record Expenditure(
        AllianceCode alliance,
        OrganisationCode partner,
        int year,
        CostCategory category,
        Money amount,
        LocalDate bookedOn,
        String description,
        String explanation,
        Money ownContribution,
        Money thirdPartyContribution) implements PartnerFigure {

    public Expenditure {
        Objects.requireNonNull(alliance, "alliance");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
    }

    /** A line without contributions from others than the subsidy. */
    public Expenditure(AllianceCode alliance, OrganisationCode partner, int year, CostCategory category, Money amount, LocalDate bookedOn,
            String description, String explanation) {
        this(alliance, partner, year, category, amount, bookedOn, description, explanation, null, null);
    }
}
