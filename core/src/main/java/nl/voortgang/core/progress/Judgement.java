package nl.voortgang.core.progress;

import nl.voortgang.core.Labelled;
import nl.voortgang.core.Labelled.Labels;

/** Whether an indicator's result reaches the year's target, by the rule of {@link TargetRule}. */
public enum Judgement implements Labelled {
    ON_TRACK("op koers", "on track"),
    BEHIND("achter", "behind");

    private final Labels labels;

    Judgement(String dutch, String english) {
        this.labels = new Labels(dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
