package nl.voortgang.core.submission;

import nl.voortgang.core.Labelled;
import nl.voortgang.core.Labelled.Labels;
import nl.voortgang.core.csv.RecordFormat;

/** What a partner's file is about; each kind has one CSV format. */
public enum SubmissionKind implements Labelled {
    BUDGET("begroting", "budget"),
    EXPENDITURE("realisatie", "realised expenditure"),
    ACTIVITY_PROGRESS("activiteiten", "activity progress"),
    INDICATOR_RESULTS("indicatoren", "indicator results");

    private final Labels labels;

    SubmissionKind(String dutch, String english) {
        this.labels = new Labels(dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    public RecordFormat<?> format() {
        return switch (this) {
            case BUDGET -> PartnerFormats.BUDGET;
            case EXPENDITURE -> PartnerFormats.EXPENDITURE;
            case ACTIVITY_PROGRESS -> PartnerFormats.ACTIVITY_PROGRESS;
            case INDICATOR_RESULTS -> PartnerFormats.INDICATOR_RESULTS;
        };
    }

    /** Budgets and realised spending are owed by every member; activities and results by members with planned activities. */
    public boolean isFinancial() {
        return this == BUDGET || this == EXPENDITURE;
    }

    /** Budgets are due with the plans, before the year; the other kinds after the year, with the progress report. */
    public boolean dueBeforeTheYear() {
        return this == BUDGET;
    }
}
