package nl.voortgang.core.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.voortgang.core.WorldFixture;
import org.junit.jupiter.api.Test;

/**
 * Definitive budgets for a year are due with the activity plans, before 20 September of the year before; results
 * for a year are due with the progress report, here on 1 April of the year after.
 */
class DeadlinesMetAndMissedTests {

    private final DeadlineRule rule = new DeadlineRule(WorldFixture.ocwScheme().calendar(), WorldFixture.AMSTERDAM);

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDate.of(year, month, day).atTime(LocalTime.of(hour, minute)).atZone(WorldFixture.AMSTERDAM).toInstant();
    }

    @Test
    void a_budget_for_2018_is_due_on_20_september_2017() {
        assertThat(rule.due(SubmissionKind.BUDGET, 2018)).isEqualTo(LocalDate.of(2017, 9, 20));
        assertThat(rule.due(SubmissionKind.EXPENDITURE, 2018)).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(rule.due(SubmissionKind.INDICATOR_RESULTS, 2018)).isEqualTo(LocalDate.of(2019, 4, 1));
    }

    @Test
    void received_late_in_the_evening_of_the_due_date_is_on_time() {
        assertThat(rule.assess(SubmissionKind.BUDGET, 2018, at(2017, 9, 20, 23, 59), LocalDate.of(2018, 1, 1))).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void received_just_after_midnight_dutch_time_is_late() {
        assertThat(rule.assess(SubmissionKind.BUDGET, 2018, at(2017, 9, 21, 0, 1), LocalDate.of(2018, 1, 1))).isEqualTo(Timeliness.LATE);
    }

    @Test
    void nothing_received_after_the_due_date_is_missing_but_before_it_not_yet_due() {
        assertThat(rule.assess(SubmissionKind.EXPENDITURE, 2018, null, LocalDate.of(2019, 4, 1))).isEqualTo(Timeliness.NOT_YET_DUE);
        assertThat(rule.assess(SubmissionKind.EXPENDITURE, 2018, null, LocalDate.of(2019, 4, 2))).isEqualTo(Timeliness.MISSING);
    }
}
