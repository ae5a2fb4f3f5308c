package nl.voortgang.core.alliance;

import java.util.Objects;
import nl.voortgang.core.DateRange;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * One line of an alliance's activity plan for a year: what will be done, by which partner, towards which
 * outcome, when, for how much, and the status the plan gives it.
 */
public record PlannedActivity(
        ActivityCode code,
        int year,
        String description,
        OrganisationCode responsible,
        OutcomeCode outcome,
        DateRange period,
        Money plannedBudget,
        ActivityStatus status) {

    public PlannedActivity {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(plannedBudget, "plannedBudget");
        Objects.requireNonNull(status, "status");
    }
}
