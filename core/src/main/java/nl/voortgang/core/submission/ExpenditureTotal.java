package nl.voortgang.core.submission;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.voortgang.core.budget.CostCategory;
import nl.voortgang.core.budget.Expenditure;
import nl.voortgang.core.money.Money;

/**
 * Realised spending of one submission in one cost category: the sum of its lines, how many there were, and
 * the explanations given on them.
 */
public record ExpenditureTotal(CostCategory category, Money amount, long lines, List<String> explanations) {

    public ExpenditureTotal {
        explanations = List.copyOf(explanations);
    }

    /** The lines added up per cost category, in the categories' order; each explanation once, in the order of the lines. */
    public static List<ExpenditureTotal> perCategory(List<Expenditure> lines) {
        Map<CostCategory, Money> sums = new EnumMap<>(CostCategory.class);
        Map<CostCategory, Long> counts = new EnumMap<>(CostCategory.class);
        Map<CostCategory, Set<String>> explanations = new EnumMap<>(CostCategory.class);
        for (Expenditure e : lines) {
            sums.merge(e.category(), e.amount(), Money::plus);
            counts.merge(e.category(), 1L, Long::sum);
            Set<String> texts = explanations.computeIfAbsent(e.category(), c -> new LinkedHashSet<>());
            if (e.explanation() != null) {
                texts.add(e.explanation());
            }
        }
        return sums.entrySet().stream().map(s -> new ExpenditureTotal(s.getKey(), s.getValue(), counts.get(s.getKey()),
                List.copyOf(explanations.get(s.getKey())))).toList();
    }
}
