package nl.voortgang.core.scheme;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The scheme's yearly accountability dates. Under the OCW scheme, activity plans and definitive budgets for a
 * year reach the ministry before 20 September of the year before; the ministry assesses them by 20 December;
 * the yearly progress report follows after the year.
 */
public record AccountabilityCalendar(DayOfYear plansAndBudgetsDue, DayOfYear assessmentDue, DayOfYear progressReportDue) {

    public AccountabilityCalendar {
        Objects.requireNonNull(plansAndBudgetsDue, "plansAndBudgetsDue");
        Objects.requireNonNull(assessmentDue, "assessmentDue");
        Objects.requireNonNull(progressReportDue, "progressReportDue");
    }

    public LocalDate plansAndBudgetsDue(int year) {
        return plansAndBudgetsDue.forReportingYear(year);
    }

    public LocalDate assessmentDue(int year) {
        return assessmentDue.forReportingYear(year);
    }

    public LocalDate progressReportDue(int year) {
        return progressReportDue.forReportingYear(year);
    }
}
