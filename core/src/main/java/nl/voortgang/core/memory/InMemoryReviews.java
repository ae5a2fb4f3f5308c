package nl.voortgang.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.voortgang.core.review.ReviewAct;
import nl.voortgang.core.review.Reviews;
import nl.voortgang.core.submission.SubmissionId;

/** Acts of review kept in memory, for tests and embedders without a database. */
public final class InMemoryReviews implements Reviews {

    private final Map<SubmissionId, List<ReviewAct>> acts = new ConcurrentHashMap<>();

    @Override
    public synchronized void record(ReviewAct act) {
        acts.computeIfAbsent(act.submission(), s -> new ArrayList<>()).add(act);
    }

    @Override
    public synchronized List<ReviewAct> history(SubmissionId submission) {
        return List.copyOf(acts.getOrDefault(submission, List.of()));
    }
}
