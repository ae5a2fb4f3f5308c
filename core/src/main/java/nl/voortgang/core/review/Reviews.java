package nl.voortgang.core.review;

import java.util.List;
import java.util.Optional;
import nl.voortgang.core.submission.SubmissionId;

/** Where the acts of review are kept, oldest first, never changed (a port). */
public interface Reviews {

    void record(ReviewAct act);

    /** Every act on the submission, oldest first. */
    List<ReviewAct> history(SubmissionId submission);

    /** Where nothing is reviewed: for a report made without review (every source received). Recording is refused. */
    static Reviews none() {
        return new Reviews() {
            @Override
            public void record(ReviewAct act) {
                throw new UnsupportedOperationException("no reviews are kept here");
            }

            @Override
            public List<ReviewAct> history(SubmissionId submission) {
                return List.of();
            }
        };
    }

    default Optional<ReviewAct> latest(SubmissionId submission) {
        List<ReviewAct> acts = history(submission);
        return acts.isEmpty() ? Optional.empty() : Optional.of(acts.get(acts.size() - 1));
    }
}
