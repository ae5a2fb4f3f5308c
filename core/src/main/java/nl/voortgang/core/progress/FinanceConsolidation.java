package nl.voortgang.core.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voortgang.core.budget.BudgetLine;
import nl.voortgang.core.budget.BudgetStatus;
import nl.voortgang.core.budget.CostCategory;
import nl.voortgang.core.budget.VarianceRule;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.progress.ProgressReport.FinanceLine;
import nl.voortgang.core.progress.ProgressReport.FinanceTotal;
import nl.voortgang.core.progress.ProgressReport.Finances;
import nl.voortgang.core.progress.ProgressReport.MissingBudget;
import nl.voortgang.core.progress.ProgressReport.YearSpending;
import nl.voortgang.core.submission.ExpenditureTotal;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.SubmissionKind;

/**
 * Definitive budget against realised spending per partner, year and cost category, with the variance rule
 * applied to each line, and the subtotals a reviewer adds up: per partner, per category, per year, in all.
 * Only a budget whose current version is definitive counts as budget; a member without one is listed.
 */
final class FinanceConsolidation {

    private FinanceConsolidation() {
    }

    static Finances consolidate(ScopeData data, VarianceRule rule) {
        List<FinanceLine> lines = new ArrayList<>();
        List<MissingBudget> missing = new ArrayList<>();
        for (OrganisationCode partner : data.members()) {
            for (int year : data.years) {
                if (!data.alliance.isMemberIn(partner, year)) {
                    continue;
                }
                lines.addAll(linesFor(data, rule, partner, year, missing));
            }
        }
        return new Finances(rule.tolerance(), lines, perPartner(data, lines), perCategory(lines), perYear(data, lines),
                total(null, null, lines), missing);
    }

    private static List<FinanceLine> linesFor(ScopeData data, VarianceRule rule, OrganisationCode partner, int year,
                                              List<MissingBudget> missing) {
        Optional<Submission> budgetSubmission = data.current(partner, year, SubmissionKind.BUDGET);
        Map<CostCategory, Money> budget = null;
        if (budgetSubmission.isPresent()) {
            List<BudgetLine> budgetLines = data.submissions.budgetLines(budgetSubmission.get().id());
            if (budgetLines.stream().allMatch(l -> l.status() == BudgetStatus.DEFINITIVE)) {
                budget = new EnumMap<>(CostCategory.class);
                for (BudgetLine line : budgetLines) {
                    budget.merge(line.category(), line.amount(), Money::plus);
                }
            }
        }
        if (budget == null) {
            missing.add(new MissingBudget(data.party(partner), year));
        }
        // The original definitive budget (IATI's "original"), where a later definitive version revised it
        Submission firstDefinitive = budget == null ? null : data.history(new SubmissionKey(data.alliance.code(), partner, year, SubmissionKind.BUDGET))
                .stream().filter(data::isDefinitiveBudget).findFirst().orElse(null);
        Map<CostCategory, Money> original = null;
        if (firstDefinitive != null && !firstDefinitive.id().equals(budgetSubmission.get().id())) {
            original = new EnumMap<>(CostCategory.class);
            for (BudgetLine line : data.submissions.budgetLines(firstDefinitive.id())) {
                original.merge(line.category(), line.amount(), Money::plus);
            }
        }
        Optional<Submission> spentSubmission = data.current(partner, year, SubmissionKind.EXPENDITURE);
        Map<CostCategory, ExpenditureTotal> spent = new EnumMap<>(CostCategory.class);
        spentSubmission.ifPresent(s -> data.submissions.expenditureTotals(s.id()).forEach(t -> spent.put(t.category(), t)));

        List<Integer> sources = new ArrayList<>();
        budgetSubmission.ifPresent(s -> sources.add(data.ref(s)));
        spentSubmission.ifPresent(s -> sources.add(data.ref(s)));
        List<FinanceLine> lines = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            Money budgeted = budget == null ? null : budget.getOrDefault(category, Money.ZERO);
            ExpenditureTotal total = spent.get(category);
            Money realised = total == null ? Money.ZERO : total.amount();
            boolean anything = (budgeted != null && !budgeted.isZero()) || total != null;
            if (!anything) {
                continue;
            }
            Money first = original == null ? null : original.getOrDefault(category, Money.ZERO);
            boolean revised = first != null && budgeted != null && first.compareTo(budgeted) != 0;
            lines.add(new FinanceLine(data.party(partner), year, category, budgeted, realised,
                    budgeted == null ? null : rule.assess(budgeted, realised),
                    total == null ? List.of() : total.explanations(), sources,
                    revised ? first : null, revised ? firstDefinitive.version() : null));
        }
        return lines;
    }

    private static List<FinanceTotal> perPartner(ScopeData data, List<FinanceLine> lines) {
        List<FinanceTotal> totals = new ArrayList<>();
        for (OrganisationCode partner : data.members()) {
            List<FinanceLine> own = lines.stream().filter(l -> l.partner().code().equals(partner)).toList();
            if (!own.isEmpty()) {
                totals.add(total(data.party(partner), null, own));
            }
        }
        return totals;
    }

    private static List<FinanceTotal> perCategory(List<FinanceLine> lines) {
        Map<CostCategory, List<FinanceLine>> byCategory = new LinkedHashMap<>();
        for (CostCategory category : CostCategory.values()) {
            List<FinanceLine> own = lines.stream().filter(l -> l.category() == category).toList();
            if (!own.isEmpty()) {
                byCategory.put(category, own);
            }
        }
        return byCategory.entrySet().stream().map(e -> total(null, e.getKey(), e.getValue())).toList();
    }

    private static List<YearSpending> perYear(ScopeData data, List<FinanceLine> lines) {
        return data.years.stream().map(year -> {
            List<FinanceLine> own = lines.stream().filter(l -> l.year() == year).toList();
            return new YearSpending(year, budgetOf(own), realisedOf(own));
        }).toList();
    }

    private static FinanceTotal total(PartyRef partner, CostCategory category, List<FinanceLine> lines) {
        Money budget = budgetOf(lines);
        Money realised = realisedOf(lines);
        Money difference = realised.minus(budget);
        BigDecimal percentage = difference.percentageOf(budget).orElse(null);
        return new FinanceTotal(partner, category, budget, realised, difference, percentage);
    }

    private static Money budgetOf(List<FinanceLine> lines) {
        return lines.stream().map(FinanceLine::budget).filter(b -> b != null).reduce(Money.ZERO, Money::plus);
    }

    private static Money realisedOf(List<FinanceLine> lines) {
        return lines.stream().map(FinanceLine::realised).reduce(Money.ZERO, Money::plus);
    }
}
