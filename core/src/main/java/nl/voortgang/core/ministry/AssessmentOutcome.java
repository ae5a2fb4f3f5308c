package nl.voortgang.core.ministry;

import nl.voortgang.core.Labelled;
import nl.voortgang.core.Labelled.Labels;

/** What the ministry decided on a year's plans or report. */
public enum AssessmentOutcome implements Labelled {
    APPROVED("goedgekeurd", "approved"),
    WITH_CONDITIONS("goedgekeurd onder voorwaarden", "approved with conditions"),
    REJECTED("afgewezen", "rejected");

    private final Labels labels;

    AssessmentOutcome(String dutch, String english) {
        this.labels = new Labels(dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** Conditions and a rejection are explained: the alliance must know what to do. */
    public boolean needsANote() {
        return this != APPROVED;
    }
}
