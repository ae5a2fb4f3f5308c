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
 * @param explanation why spending in this category differs from the budget, where it does
 */
public record Expenditure(
        AllianceCode alliance,
        OrganisationCode partner,
        int year,
        CostCategory category,
        Money amount,
        LocalDate bookedOn,
        String description,
        String explanation) implements PartnerFigure {

    public Expenditure {
        Objects.requireNonNull(alliance, "alliance");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
    }
}
