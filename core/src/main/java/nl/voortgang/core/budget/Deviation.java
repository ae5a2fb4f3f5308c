package nl.voortgang.core.budget;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import nl.voortgang.core.money.Money;

/**
 * What the variance rule found for one budget figure: realised against definitive budget.
 *
 * @param difference realised minus budget (positive is overspending)
 * @param percentage the difference in percent of the budget, one decimal; empty when the budget is zero
 */
public record Deviation(Money budget, Money realised, Money difference, Optional<BigDecimal> percentage, Outcome outcome) {

    public Deviation {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(realised, "realised");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(percentage, "percentage");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Whether the ministry must be given an explanation for this figure. */
    public boolean beyondTolerance() {
        return outcome != Outcome.WITHIN_TOLERANCE;
    }

    public enum Outcome {
        /** Realised spending is within the scheme's tolerance of the budget. */
        WITHIN_TOLERANCE,
        /** More was spent than the budget and its tolerance allow. */
        OVER_BUDGET,
        /** Less was spent than the budget minus its tolerance. */
        UNDER_BUDGET,
        /** Money was spent in a category that had no budget at all. */
        NOT_BUDGETED
    }
}
