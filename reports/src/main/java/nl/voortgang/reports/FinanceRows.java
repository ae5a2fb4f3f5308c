package nl.voortgang.reports;

import static nl.voortgang.reports.Rows.row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import nl.voortgang.core.budget.Deviation;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.progress.ProgressReport.FinanceLine;
import nl.voortgang.core.progress.ProgressReport.FinanceTotal;
import nl.voortgang.core.progress.ProgressReport.Finances;
import nl.voortgang.core.progress.PartyRef;

/**
 * The finance chapter's rows: definitive budget against realised spending per partner, year and cost category with
 * subtotals, the totals per partner and per category, the deviations beyond tolerance with their explanations, and
 * spending per year.
 */
final class FinanceRows {

    private final Finances finances;
    private final Wording words;

    FinanceRows(Finances finances, Wording words) {
        this.finances = finances;
        this.words = words;
    }

    /** Lines in the order partner (as the subtotals are listed), year, cost category; each with its group's subtotals. */
    List<Map<String, Object>> lines() {
        List<PartyRef> partners = finances.perPartner().stream().map(FinanceTotal::partner).toList();
        List<FinanceLine> sorted = finances.lines().stream()
                .sorted(Comparator.<FinanceLine>comparingInt(l -> partnerIndex(partners, l.partner()))
                        .thenComparingInt(FinanceLine::year).thenComparing(FinanceLine::category))
                .toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FinanceLine line : sorted) {
            List<FinanceLine> sameYear = sorted.stream()
                    .filter(l -> l.partner().equals(line.partner()) && l.year() == line.year()).toList();
            FinanceTotal partner = finances.perPartner().get(partnerIndex(partners, line.partner()));
            Map<String, Object> row = row(
                    "partner", line.partner().name(),
                    "year", String.valueOf(line.year()),
                    "category", words.label(line.category()),
                    "budget", line.budget() == null ? words.text("finance.noBudget") : words.money(line.budget()),
                    "realised", words.money(line.realised()),
                    "difference", line.deviation() == null ? "—" : words.money(line.deviation().difference()),
                    "percentage", line.deviation() == null ? "—" : words.percentage(line.deviation().percentage().orElse(null), true),
                    "check", check(line.deviation()),
                    "beyond", line.deviation() != null && line.deviation().beyondTolerance(),
                    "explanation", explanation(line),
                    "explanationMissing", line.deviation() != null && line.deviation().beyondTolerance() && line.explanations().isEmpty(),
                    "sources", Rows.joined(line.sources(), ", "),
                    "yearLabel", words.text("finance.subtotalYear", line.partner().name(), String.valueOf(line.year())));
            putTotal(row, "year", subtotal(sameYear));
            putTotal(row, "partner", partner);
            row.put("partnerLabel", words.text("finance.subtotalPartner", line.partner().name()));
            rows.add(row);
        }
        return rows;
    }

    List<Map<String, Object>> perPartner() {
        return finances.perPartner().stream().map(t -> total(t.partner().name(), t)).toList();
    }

    List<Map<String, Object>> perCategory() {
        return finances.perCategory().stream().map(t -> total(words.label(t.category()), t)).toList();
    }

    List<Map<String, Object>> deviations() {
        return finances.beyondTolerance().stream().map(line -> row(
                "heading", line.partner().name() + " · " + line.year() + " · " + words.label(line.category()),
                "budget", words.money(line.budget()),
                "realised", words.money(line.realised()),
                "difference", words.money(line.deviation().difference()),
                "percentage", line.deviation().percentage().map(p -> words.percentage(p, true)).orElse("—"),
                "check", check(line.deviation()),
                "explanation", line.explanations().isEmpty() ? words.text("finance.explanationMissing")
                        : paragraph(line.explanations()),
                "explanationMissing", line.explanations().isEmpty(),
                "sources", Rows.joined(line.sources(), ", "))).toList();
    }

    List<Map<String, Object>> perYear() {
        return finances.perYear().stream().map(y -> row(
                "year", String.valueOf(y.year()),
                "budget", words.money(y.budget()),
                "realised", words.money(y.realised()),
                "percentage", y.realised().percentageOf(y.budget()).map(p -> words.percentage(p, false)).orElse("—"),
                "budgetValue", y.budget().amount(),
                "realisedValue", y.realised().amount())).toList();
    }

    /** A line per partner-year without a definitive budget; null when every partner has one. */
    JRDataSource missingBudgets() {
        if (finances.missingBudgets().isEmpty()) {
            return null;
        }
        return Rows.source(finances.missingBudgets().stream().map(m -> row("mark", "•",
                "text", words.text("finance.missingBudgetLine", m.partner().name(), String.valueOf(m.year())))).toList());
    }

    Map<String, Object> grandTotal(Map<String, Object> parameters) {
        FinanceTotal total = finances.total();
        parameters.put("TOTAL_BUDGET", words.money(total.budget()));
        parameters.put("TOTAL_REALISED", words.money(total.realised()));
        parameters.put("TOTAL_DIFFERENCE", words.money(total.difference()));
        parameters.put("TOTAL_PERCENTAGE", words.percentage(total.percentage(), true));
        return parameters;
    }

    String tolerance() {
        return words.percentage(finances.tolerance().percent(), false).replace(",0%", "%").replace(".0%", "%");
    }

    boolean anyDeviation() {
        return !finances.beyondTolerance().isEmpty();
    }

    private Map<String, Object> total(String name, FinanceTotal total) {
        Map<String, Object> row = row("name", name);
        putTotal(row, "", total);
        return row;
    }

    private void putTotal(Map<String, Object> row, String prefix, FinanceTotal total) {
        row.put(name(prefix, "budget"), words.money(total.budget()));
        row.put(name(prefix, "realised"), words.money(total.realised()));
        row.put(name(prefix, "difference"), words.money(total.difference()));
        row.put(name(prefix, "percentage"), words.percentage(total.percentage(), true));
    }

    private static String name(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static FinanceTotal subtotal(List<FinanceLine> lines) {
        Money budget = lines.stream().map(FinanceLine::budget).filter(b -> b != null).reduce(Money.ZERO, Money::plus);
        Money realised = lines.stream().map(FinanceLine::realised).reduce(Money.ZERO, Money::plus);
        Money difference = realised.minus(budget);
        return new FinanceTotal(null, null, budget, realised, difference, difference.percentageOf(budget).orElse(null));
    }

    /** The check column: within, over or under the tolerance, not budgeted, or no budget. */
    String check(Deviation deviation) {
        if (deviation == null) {
            return words.text("check.noBudget");
        }
        return switch (deviation.outcome()) {
            case WITHIN_TOLERANCE -> words.text("check.within");
            case OVER_BUDGET -> words.text("check.over");
            case UNDER_BUDGET -> words.text("check.under");
            case NOT_BUDGETED -> words.text("check.notBudgeted");
        };
    }

    private String explanation(FinanceLine line) {
        String explanation = null;
        if (!line.explanations().isEmpty()) {
            explanation = words.text("finance.explanation", paragraph(line.explanations()));
        } else if (line.deviation() != null && line.deviation().beyondTolerance()) {
            explanation = words.text("finance.explanationMissing");
        }
        if (!line.revised()) {
            return explanation;
        }
        Money against = line.realised().minus(line.originalBudget());
        String percentage = line.originalBudget().isZero() ? "—" : words.percentage(against.amount().multiply(java.math.BigDecimal.valueOf(100))
                .divide(line.originalBudget().amount(), 1, java.math.RoundingMode.HALF_UP), true);
        String original = words.text("finance.original", String.valueOf(line.originalVersion()), words.money(line.originalBudget()),
                words.money(against), percentage);
        return explanation == null ? original : explanation + "\n" + original;
    }

    private static int partnerIndex(List<PartyRef> partners, PartyRef partner) {
        int index = partners.indexOf(partner);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** A partner's explanation as one paragraph: a line break typed in a spreadsheet cell is not a paragraph. */
    static String paragraph(List<String> explanations) {
        return String.join(" ", explanations).replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
