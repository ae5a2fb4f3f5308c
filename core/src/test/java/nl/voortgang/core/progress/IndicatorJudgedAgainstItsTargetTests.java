package nl.voortgang.core.progress;

import static nl.voortgang.core.WorldFixture.NVR;
import static nl.voortgang.core.WorldFixture.SWH;
import static nl.voortgang.core.WorldFixture.WOMEN_INC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.voortgang.core.WorldFixture;
import nl.voortgang.core.alliance.Aggregation;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.alliance.Indicator;
import nl.voortgang.core.alliance.IndicatorCode;
import nl.voortgang.core.alliance.Outcome;
import nl.voortgang.core.alliance.OutcomeCode;
import nl.voortgang.core.alliance.TheoryOfChange;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.alliance.Disaggregation;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.progress.ProgressReport.IndicatorLine;
import nl.voortgang.core.progress.ProgressReport.IndicatorYear;
import nl.voortgang.core.submission.SubmissionIntake;
import org.junit.jupiter.api.Test;

/**
 * A percentage indicator is a ratio that partners combine as one (the sum of their numerators over the sum of their
 * denominators), and every indicator is judged by one stated rule: on track or behind against the year's target, with
 * progress from the baseline for levels and ratios; a category of a breakdown is judged against its own target.
 */
class IndicatorJudgedAgainstItsTargetTests {

    private static final String RESULTS = "alliantie;partner;jaar;indicator;waarde;uitsplitsing;categorie;toelichting;teller;noemer\n";

    private final WorldFixture world = WorldFixture.samenWerktHet(LocalDate.of(2020, 6, 1));

    private void withIndicators(Indicator... indicators) {
        Alliance swh = world.store().alliances().find(SWH).orElseThrow();
        TheoryOfChange toc = swh.theoryOfChange();
        world.store().alliances().save(swh.withTheoryOfChange(new TheoryOfChange(toc.longTermGoal(),
                List.of(new Outcome(OutcomeCode.of("U1"), "Individueel", List.of(indicators))))));
    }

    private static Indicator confidence(Aggregation aggregation, String baseline, Map<Integer, BigDecimal> targets) {
        return new Indicator(IndicatorCode.of("I1.2"), OutcomeCode.of("U1"), "Deelnemers die zich zekerder voelen", "%", aggregation,
                new BigDecimal(baseline), 2017, targets);
    }

    private SubmissionIntake.Outcome send(OrganisationCode partner, int year, String rows) {
        return world.submit(partner, "indicatoren-" + year + ".csv", LocalDate.of(year + 1, 3, 10), RESULTS + rows);
    }

    private void accept(OrganisationCode partner, int year, String rows) {
        var outcome = send(partner, year, rows);
        assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
    }

