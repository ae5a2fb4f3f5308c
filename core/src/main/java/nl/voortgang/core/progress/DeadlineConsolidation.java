package nl.voortgang.core.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.progress.ProgressReport.DeadlineLine;
import nl.voortgang.core.submission.Arrival;
import nl.voortgang.core.submission.DeadlineRule;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.SubmissionKind;

/**
 * Which submissions each member owed in the report's years, and whether they came on time: a budget and
 * realised spending from every member, and activity progress and indicator results from every member with
 * planned activities that year.
 */
final class DeadlineConsolidation {

    private DeadlineConsolidation() {
    }

    static List<DeadlineLine> deadlines(ScopeData data, DeadlineRule rule, LocalDate today, java.time.ZoneId zone) {
        List<DeadlineLine> lines = new ArrayList<>();
        for (OrganisationCode partner : data.members()) {
            for (int year : data.years) {
                if (!data.alliance.isMemberIn(partner, year)) {
                    continue;
                }
                for (SubmissionKind kind : SubmissionKind.values()) {
                    if (!kind.isFinancial() && data.alliance.activitiesIn(year).stream()
                            .noneMatch(a -> a.responsible().equals(partner))) {
                        continue;
                    }
                    Submission first = firstCounting(data, new SubmissionKey(data.alliance.code(), partner, year, kind));
                    Instant received = first == null ? null : first.receivedAt();
                    var current = data.current(partner, year, kind);
                    lines.add(new DeadlineLine(data.party(partner), kind, year, rule.due(kind, year), rule.dueBefore(kind),
                            rule.assess(kind, year, received, today), received, first == null ? null : first.version(),
                            current.map(data::ref).orElse(null), current.map(Submission::version).orElse(null),
                            first != null && Arrival.isOnlyADay(first.fileName(), received, zone)));
                }
            }
        }
        return lines;
    }

    /** The first version that counts: for a budget, the first definitive one. */
    private static Submission firstCounting(ScopeData data, SubmissionKey key) {
        for (Submission version : data.history(key)) {
            if (key.kind() != SubmissionKind.BUDGET || data.isDefinitiveBudget(version)) {
                return version;
            }
        }
        return null;
    }
}
