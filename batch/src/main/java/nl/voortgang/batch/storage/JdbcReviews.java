package nl.voortgang.batch.storage;

import java.util.List;
import nl.voortgang.core.review.ReviewAct;
import nl.voortgang.core.review.ReviewState;
import nl.voortgang.core.review.Reviews;
import nl.voortgang.core.submission.SubmissionId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The acts of review, in {@code submission_review}: one row per act, numbered per submission. */
public class JdbcReviews implements Reviews {

    private final JdbcClient jdbc;

    public JdbcReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(ReviewAct act) {
        int position = jdbc.sql("SELECT COUNT(*) FROM submission_review WHERE submission = ?").param(act.submission().value())
                .query(Integer.class).single();
        jdbc.sql("INSERT INTO submission_review (submission, position, state, reviewer, reviewed_at, note) VALUES (?, ?, ?, ?, ?, ?)")
                .params(act.submission().value(), position, act.state().name(), act.by(), Sql.utc(act.at()), act.note()).update();
    }

    @Override
    public List<ReviewAct> history(SubmissionId submission) {
        return jdbc.sql("SELECT * FROM submission_review WHERE submission = ? ORDER BY position").param(submission.value())
                .query((rs, n) -> new ReviewAct(submission, ReviewState.valueOf(rs.getString("state")), rs.getString("reviewer"),
                        Sql.instant(rs, "reviewed_at"), rs.getString("note"))).list();
    }
}
