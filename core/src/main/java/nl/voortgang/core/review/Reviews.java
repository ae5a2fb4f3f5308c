package nl.voortgang.core.review;

import java.util.List;
import java.util.Optional;
import nl.voortgang.core.submission.SubmissionId;

/** Where the acts of review are kept, oldest first, never changed (a port). */
public interface Reviews {

    void record(ReviewAct act);

    /** Every act on the submission, oldest first. */
    List<ReviewAct> history(SubmissionId submission);

    default Optional<ReviewAct> latest(SubmissionId submission) {
        List<ReviewAct> acts = history(submission);
        return acts.isEmpty() ? Optional.empty() : Optional.of(acts.get(acts.size() - 1));
    }
}