    private IndicatorLine indicator(ReportScope scope, String code) throws ReportUnavailable {
        return world.store().progressReports().build(scope).outcomes().stream().flatMap(o -> o.indicators().stream())
                .filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void partners_combine_as_one_ratio_the_sum_of_their_numerators_over_the_sum_of_their_denominators() throws Exception {
        // given a percentage of participants, as a ratio; a small partner with a high share and a large one with a lower
        withIndicators(confidence(Aggregation.RATIO, "35", Map.of(2018, new BigDecimal("50"))));
        accept(NVR, 2018, "SWH;NVR;2018;I1.2;90;;;;9;10\n");
        accept(WOMEN_INC, 2018, "SWH;WOMEN-INC;2018;I1.2;50;;;;100;200\n");

        // when
        IndicatorYear year = indicator(ReportScope.year(SWH, 2018), "I1.2").overall();

        // then 109 of 210 is 51.9%, not the mean of 90 and 50 (70%)
        assertThat(year.numerator()).isEqualByComparingTo("109");
        assertThat(year.denominator()).isEqualByComparingTo("210");
        assertThat(year.actual()).isEqualByComparingTo("51.9");
        assertThat(year.achieved()).isEqualByComparingTo("103.8");
        assertThat(year.progress()).as("(51.9 − 35) / (50 − 35)").isEqualByComparingTo("112.7");
        assertThat(year.judgement()).isEqualTo(Judgement.ON_TRACK);
    }

    @Test
    void a_ratio_without_numerator_and_denominator_is_refused_and_so_is_a_value_they_do_not_give() {
        withIndicators(confidence(Aggregation.RATIO, "35", Map.of(2018, new BigDecimal("50"))));

        var bare = send(NVR, 2018, "SWH;NVR;2018;I1.2;90;;;;;\n");
        var wrong = send(WOMEN_INC, 2018, "SWH;WOMEN-INC;2018;I1.2;52;;;;100;200\n");
        var half = send(WOMEN_INC, 2018, "SWH;WOMEN-INC;2018;I1.2;50;;;;100;\n");
        var zero = send(WOMEN_INC, 2018, "SWH;WOMEN-INC;2018;I1.2;50;;;;0;0\n");

        assertThat(bare.status()).isEqualTo(SubmissionIntake.Status.REJECTED);
        assertThat(bare.problems()).extracting(Problem::code, Problem::line, Problem::column)
                .containsExactly(tuple(ProblemCode.RATIO_REQUIRED, 2L, "noemer"));
        assertThat(wrong.problems()).extracting(Problem::code, Problem::column, Problem::message).containsExactly(tuple(
                ProblemCode.RATIO_DISAGREES_WITH_VALUE, "waarde", "De waarde 52 is niet teller gedeeld door noemer: 100 van 200 is 50 procent."));
        assertThat(half.problems()).extracting(Problem::code, Problem::column).containsExactly(tuple(ProblemCode.RATIO_INCOMPLETE, "noemer"));
        assertThat(zero.problems()).extracting(Problem::code, Problem::column).containsExactly(tuple(ProblemCode.RATIO_OUT_OF_RANGE, "noemer"));
        assertThat(world.store().submissions().all()).as("nothing half-stored").isEmpty();
    }

    @Test
    void a_value_rounded_to_the_decimals_the_partner_gives_agrees_with_its_ratio() {
        withIndicators(confidence(Aggregation.RATIO, "35", Map.of(2018, new BigDecimal("50"))));

        var outcome = send(NVR, 2018, "SWH;NVR;2018;I1.2;49;;;;51;104\n");

        assertThat(outcome.status()).as("51 of 104 is 49.04%, written 49").isEqualTo(SubmissionIntake.Status.ACCEPTED);
    }

    @Test
    void a_result_short_of_the_years_target_is_behind_and_its_progress_from_the_baseline_says_how_far_it_came() throws Exception {
        withIndicators(confidence(Aggregation.LEVEL, "35", Map.of(2018, new BigDecimal("55"))));
        accept(NVR, 2018, "SWH;NVR;2018;I1.2;40;;;;;\n");

        IndicatorYear year = indicator(ReportScope.year(SWH, 2018), "I1.2").overall();

        assertThat(year.judgement()).isEqualTo(Judgement.BEHIND);
        assertThat(year.progress()).as("(40 − 35) / (55 − 35)").isEqualByComparingTo("25.0");
        assertThat(year.achieved()).isEqualByComparingTo("72.7");
    }

    @Test
    void where_the_target_lies_below_the_baseline_lower_is_better() throws Exception {
        // given an indicator that should fall: from 30% drop-outs to 20%
        withIndicators(new Indicator(IndicatorCode.of("I1.2"), OutcomeCode.of("U1"), "Deelnemers die afhaken", "%", Aggregation.LEVEL,
                new BigDecimal("30"), 2017, Map.of(2018, new BigDecimal("20"), 2019, new BigDecimal("15"))));
        accept(NVR, 2018, "SWH;NVR;2018;I1.2;18;;;;;\n");
        accept(NVR, 2019, "SWH;NVR;2019;I1.2;24;;;;;\n");

        IndicatorLine line = indicator(ReportScope.toDate(SWH, 2019), "I1.2");

        assertThat(line.years()).extracting(IndicatorYear::year, IndicatorYear::judgement, IndicatorYear::progress).containsExactly(
                tuple(2018, Judgement.ON_TRACK, new BigDecimal("120.0")), tuple(2019, Judgement.BEHIND, new BigDecimal("40.0")));
    }

    @Test
    void a_count_is_judged_on_the_sum_of_its_years_and_has_no_progress_from_a_baseline() throws Exception {
        withIndicators(new Indicator(IndicatorCode.of("I1.1"), OutcomeCode.of("U1"), "Vrouwen die een training volgden", "deelnemers",
                Aggregation.SUM, BigDecimal.ZERO, 2017, Map.of(2018, new BigDecimal("300"), 2019, new BigDecimal("400"))));
        accept(NVR, 2018, "SWH;NVR;2018;I1.1;316;;;;;\n");
        accept(NVR, 2019, "SWH;NVR;2019;I1.1;369;;;;;\n");

        IndicatorLine line = indicator(ReportScope.toDate(SWH, 2019), "I1.1");

        assertThat(line.years()).extracting(IndicatorYear::judgement).containsExactly(Judgement.ON_TRACK, Judgement.BEHIND);
        assertThat(line.overall()).extracting(IndicatorYear::target, IndicatorYear::actual, IndicatorYear::judgement, IndicatorYear::progress)
                .containsExactly(new BigDecimal("700"), new BigDecimal("685"), Judgement.BEHIND, null);
    }

    @Test
    void a_category_with_its_own_target_is_judged_against_it_and_to_date_against_the_sum_of_its_years() throws Exception {
        Disaggregation young = new Disaggregation("leeftijd", "18-30");
        withIndicators(new Indicator(IndicatorCode.of("I1.1"), OutcomeCode.of("U1"), "Vrouwen die een training volgden", "deelnemers",
                Aggregation.SUM, BigDecimal.ZERO, 2017, Map.of(2018, new BigDecimal("300"), 2019, new BigDecimal("400")),
                Map.of(young, Map.of(2018, new BigDecimal("60"), 2019, new BigDecimal("70")))));
        accept(WOMEN_INC, 2018, "SWH;WOMEN-INC;2018;I1.1;212;;;;;\nSWH;WOMEN-INC;2018;I1.1;58;leeftijd;18-30;;;\nSWH;WOMEN-INC;2018;I1.1;154;leeftijd;31+;;;\n");
        accept(WOMEN_INC, 2019, "SWH;WOMEN-INC;2019;I1.1;251;;;;;\nSWH;WOMEN-INC;2019;I1.1;71;leeftijd;18-30;;;\nSWH;WOMEN-INC;2019;I1.1;180;leeftijd;31+;;;\n");

        var year = indicator(ReportScope.year(SWH, 2019), "I1.1").breakdowns();
        var toDate = indicator(ReportScope.toDate(SWH, 2019), "I1.1").breakdowns();

        assertThat(year).extracting(b -> b.disaggregation().category(), ProgressReport.Breakdown::actual, ProgressReport.Breakdown::target,
                ProgressReport.Breakdown::judgement).containsExactly(
                tuple("18-30", new BigDecimal("71"), new BigDecimal("70"), Judgement.ON_TRACK), tuple("31+", new BigDecimal("180"), null, null));
        assertThat(toDate).extracting(b -> b.disaggregation().category(), ProgressReport.Breakdown::actual, ProgressReport.Breakdown::target,
                ProgressReport.Breakdown::judgement).containsExactly(
                tuple("18-30", new BigDecimal("129"), new BigDecimal("130"), Judgement.BEHIND), tuple("31+", new BigDecimal("334"), null, null));
    }
}
