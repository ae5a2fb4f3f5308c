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
 * Realised spending of one submission in one cost category: the sum of its lines, how many there were, the
 * explanations given on them, and how much of it the partner's own funds and third parties paid.
 */
public record ExpenditureTotal(CostCategory category, Money amount, long lines, List<String> explanations, Money ownContribution,
        Money thirdPartyContribution) {

    public ExpenditureTotal {
        explanations = List.copyOf(explanations);
        ownContribution = ownContribution == null ? Money.ZERO : ownContribution;
        thirdPartyContribution = thirdPartyContribution == null ? Money.ZERO : thirdPartyContribution;
    }

    /** The lines added up per cost category, in the categories' order; each explanation once, in the order of the lines. */
    public static List<ExpenditureTotal> perCategory(List<Expenditure> lines) {
        Map<CostCategory, Money> sums = new EnumMap<>(CostCategory.class);
        Map<CostCategory, Long> counts = new EnumMap<>(CostCategory.class);
        Map<CostCategory, Set<String>> explanations = new EnumMap<>(CostCategory.class);
        Map<CostCategory, Money> own = new EnumMap<>(CostCategory.class);
        Map<CostCategory, Money> others = new EnumMap<>(CostCategory.class);
        for (Expenditure e : lines) {
            sums.merge(e.category(), e.amount(), Money::plus);
            own.merge(e.category(), e.ownContribution() == null ? Money.ZERO : e.ownContribution(), Money::plus);
            others.merge(e.category(), e.thirdPartyContribution() == null ? Money.ZERO : e.thirdPartyContribution(), Money::plus);
            counts.merge(e.category(), 1L, Long::sum);
            Set<String> texts = explanations.computeIfAbsent(e.category(), c -> new LinkedHashSet<>());
            if (e.explanation() != null) {
                texts.add(e.explanation());
            }
        }
        return sums.entrySet().stream().map(s -> new ExpenditureTotal(s.getKey(), s.getValue(), counts.get(s.getKey()),
                List.copyOf(explanations.get(s.getKey())), own.get(s.getKey()), others.get(s.getKey()))).toList();
    }
}
