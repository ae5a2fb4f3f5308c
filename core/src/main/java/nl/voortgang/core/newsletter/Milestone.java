package nl.voortgang.core.newsletter;

import nl.voortgang.core.Labelled;

/** The yearly moments of the accountability calendar that a newsletter announces. */
public enum Milestone implements Labelled {
    PLANS_AND_BUDGETS("activiteitenplannen en definitieve begrotingen bij het ministerie", "activity plans and definitive budgets due"),
    ASSESSMENT("beoordeling van de plannen door het ministerie", "ministry's assessment of the plans"),
    PROGRESS_REPORT("jaarlijkse voortgangsrapportage bij het ministerie", "yearly progress report due");

    private final String dutch;
    private final String english;

    Milestone(String dutch, String english) {
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
