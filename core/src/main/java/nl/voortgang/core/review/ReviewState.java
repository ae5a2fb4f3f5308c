package nl.voortgang.core.review;

import nl.voortgang.core.Labelled;
import nl.voortgang.core.Labelled.Labels;

/**
 * Where a partner's submission stands with the lead organisation (penvoerder): received (it passed the checks and
 * awaits review), approved, or returned to the partner with a note. A returned submission is answered by a new version
 * of the file, which supersedes it and is received in its turn.
 */
public enum ReviewState implements Labelled {
    RECEIVED("ontvangen", "received"),
    APPROVED("goedgekeurd", "approved"),
    RETURNED("teruggestuurd", "returned");

    private final Labels labels;

    ReviewState(String dutch, String english) {
        this.labels = new Labels(dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
