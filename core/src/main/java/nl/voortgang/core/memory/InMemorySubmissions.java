package nl.voortgang.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.voortgang.core.activity.ActivityProgress;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.budget.BudgetLine;
import nl.voortgang.core.budget.CostCategory;
import nl.voortgang.core.budget.Expenditure;
import nl.voortgang.core.indicator.IndicatorResult;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.submission.Checksum;
import nl.voortgang.core.submission.ExpenditureTotal;
import nl.voortgang.core.submission.NewSubmission;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.SubmissionId;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.Submissions;

/** Submissions and their rows held in memory. Storing one is atomic: the lock covers the version, rows and supersession. */
public final class InMemorySubmissions implements Submissions {

    private final Map<SubmissionId, Submission> byId = new TreeMap<>();
    private final Map<SubmissionId, List<?>> rows = new TreeMap<>();
    private long lastId;

    @Override
    public synchronized Optional<Submission> findByChecksum(OrganisationCode partner, Checksum checksum) {
        return byId.values().stream().filter(s -> s.key().partner().equals(partner) && s.checksum().equals(checksum)).findFirst();
    }

    @Override
    public synchronized List<Submission> history(SubmissionKey key) {
        return byId.values().stream().filter(s -> s.key().equals(key)).sorted(Comparator.comparingInt(Submission::version)).toList();
    }

    @Override
    public synchronized List<Submission> currentFor(AllianceCode alliance) {
        return byId.values().stream().filter(s -> s.key().alliance().equals(alliance) && s.isCurrent()).toList();
    }

    @Override
    public synchronized List<Submission> all() {
        return new ArrayList<>(byId.values());
    }

    @Override
    public synchronized Submission accept(NewSubmission submission, List<?> figures) {
        List<Submission> history = history(submission.key());
        Submission stored = submission.asVersionAfter(new SubmissionId(++lastId), history);
        history.stream().filter(Submission::isCurrent).forEach(old -> byId.put(old.id(), old.supersededBy(stored.id())));
        byId.put(stored.id(), stored);
        rows.put(stored.id(), List.copyOf(figures));
        return stored;
    }

    @Override
    public synchronized List<BudgetLine> budgetLines(SubmissionId submission) {
        return rowsOf(submission, BudgetLine.class);
    }

    @Override
    public synchronized List<ExpenditureTotal> expenditureTotals(SubmissionId submission) {
        Map<CostCategory, Money> sums = new EnumMap<>(CostCategory.class);
        Map<CostCategory, Long> lines = new EnumMap<>(CostCategory.class);
        Map<CostCategory, Set<String>> explanations = new EnumMap<>(CostCategory.class);
        for (Expenditure e : rowsOf(submission, Expenditure.class)) {
            sums.merge(e.category(), e.amount(), Money::plus);
            lines.merge(e.category(), 1L, Long::sum);
            Set<String> texts = explanations.computeIfAbsent(e.category(), c -> new LinkedHashSet<>());
            if (e.explanation() != null) {
                texts.add(e.explanation());
            }
        }
        return sums.entrySet().stream().map(s -> new ExpenditureTotal(s.getKey(), s.getValue(), lines.get(s.getKey()),
                List.copyOf(explanations.get(s.getKey())))).toList();
    }

    @Override
    public synchronized List<ActivityProgress> activityProgress(SubmissionId submission) {
        return rowsOf(submission, ActivityProgress.class);
    }

    @Override
    public synchronized List<IndicatorResult> indicatorResults(SubmissionId submission) {
        return rowsOf(submission, IndicatorResult.class);
    }

    private <T> List<T> rowsOf(SubmissionId submission, Class<T> type) {
        return rows.getOrDefault(submission, List.of()).stream().filter(type::isInstance).map(type::cast).toList();
    }

}
