package nl.voortgang.core.ministry;

import nl.voortgang.core.Labelled;
import nl.voortgang.core.Labelled.Labels;

/**
 * What of a year the ministry assesses: the activity plans and definitive budgets, before the year (under the OCW
 * scheme by 20 December of the year before), or the progress report, after the lead organisation submitted it.
 */
public enum AssessedDocument implements Labelled {
    PLANS("activiteitenplannen en begrotingen", "activity plans and budgets"),
    REPORT("voortgangsrapportage", "progress report");

    private final Labels labels;

    AssessedDocument(String dutch, String english) {
        this.labels = new Labels(dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
