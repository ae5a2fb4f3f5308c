package nl.voortgang.core.alliance;

import nl.voortgang.core.Labelled;
import nl.voortgang.core.Labelled.Labels;

/** Where a planned activity stands. Postponed and cancelled activities are differences that must be explained. */
public enum ActivityStatus implements Labelled {
    PLANNED("gepland", "planned"),
    IN_PROGRESS("lopend", "in progress"),
    COMPLETED("uitgevoerd", "completed"),
    POSTPONED("uitgesteld", "postponed"),
    CANCELLED("vervallen", "cancelled");

    private final Labels labels;

    ActivityStatus(String dutch, String english) {
        this.labels = new Labels(dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** A status that differs from the plan: the Kaderregeling asks for an explanation of the difference. */
    public boolean needsExplanation() {
        return this == POSTPONED || this == CANCELLED;
    }
}
