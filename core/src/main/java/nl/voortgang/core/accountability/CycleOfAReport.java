package nl.voortgang.core.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.ministry.AssessedDocument;
import nl.voortgang.core.ministry.Assessment;
import nl.voortgang.core.ministry.Assessments;
import nl.voortgang.core.progress.Cycle;
import nl.voortgang.core.progress.Cycle.Act;
import nl.voortgang.core.progress.Cycle.Step;
import nl.voortgang.core.scheme.AccountabilityCalendar;
import nl.voortgang.core.submission.Timeliness;

/**
 * The steps of the accountability cycle for every year of a report up to its year, and the assessment of the next
 * year's plans when the partnership goes on: the ministry's assessment of the plans (under the OCW scheme by 20
 * December of the year before), the lead organisation's submission of the report (by 1 April after the year), and
 * the ministry's assessment of the report (the scheme sets no day). A step not done is missing once its day has
 * passed, judged on the day the report is made: unlike a partner's file, an act of the cycle is expected by a day of
 * the calendar, not by the data.
 */
final class CycleOfAReport {

    private final SubmittedReports submitted;
    private final Assessments assessments;
    private final Clock clock;

    CycleOfAReport(SubmittedReports submitted, Assessments assessments, Clock clock) {
        this.submitted = submitted;
        this.assessments = assessments;
        this.clock = clock;
    }

    List<Step> steps(Alliance alliance, AccountabilityCalendar calendar, int lastYear) {
        LocalDate today = LocalDate.now(clock);
        List<Step> steps = new ArrayList<>();
        int first = alliance.partnership().firstYear();
        int end = alliance.partnership().lastYear(lastYear + 1);
        for (int year = first; year <= Math.min(lastYear + 1, end); year++) {
            steps.add(assessed(alliance, year, AssessedDocument.PLANS, calendar.assessmentDue(year), calendar.assessmentDue().before(), today));
            if (year > lastYear) {
                break;
            }
            steps.add(submittedStep(alliance, year, calendar, today));
            steps.add(assessed(alliance, year, AssessedDocument.REPORT, null, false, today));
        }
        return steps;
    }

    private Step submittedStep(Alliance alliance, int year, AccountabilityCalendar calendar, LocalDate today) {
        LocalDate due = calendar.progressReportDue(year);
        Optional<SubmittedReport> done = submitted.find(alliance.code(), year);
        LocalDate on = done.map(d -> d.at().atZone(clock.getZone()).toLocalDate()).orElse(null);
        return new Step(year, Act.REPORT_SUBMITTED, due, calendar.progressReportDue().before(), status(due, on, today), on,
                done.map(SubmittedReport::by).orElse(null), null, null);
    }

    private Step assessed(Alliance alliance, int year, AssessedDocument document, LocalDate due, boolean dueBefore, LocalDate today) {
        Optional<Assessment> done = assessments.find(alliance.code(), year, document);
        LocalDate on = done.map(Assessment::assessedOn).orElse(null);
        return new Step(year, document == AssessedDocument.PLANS ? Act.PLANS_ASSESSED : Act.REPORT_ASSESSED, due, dueBefore,
                status(due, on, today), on, done.map(Assessment::recordedBy).orElse(null), done.map(Assessment::outcome).orElse(null),
                done.map(Assessment::note).orElse(null));
    }

    private static Timeliness status(LocalDate due, LocalDate on, LocalDate today) {
        if (due == null) {
            return on == null ? Timeliness.NOT_YET_DUE : Timeliness.ON_TIME;
        }
        if (on == null) {
            return today.isAfter(due) ? Timeliness.MISSING : Timeliness.NOT_YET_DUE;
        }
        return on.isAfter(due) ? Timeliness.LATE : Timeliness.ON_TIME;
    }

}
