package nl.voortgang.core.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import nl.voortgang.core.alliance.Grant;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.progress.ProgressReport.GrantLine;
import nl.voortgang.core.progress.ProgressReport.MissingGrant;
import nl.voortgang.core.progress.ProgressReport.Subsidy;
import nl.voortgang.core.submission.ExpenditureTotal;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.SubmissionKind;

/**
 * The subsidy account of the report's years: per member the grants of those years and the advances on them, against
 * the realised costs of its current expenditure files less what its own funds and third parties paid. Over a
 * partnership to date the figures are cumulative; the grants of every year recorded so far give what the whole
 * partnership was granted.
 */
final class SubsidyConsolidation {

    private SubsidyConsolidation() {
    }

    static Subsidy consolidate(ScopeData data) {
        List<GrantLine> partners = new ArrayList<>();
        List<MissingGrant> missing = new ArrayList<>();
        for (OrganisationCode partner : data.members()) {
            Account account = new Account();
            for (int year : data.years) {
                if (!data.alliance.isMemberIn(partner, year)) {
                    continue;
                }
                Optional<Grant> grant = data.alliance.grant(partner, year);
                grant.ifPresentOrElse(account::add, () -> missing.add(new MissingGrant(data.party(partner), year)));
                Optional<Submission> spent = data.current(partner, year, SubmissionKind.EXPENDITURE);
                spent.ifPresent(s -> {
                    account.sources.add(data.ref(s));
                    data.submissions.expenditureTotals(s.id()).forEach(account::add);
                });
            }
            partners.add(account.line(data.party(partner)));
        }
        Account all = new Account();
        partners.forEach(all::add);
        Money partnership = data.alliance.grants().stream().map(Grant::granted).reduce(Money.ZERO, Money::plus);
        return new Subsidy(partners, all.line(null), partnership, missing);
    }

    /** Sums of one member, or of all. */
    private static final class Account {
        Money granted = Money.ZERO;
        Money advanced = Money.ZERO;
        Money realised = Money.ZERO;
        Money own = Money.ZERO;
        Money others = Money.ZERO;
        int decisions;
        final TreeSet<Integer> sources = new TreeSet<>();

        void add(Grant grant) {
            granted = granted.plus(grant.granted());
            advanced = advanced.plus(grant.advanced());
            decisions++;
        }

        void add(ExpenditureTotal total) {
            realised = realised.plus(total.amount());
            own = own.plus(total.ownContribution());
            others = others.plus(total.thirdPartyContribution());
        }

        void add(GrantLine line) {
            granted = granted.plus(line.granted());
            advanced = advanced.plus(line.advanced());
            realised = realised.plus(line.realised());
            own = own.plus(line.ownContribution());
            others = others.plus(line.thirdPartyContribution());
            decisions += line.decisions();
            sources.addAll(line.sources());
        }

        GrantLine line(PartyRef partner) {
            Money charged = realised.minus(own).minus(others);
            BigDecimal percentage = granted.isZero() ? null
                    : charged.amount().multiply(BigDecimal.valueOf(100)).divide(granted.amount(), 1, RoundingMode.HALF_UP);
            return new GrantLine(partner, granted, advanced, realised, own, others, charged, granted.minus(charged), percentage, decisions,
                    List.copyOf(sources));
        }
    }
}
