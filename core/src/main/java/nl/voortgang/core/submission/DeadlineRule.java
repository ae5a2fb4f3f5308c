package nl.voortgang.core.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.voortgang.core.scheme.AccountabilityCalendar;

/**
 * When a partner's submission is due, and whether it came in on time. A definitive budget for a year is due
 * with the activity plans (under the OCW scheme: before 20 September of the year before, so a file of 20 September
 * is late); realised spending, activity progress and indicator results for a year are due with the yearly progress
 * report (at the latest on 1 April). A file received on the last day in time (in Dutch time) is on time. What counts is the first version received: a
 * later correction does not make a submission late. A submission not yet received is missing once its due
 * date has passed.
 */
public final class DeadlineRule {

    private final AccountabilityCalendar calendar;
    private final ZoneId zone;

    public DeadlineRule(AccountabilityCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
    }

    /** The last day on which the submission is in time. */
    public LocalDate due(SubmissionKind kind, int year) {
        return kind.dueBeforeTheYear() ? calendar.plansAndBudgetsDue(year) : calendar.progressReportDue(year);
    }

    /** True when the scheme writes this deadline as "vóór" a day: {@link #due} is then the day before the one it names. */
    public boolean dueBefore(SubmissionKind kind) {
        return (kind.dueBeforeTheYear() ? calendar.plansAndBudgetsDue() : calendar.progressReportDue()).before();
    }

    /**
     * @param firstReceived when the first version arrived; null when none has
     * @param today         the day on which the question is asked
     */
    public Timeliness assess(SubmissionKind kind, int year, Instant firstReceived, LocalDate today) {
        LocalDate due = due(kind, year);
        if (firstReceived == null) {
            return today.isAfter(due) ? Timeliness.MISSING : Timeliness.NOT_YET_DUE;
        }
        return firstReceived.atZone(zone).toLocalDate().isAfter(due) ? Timeliness.LATE : Timeliness.ON_TIME;
    }
}
