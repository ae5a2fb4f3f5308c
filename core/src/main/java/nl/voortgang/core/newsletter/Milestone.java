package nl.voortgang.core.newsletter;

import nl.voortgang.core.Labelled;
import nl.voortgang.core.Labelled.Labels;

/** The yearly moments of the accountability calendar that a newsletter announces. */
public enum Milestone implements Labelled {
    PLANS_AND_BUDGETS("activiteitenplannen en definitieve begrotingen bij het ministerie", "activity plans and definitive budgets due"),
    ASSESSMENT("beoordeling van de plannen door het ministerie", "ministry's assessment of the plans"),
    PROGRESS_REPORT("jaarlijkse voortgangsrapportage bij het ministerie", "yearly progress report due");

    private final Labels labels;

    Milestone(String dutch, String english) {
        this.labels = new Labels(dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
