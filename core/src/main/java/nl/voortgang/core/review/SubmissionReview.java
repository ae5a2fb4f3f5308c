package nl.voortgang.core.review;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import nl.voortgang.core.money.DutchFormat;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.Submissions;

/**
 * The lead organisation's review of its partners' submissions: approve the current version of a partner's file, or
 * return it with a note. The rules:
 *
 * <ul>
 *   <li>only a stored submission can be reviewed: a refused file never became one, and the partner answers its
 *   problems with a new file;</li>
 *   <li>only the current version: an older one has been replaced, and its review is history;</li>
 *   <li>an approved version is not approved again or returned: a correction comes as a new version, received anew;</li>
 *   <li>a returned version is returned with a note that says what to change; it is not approved until a new version
 *   comes;</li>
 *   <li>every act says who did it and when, and is kept.</li>
 * </ul>
 */
public final class SubmissionReview {

    private static final DutchFormat DATES = DutchFormat.dutch();

    private final Submissions submissions;
    private final Reviews reviews;
    private final Clock clock;

    public SubmissionReview(Submissions submissions, Reviews reviews, Clock clock) {
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Where the submission stands: its latest act, or received when nobody has reviewed it yet. */
    public ReviewState stateOf(Submission submission) {
        return reviews.latest(submission.id()).map(ReviewAct::state).orElse(ReviewState.RECEIVED);
    }

    public List<ReviewAct> history(Submission submission) {
        return reviews.history(submission.id());
    }

    /** Approves the current version of the partner's file; the note is optional. */
    public ReviewAct approve(SubmissionKey key, String by, String note) throws ReviewRefused {
        Submission current = current(key);
        refuseIfReviewed(current, "goedkeuren");
        return act(current, ReviewState.APPROVED, by, note);
    }

    /** Returns the current version of the partner's file with a note saying what to change. */
    public ReviewAct returnForRevision(SubmissionKey key, String by, String note) throws ReviewRefused {
        if (note == null || note.isBlank()) {
            throw new ReviewRefused("Een bestand gaat terug met een toelichting: zeg de partner wat er anders moet.");
        }
        Submission current = current(key);
        refuseIfReviewed(current, "terugsturen");
        return act(current, ReviewState.RETURNED, by, note);
    }

    private Submission current(SubmissionKey key) throws ReviewRefused {
        return submissions.current(key).orElseThrow(() -> new ReviewRefused("Er is geen " + key.kind().dutch() + " " + key.year()
                + " van " + key.partner().value() + " voor " + key.alliance().value() + " opgeslagen. Een geweigerd bestand is geen "
                + "indiening en kan niet worden beoordeeld: de partner stuurt een verbeterde versie."));
    }

    private void refuseIfReviewed(Submission current, String verb) throws ReviewRefused {
        var latest = reviews.latest(current.id());
        if (latest.isEmpty()) {
            return;
        }
        ReviewAct act = latest.get();
        String what = "Versie " + current.version() + " (" + current.fileName() + ") is al " + act.state().dutch() + " door " + act.by()
                + " op " + DATES.date(act.at().atZone(clock.getZone()).toLocalDate()) + ".";
        throw new ReviewRefused(what + (act.state() == ReviewState.APPROVED
                ? " Een correctie komt als nieuwe versie van de partner; die wordt opnieuw beoordeeld."
                : " Wacht op de nieuwe versie van de partner; die wordt opnieuw beoordeeld."));
    }

    private ReviewAct act(Submission submission, ReviewState state, String by, String note) throws ReviewRefused {
        if (by == null || by.isBlank()) {
            throw new ReviewRefused("Wie beoordeelt? Geef een naam (met --as NAAM op de opdrachtregel).");
        }
        if (note != null && note.strip().length() > ReviewAct.NOTE_LIMIT) {
            throw new ReviewRefused("De toelichting is " + note.strip().length() + " tekens lang; houd haar onder de " + ReviewAct.NOTE_LIMIT
                    + " tekens.");
        }
        ReviewAct act = new ReviewAct(submission.id(), state, by, clock.instant(), note);
        reviews.record(act);
        return act;
    }
}
