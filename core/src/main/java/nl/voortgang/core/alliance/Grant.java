package nl.voortgang.core.alliance;

import java.util.Objects;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * The subsidy the ministry granted a partner for one year (its decision, the <i>beschikking</i>), and how much of it
 * was paid in advance. The subsidy is settled on the realised costs that remain for the subsidy once the partner's own
 * and third parties' contributions are taken off.
 *
 * @param decision the decision's reference, as the ministry wrote it; null when not given
 */
public record Grant(OrganisationCode partner, int year, Money granted, Money advanced, String decision) {

    public Grant {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(granted, "granted");
        advanced = advanced == null ? Money.ZERO : advanced;
    }
}
