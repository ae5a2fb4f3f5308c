package nl.voortgang.core.submission;

import java.util.function.Supplier;
import nl.voortgang.core.Labelled;
import nl.voortgang.core.Labelled.Labels;

/**
 * What a partner's file is about. Each kind names its {@link KindDescriptor}, which holds everything particular to
 * the kind (format, checks, row type, storage); here are its labels and when it is due.
 */
public enum SubmissionKind implements Labelled {
    BUDGET("begroting", "budget", Due.WITH_THE_PLANS, OwedBy.EVERY_MEMBER, () -> BudgetFile.DESCRIPTOR),
    EXPENDITURE("realisatie", "realised expenditure", Due.WITH_THE_REPORT, OwedBy.EVERY_MEMBER, () -> ExpenditureFile.DESCRIPTOR),
    ACTIVITY_PROGRESS("activiteiten", "activity progress", Due.WITH_THE_REPORT, OwedBy.MEMBERS_WITH_ACTIVITIES, () -> ActivityFile.DESCRIPTOR),
    INDICATOR_RESULTS("indicatoren", "indicator results", Due.WITH_THE_REPORT, OwedBy.MEMBERS_WITH_ACTIVITIES, () -> IndicatorFile.DESCRIPTOR),
    NARRATIVE("verslag", "narrative", Due.WITH_THE_REPORT, OwedBy.MEMBERS_WITH_ACTIVITIES, () -> NarrativeFile.DESCRIPTOR);

    /** When a kind is due: with the activity plans before the year, or with the progress report after it. */
    private enum Due { WITH_THE_PLANS, WITH_THE_REPORT }

    /** Who owes a kind: every member of the alliance, or the members that have planned activities that year. */
    private enum OwedBy { EVERY_MEMBER, MEMBERS_WITH_ACTIVITIES }

    private final Labels labels;
    private final Due due;
    private final OwedBy owedBy;
    private final Supplier<KindDescriptor<?>> descriptor;

    SubmissionKind(String dutch, String english, Due due, OwedBy owedBy, Supplier<KindDescriptor<?>> descriptor) {
        this.labels = new Labels(dutch, english);
        this.due = due;
        this.owedBy = owedBy;
        this.descriptor = descriptor;
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** Everything particular to this kind: format, checks, row type, storage. */
    public KindDescriptor<?> descriptor() {
        return descriptor.get();
    }

    public nl.voortgang.core.csv.RecordFormat<?> format() {
        return descriptor().format();
    }

    /** The formats of every kind, in the order of the kinds: what a partner's file may be. */
    public static java.util.List<nl.voortgang.core.csv.RecordFormat<?>> formats() {
        return java.util.Arrays.stream(values()).<nl.voortgang.core.csv.RecordFormat<?>>map(SubmissionKind::format).toList();
    }

    /** Budgets and realised spending are owed by every member; activities and results by members with planned activities. */
    public boolean isFinancial() {
        return owedBy == OwedBy.EVERY_MEMBER;
    }

    /** Budgets are due with the plans, before the year; the other kinds after the year, with the progress report. */
    public boolean dueBeforeTheYear() {
        return due == Due.WITH_THE_PLANS;
    }
}
