package nl.voortgang.core.budget;

import nl.voortgang.core.Labelled;
import nl.voortgang.core.Labelled.Labels;

/** The version state of a partner's budget for a year; variances are measured against the definitive one. */
public enum BudgetStatus implements Labelled {
    DRAFT("concept", "draft"),
    SUBMITTED("ingediend", "submitted"),
    DEFINITIVE("definitief", "definitive");

    private final Labels labels;

    BudgetStatus(String dutch, String english) {
        this.labels = new Labels(dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
