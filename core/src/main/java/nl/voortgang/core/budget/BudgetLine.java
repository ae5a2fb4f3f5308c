package nl.voortgang.core.budget;

import java.util.Objects;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.OrganisationCode;

/** A partner's budget for one year and cost category in an alliance. */
public record BudgetLine(
        AllianceCode alliance,
        OrganisationCode partner,
        int year,
        CostCategory category,
        Money amount,
        BudgetStatus status,
        String note) implements PartnerFigure {

    public BudgetLine {
        Objects.requireNonNull(alliance, "alliance");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
    }
}
