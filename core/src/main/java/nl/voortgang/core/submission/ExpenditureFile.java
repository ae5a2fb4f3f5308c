package nl.voortgang.core.submission;

import nl.voortgang.core.budget.CostCategory;
import nl.voortgang.core.budget.Expenditure;
import nl.voortgang.core.money.Money;

/**
 * A partner's realised spending in one year: totals per cost category or every line of its ledger. It has no checks
 * of its own beyond its format (a booking date in the file's year) and those of every partner file.
 */
public final class ExpenditureFile {

    public static final KindDescriptor<Expenditure> DESCRIPTOR = new KindDescriptor<>(SubmissionKind.EXPENDITURE, PartnerFormats.EXPENDITURE,
            Expenditure.class,
            RowStorage.<Expenditure>table("expenditure")
                    .text("category", e -> e.category().name())
                    .decimal("amount", e -> e.amount().amount())
                    .date("booked_on", Expenditure::bookedOn)
                    .text("description", Expenditure::description)
                    .text("explanation", Expenditure::explanation)
                    .decimal("own_contribution", e -> e.ownContribution() == null ? null : e.ownContribution().amount())
                    .decimal("third_party_contribution", e -> e.thirdPartyContribution() == null ? null : e.thirdPartyContribution().amount())
                    .assembledBy((key, v) -> new Expenditure(key.alliance(), key.partner(), key.year(), CostCategory.valueOf(v.text("category")),
                            new Money(v.decimal("amount")), v.date("booked_on"), v.text("description"), v.text("explanation"),
                            money(v.decimal("own_contribution")), money(v.decimal("third_party_contribution")))),
            context -> KindChecks.none());

    private ExpenditureFile() {
    }

    private static Money money(java.math.BigDecimal amount) {
        return amount == null ? null : new Money(amount);
    }
}
