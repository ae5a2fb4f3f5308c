package nl.voortgang.core.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.core.Labelled;
import nl.voortgang.core.Labelled.Labels;
import nl.voortgang.core.ministry.AssessmentOutcome;
import nl.voortgang.core.submission.Timeliness;

/**
 * The accountability cycle around a report, beyond the partners' files: per year the ministry's assessment of the
 * plans, the lead organisation's submission of the report and the ministry's assessment of it, each against the
 * scheme's calendar; and, for a report made from newer data than the one submitted for its year, what differs.
 *
 * @param sinceSubmission null unless the report's year was submitted and this report is made from current data
 */
public record Cycle(List<Step> steps, SinceSubmission sinceSubmission) {

    public static final Cycle NONE = new Cycle(List.of(), null);

    public Cycle {
        steps = List.copyOf(steps);
    }

    /** A step of the cycle. */
    public enum Act implements Labelled {
        PLANS_ASSESSED("beoordeling van de plannen door het ministerie", "ministry's assessment of the plans"),
        REPORT_SUBMITTED("indiening van de voortgangsrapportage door de penvoerder", "lead organisation's submission of the report"),
        REPORT_ASSESSED("beoordeling van de voortgangsrapportage door het ministerie", "ministry's assessment of the report");

        private final Labels labels;

        Act(String dutch, String english) {
            this.labels = new Labels(dutch, english);
        }

        @Override
        public Labels labels() {
            return labels;
        }
    }

    /**
     * One act of the cycle for one year.
     *
     * @param due     the last day in time, or null when the scheme sets no day (the assessment of a report)
     * @param status  against {@code due}; {@code NOT_YET_DUE} for an act not done that has no day or whose day is to come
     * @param doneOn  when it was done: the day of submission, or the date of the ministry's letter; null when not
     * @param by      who submitted, or who recorded the assessment
     * @param outcome the ministry's decision, for an assessment
     */
    public record Step(int year, Act act, LocalDate due, boolean dueBefore, Timeliness status, LocalDate doneOn, String by,
                       AssessmentOutcome outcome, String note) {
    }

    /**
     * That the report's year was submitted, by whom and when, and each difference between the submitted report and this
     * one; an empty list says that the figures are the same.
     */
    public record SinceSubmission(String by, Instant at, List<Difference> differences) {

        public SinceSubmission {
            differences = List.copyOf(differences);
        }
    }

    /** What a difference is about. */
    public enum Topic { FILE, BUDGET, REALISED, INDICATOR, ACTIVITY, NARRATIVE }

    /**
     * One difference between the submitted report and this one.
     *
     * @param subject   what differs: a file ("realisatie 2019 van NVR"), a partner's total, an indicator's code, an
     *                  activity's code; in the report's data language
     * @param submitted the value in the submitted report (a version number, an amount, a number, a status), null if none
     * @param now       the value in this report, null if none
     */
    public record Difference(Topic topic, String subject, Object submitted, Object now) {
    }
}
