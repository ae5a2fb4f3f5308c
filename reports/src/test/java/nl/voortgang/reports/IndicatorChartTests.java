package nl.voortgang.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.voortgang.core.alliance.Aggregation;
import nl.voortgang.core.money.DutchFormat;
import nl.voortgang.core.progress.ProgressReport;
import nl.voortgang.core.progress.ProgressReport.IndicatorLine;
import org.junit.jupiter.api.Test;

/** The chart beside an indicator's table shows what the table shows: in a to-date report, the years together too. */
class IndicatorChartTests {

    @Test
    void a_to_date_chart_of_a_count_has_a_bar_for_the_years_together_that_the_table_does_not_repeat_as_a_row() {
        ProgressReport report = SampleWorld.toDate("SWH", 2019);
        IndicatorLine counted = report.outcomes().stream().flatMap(o -> o.indicators().stream())
                .filter(i -> i.aggregation() == Aggregation.SUM && i.overall().actual() != null).findFirst().orElseThrow();

        List<Map<String, Object>> rows = rowsOf(report, counted.code(), true);

        Map<String, Object> last = rows.get(rows.size() - 1);
        assertThat(last).containsEntry("chartOnly", true).containsEntry("year", "t/m 2019")
                .containsEntry("targetValue", counted.overall().target()).containsEntry("actualValue", counted.overall().actual());
        assertThat(rows.subList(0, rows.size() - 1)).allSatisfy(row -> assertThat(row).containsEntry("chartOnly", false));
        assertThat(rows).hasSize(counted.years().size() + 1);
    }

    @Test
    void a_years_chart_has_only_that_year() {
        ProgressReport report = SampleWorld.year("SWH", 2019);
        IndicatorLine any = report.outcomes().get(0).indicators().get(0);

        assertThat(rowsOf(report, any.code(), false)).extracting(row -> row.get("chartOnly")).containsExactly(false);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rowsOf(ProgressReport report, String indicator, boolean toDate) {
        Wording words = Wording.of(DutchFormat.DUTCH, SampleWorld.AMSTERDAM);
        OutcomeRows outcomes = new OutcomeRows(words, new Content(report, words), toDate, report.scope().year());
        return outcomes.sections(report.outcomes(), "3").stream()
                .flatMap(section -> ((List<Map<String, Object>>) section.get("indicators")).stream())
                .filter(row -> indicator.equals(row.get("indicator"))).toList();
    }
}
