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
    void a_budget_for_2018_is_due_before_20_september_2017_so_19_september_is_its_last_day() {
        assertThat(rule.due(SubmissionKind.BUDGET, 2018)).isEqualTo(LocalDate.of(2017, 9, 19));
        assertThat(rule.dueBefore(SubmissionKind.BUDGET)).isTrue();
    }

    @Test
    void results_for_2018_are_due_on_1_april_2019_at_the_latest_so_that_day_is_still_in_time() {
        assertThat(rule.due(SubmissionKind.EXPENDITURE, 2018)).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(rule.due(SubmissionKind.INDICATOR_RESULTS, 2018)).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(rule.dueBefore(SubmissionKind.EXPENDITURE)).isFalse();
        assertThat(rule.assess(SubmissionKind.EXPENDITURE, 2018, at(2019, 4, 1, 23, 59), LocalDate.of(2019, 6, 1))).isEqualTo(Timeliness.ON_TIME);
        assertThat(rule.assess(SubmissionKind.EXPENDITURE, 2018, at(2019, 4, 2, 0, 1), LocalDate.of(2019, 6, 1))).isEqualTo(Timeliness.LATE);
    }

    @Test
    void a_budget_received_late_in_the_evening_of_the_day_before_20_september_is_on_time() {
        assertThat(rule.assess(SubmissionKind.BUDGET, 2018, at(2017, 9, 19, 23, 59), LocalDate.of(2018, 1, 1))).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void a_budget_received_on_20_september_itself_is_late_because_the_scheme_says_before_that_day() {
        assertThat(rule.assess(SubmissionKind.BUDGET, 2018, at(2017, 9, 20, 0, 1), LocalDate.of(2018, 1, 1))).isEqualTo(Timeliness.LATE);
    }

    @Test
    void nothing_received_after_the_due_date_is_missing_but_before_it_not_yet_due() {
        assertThat(rule.assess(SubmissionKind.EXPENDITURE, 2018, null, LocalDate.of(2019, 4, 1))).isEqualTo(Timeliness.NOT_YET_DUE);
        assertThat(rule.assess(SubmissionKind.EXPENDITURE, 2018, null, LocalDate.of(2019, 4, 2))).isEqualTo(Timeliness.MISSING);
    }
}
