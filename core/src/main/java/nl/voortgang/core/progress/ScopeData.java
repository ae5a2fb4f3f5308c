package nl.voortgang.core.progress;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.organisation.Organisations;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.SubmissionId;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.SubmissionKind;
import nl.voortgang.core.submission.Submissions;

/**
 * The current submissions of an alliance that fall in a report's years, numbered for the provenance appendix
 * (by partner, year and kind), and the organisation names a report shows.
 */
final class ScopeData {

    final Alliance alliance;
    final List<Integer> years;
    final List<Submission> used;
    final Submissions submissions;
    private final Map<SubmissionId, Integer> refs = new HashMap<>();
    private final Map<SubmissionKey, Submission> byKey = new HashMap<>();
    private final Map<SubmissionKey, List<Submission>> histories = new HashMap<>();
    private final Map<nl.voortgang.core.submission.SubmissionId, Boolean> definitive = new HashMap<>();
    private final Organisations organisations;
    private final Map<OrganisationCode, PartyRef> parties = new HashMap<>();

    ScopeData(Alliance alliance, List<Integer> years, Submissions submissions, Organisations organisations) {
        this.alliance = alliance;
        this.years = List.copyOf(years);
        this.submissions = submissions;
        this.organisations = organisations;
        List<Submission> versions = submissions.allFor(alliance.code());
        versions.stream().sorted(Comparator.comparingInt(Submission::version))
                .forEach(s -> histories.computeIfAbsent(s.key(), k -> new java.util.ArrayList<>()).add(s));
        this.used = versions.stream().filter(Submission::isCurrent)
                .filter(s -> years.contains(s.key().year()))
                .sorted(Comparator.comparing((Submission s) -> s.key().partner()).thenComparingInt(s -> s.key().year())
                        .thenComparing(s -> s.key().kind()))
                .toList();
        for (int i = 0; i < used.size(); i++) {
            refs.put(used.get(i).id(), i + 1);
            byKey.put(used.get(i).key(), used.get(i));
        }
    }

    /** The submissions used of one kind. */
    List<Submission> used(SubmissionKind kind) {
        return used.stream().filter(s -> s.key().kind() == kind).toList();
    }

    Optional<Submission> current(OrganisationCode partner, int year, SubmissionKind kind) {
        return Optional.ofNullable(byKey.get(new SubmissionKey(alliance.code(), partner, year, kind)));
    }

    /** The current submission for a key, also of a year outside the report (the year before it, say). */
    Optional<Submission> currentInAnyYear(OrganisationCode partner, int year, SubmissionKind kind) {
        return history(new SubmissionKey(alliance.code(), partner, year, kind)).stream().filter(Submission::isCurrent).findFirst();
    }

    /** Every version for the key, oldest first. */
    List<Submission> history(SubmissionKey key) {
        return histories.getOrDefault(key, List.of());
    }

    /** Whether a budget submission is a definitive budget (every line says so). */
    boolean isDefinitiveBudget(Submission budget) {
        return definitive.computeIfAbsent(budget.id(), id -> submissions.budgetLines(id).stream()
                .allMatch(l -> l.status() == nl.voortgang.core.budget.BudgetStatus.DEFINITIVE));
    }

    Integer ref(Submission submission) {
        return refs.get(submission.id());
    }

    /** The organisation as the report names it; looked up once per report. */
    PartyRef party(OrganisationCode code) {
        return parties.computeIfAbsent(code, c -> new PartyRef(c, organisations.nameOf(c)));
    }

    /** The moment of the newest submission used; null when none is. */
    Instant asOf() {
        return used.stream().map(Submission::receivedAt).max(Comparator.naturalOrder()).orElse(null);
    }

    /** Members in any of the years, lead first. */
    List<OrganisationCode> members() {
        return years.stream().flatMap(y -> alliance.membersIn(y).stream()).distinct().toList();
    }
}
