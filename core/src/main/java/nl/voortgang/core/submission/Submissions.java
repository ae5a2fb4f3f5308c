package nl.voortgang.core.submission;

import java.util.List;
import java.util.Optional;
import nl.voortgang.core.activity.ActivityProgress;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.budget.BudgetLine;
import nl.voortgang.core.indicator.IndicatorResult;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * Where accepted submissions and their figures are kept (a port). Storing is all or nothing: a submission's
 * rows are stored with it, or nothing is.
 */
public interface Submissions {

    /** A submission of the same bytes from the same partner, in any version. */
    Optional<Submission> findByChecksum(OrganisationCode partner, Checksum checksum);

    /** Every version for the key, oldest first. */
    List<Submission> history(SubmissionKey key);

    default Optional<Submission> current(SubmissionKey key) {
        return history(key).stream().filter(Submission::isCurrent).findFirst();
    }

    /** The current version of every key of the alliance. */
    List<Submission> currentFor(AllianceCode alliance);

    /** Every submission, every version. */
    List<Submission> all();

    /** Every version of every submission about the alliance. */
    default List<Submission> allFor(AllianceCode alliance) {
        return all().stream().filter(s -> s.key().alliance().equals(alliance)).toList();
    }

    /**
     * Stores the submission and its rows (of the type its kind's format produces) as the next version for its
     * key, superseding the current one.
     */
    Submission accept(NewSubmission submission, List<?> rows);

    List<BudgetLine> budgetLines(SubmissionId submission);

    List<ExpenditureTotal> expenditureTotals(SubmissionId submission);

    List<ActivityProgress> activityProgress(SubmissionId submission);

    List<IndicatorResult> indicatorResults(SubmissionId submission);
}
