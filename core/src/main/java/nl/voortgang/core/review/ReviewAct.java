package nl.voortgang.core.review;

import java.time.Instant;
import java.util.Objects;
import nl.voortgang.core.submission.SubmissionId;

/**
 * One act of review on one version of a submission: the state it leaves the submission in, who did it, when, and the
 * note that goes with it (required when a submission is returned).
 */
public record ReviewAct(SubmissionId submission, ReviewState state, String by, Instant at, String note) {

    /** The longest note, in characters: a paragraph, not a letter. */
    public static final int NOTE_LIMIT = 2000;

    public ReviewAct {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("an act of review is done by someone");
        }
        if (state == ReviewState.RECEIVED) {
            throw new IllegalArgumentException("receiving is not an act of review: every accepted submission is received");
        }
        by = by.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
