package nl.voortgang.core.submission;

import nl.voortgang.core.budget.BudgetLine;
import nl.voortgang.core.budget.BudgetStatus;
import nl.voortgang.core.budget.CostCategory;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.money.Money;

/**
 * A partner's budget for one year: each cost category once, one status for the whole file, and once a year's
 * budget is definitive, a newer version must be definitive too.
 */
public final class BudgetFile {

    public static final KindDescriptor<BudgetLine> DESCRIPTOR = new KindDescriptor<>(SubmissionKind.BUDGET, PartnerFormats.BUDGET,
            BudgetLine.class,
            RowStorage.<BudgetLine>table("budget_line")
                    .text("category", b -> b.category().name())
                    .decimal("amount", b -> b.amount().amount())
                    .text("status", b -> b.status().name())
                    .text("note", BudgetLine::note)
                    .assembledBy((key, v) -> new BudgetLine(key.alliance(), key.partner(), key.year(), CostCategory.valueOf(v.text("category")),
                            new Money(v.decimal("amount")), BudgetStatus.valueOf(v.text("status")), v.text("note"))),
            Checks::new);

    private BudgetFile() {
    }

    private static final class Checks implements KindChecks<BudgetLine> {

        private final CheckContext file;
        private BudgetStatus status;

        Checks(CheckContext file) {
            this.file = file;
        }

        @Override
        public void row(long line, BudgetLine budget) {
            file.once(line, budget.category(), PartnerFormats.BUDGET_CATEGORY.name(), budget.category().dutch(),
                    "De kostensoort '" + budget.category().dutch() + "' staat al op regel %d.",
                    "Zet elke kostensoort één keer in de begroting, met het totaalbedrag.");
            if (status == null) {
                status = budget.status();
            } else if (status != budget.status()) {
                file.error(ProblemCode.BUDGET_STATUS_MIXED, line, PartnerFormats.BUDGET_STATUS.name(), budget.status().dutch(),
                        "Een begroting heeft één status; regel " + file.firstLine() + " zegt '" + status.dutch() + "'.",
                        "Geef alle regels dezelfde status.");
            }
        }

        @Override
        public void finish() {
            if (status == null || status == BudgetStatus.DEFINITIVE) {
                return;
            }
            SubmissionKey key = new SubmissionKey(file.alliance().code(), file.sender(), file.year(), SubmissionKind.BUDGET);
            boolean definitiveBefore = file.submissions().current(key)
                    .map(current -> file.submissions().rows(current.id(), DESCRIPTOR).stream().anyMatch(l -> l.status() == BudgetStatus.DEFINITIVE))
                    .orElse(false);
            if (definitiveBefore) {
                file.error(ProblemCode.BUDGET_ALREADY_DEFINITIVE, file.firstLine(), PartnerFormats.BUDGET_STATUS.name(), status.dutch(),
                        "De begroting van " + file.sender() + " voor " + file.year() + " is al definitief; een nieuwe versie moet ook definitief zijn.",
                        "Zet de status op 'definitief' als dit de herziene begroting is.");
            }
        }
    }
}
