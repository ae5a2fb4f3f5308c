package nl.voortgang.core.submission;

import java.util.List;
import java.util.Optional;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.activity.ActivityProgress;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.budget.BudgetLine;
import nl.voortgang.core.indicator.IndicatorResult;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * Where accepted submissions and their figures are read from (a port). Only accepted and superseded submissions are
 * seen here: a file being stored, or refused, is not. How they get there is {@link SubmissionStore}'s part.
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

    /** The rows of a submission of the given kind, in the order of the file. */
    <T extends PartnerFigure> List<T> rows(SubmissionId submission, KindDescriptor<T> kind);

    default List<BudgetLine> budgetLines(SubmissionId submission) {
        return rows(submission, BudgetFile.DESCRIPTOR);
    }

    /** Realised spending per cost category; a store may add the lines up itself, faster. */
    default List<ExpenditureTotal> expenditureTotals(SubmissionId submission) {
        return ExpenditureTotal.perCategory(rows(submission, ExpenditureFile.DESCRIPTOR));
    }

    default List<ActivityProgress> activityProgress(SubmissionId submission) {
        return rows(submission, ActivityFile.DESCRIPTOR);
    }

    default List<IndicatorResult> indicatorResults(SubmissionId submission) {
        return rows(submission, IndicatorFile.DESCRIPTOR);
    }

    default List<nl.voortgang.core.narrative.Narrative> narratives(SubmissionId submission) {
        return rows(submission, NarrativeFile.DESCRIPTOR);
    }
}
