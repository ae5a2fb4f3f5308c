package nl.voortgang.core.budget;

import java.math.BigDecimal;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.scheme.Tolerance;

/**
 * The scheme's rule for deviations between the definitive budget and realised spending: a deviation larger
 * than the tolerance (in percent of the budget) must be explained. A deviation of exactly the tolerance is
 * within it; spending without any budget is always beyond it.
 */
public final class VarianceRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Tolerance tolerance;

    public VarianceRule(Tolerance tolerance) {
        this.tolerance = tolerance;
    }

    public Tolerance tolerance() {
        return tolerance;
    }

    public Deviation assess(Money definitiveBudget, Money realised) {
        Money difference = realised.minus(definitiveBudget);
        var percentage = difference.percentageOf(definitiveBudget);
        return new Deviation(definitiveBudget, realised, difference, percentage, outcome(definitiveBudget, difference));
    }

    private Deviation.Outcome outcome(Money budget, Money difference) {
        if (budget.isZero()) {
            return difference.isZero() ? Deviation.Outcome.WITHIN_TOLERANCE : Deviation.Outcome.NOT_BUDGETED;
        }
        // |difference| * 100 > tolerance * budget, compared exactly rather than on a rounded percentage
        BigDecimal scaledDifference = difference.amount().abs().multiply(HUNDRED);
        BigDecimal allowed = tolerance.percent().multiply(budget.amount().abs());
        if (scaledDifference.compareTo(allowed) <= 0) {
            return Deviation.Outcome.WITHIN_TOLERANCE;
        }
        return difference.isNegative() ? Deviation.Outcome.UNDER_BUDGET : Deviation.Outcome.OVER_BUDGET;
    }
}
