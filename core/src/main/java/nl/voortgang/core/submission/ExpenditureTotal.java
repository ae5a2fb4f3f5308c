package nl.voortgang.core.submission;

import java.util.List;
import nl.voortgang.core.budget.CostCategory;
import nl.voortgang.core.money.Money;

/**
 * Realised spending of one submission in one cost category: the sum of its lines, how many there were, and
 * the explanations given on them.
 */
public record ExpenditureTotal(CostCategory category, Money amount, long lines, List<String> explanations) {

    public ExpenditureTotal {
        explanations = List.copyOf(explanations);
    }
}
