package nl.voortgang.core.submission;

import nl.voortgang.core.Labelled;

/** Whether a submission that was due came in on time. */
public enum Timeliness implements Labelled {
    ON_TIME("op tijd", "on time"),
    LATE("te laat", "late"),
    MISSING("ontbreekt", "missing"),
    NOT_YET_DUE("nog niet verschuldigd", "not yet due");

    private final String dutch;
    private final String english;

    Timeliness(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override
    public String dutch() {
        return dutch;
    }

    @Override
    public String english() {
        return english;
    }
}
