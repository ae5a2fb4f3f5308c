package nl.voortgang.core.submission;

import nl.voortgang.core.Labelled;
import nl.voortgang.core.Labelled.Labels;

/** Whether a submission that was due came in on time. */
public enum Timeliness implements Labelled {
    ON_TIME("op tijd", "on time"),
    LATE("te laat", "late"),
    MISSING("ontbreekt", "missing"),
    NOT_YET_DUE("nog niet verschuldigd", "not yet due");

    private final Labels labels;

    Timeliness(String dutch, String english) {
        this.labels = new Labels(dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
