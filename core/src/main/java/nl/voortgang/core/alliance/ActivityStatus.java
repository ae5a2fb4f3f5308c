package nl.voortgang.core.alliance;

import nl.voortgang.core.Labelled;

/** Where a planned activity stands. Postponed and cancelled activities are differences that must be explained. */
public enum ActivityStatus implements Labelled {
    PLANNED("gepland", "planned"),
    IN_PROGRESS("lopend", "in progress"),
    COMPLETED("uitgevoerd", "completed"),
    POSTPONED("uitgesteld", "postponed"),
    CANCELLED("vervallen", "cancelled");

    private final String dutch;
    private final String english;

    ActivityStatus(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    /** A status that differs from the plan: the Kaderregeling asks for an explanation of the difference. */
    public boolean needsExplanation() {
        return this == POSTPONED || this == CANCELLED;
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
