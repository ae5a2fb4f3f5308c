package nl.voortgang.core.budget;

import nl.voortgang.core.Labelled;

/** The version state of a partner's budget for a year; variances are measured against the definitive one. */
public enum BudgetStatus implements Labelled {
    DRAFT("concept", "draft"),
    SUBMITTED("ingediend", "submitted"),
    DEFINITIVE("definitief", "definitive");

    private final String dutch;
    private final String english;

    BudgetStatus(String dutch, String english) {
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
