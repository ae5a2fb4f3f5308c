package nl.voortgang.core.progress;

import static nl.voortgang.core.WorldFixture.MOVISIE;
import static nl.voortgang.core.WorldFixture.NVR;
import static nl.voortgang.core.WorldFixture.SWH;
import static nl.voortgang.core.WorldFixture.WOMEN_INC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.voortgang.core.WorldFixture;
import nl.voortgang.core.alliance.ActivityStatus;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.budget.CostCategory;
import nl.voortgang.core.budget.Deviation;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.progress.ProgressReport.FinanceLine;
import nl.voortgang.core.progress.ProgressReport.IndicatorLine;
import nl.voortgang.core.submission.SubmissionIntake;
import nl.voortgang.core.submission.SubmissionKind;
import nl.voortgang.core.submission.Timeliness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How an alliance's submissions become the figures of its progress report. */
class ProgressReportConsolidationTests {

    private final WorldFixture world = WorldFixture.samenWerktHet(LocalDate.of(2020, 6, 1));

    @BeforeEach
    void partners_have_sent_their_files() {
        String budget = "alliantie;partner;jaar;kostensoort;begroot;status\n";
        String spent = "alliantie;partner;jaar;kostensoort;gerealiseerd;toelichting\n";
        String results = "alliantie;partner;jaar;indicator;waarde;uitsplitsing;categorie;toelichting\n";
        String progress = "alliantie;partner;jaar;activiteit;status;gereed_op;toelichting\n";
        accept(WOMEN_INC, "2017-09-10_begroting.csv", LocalDate.of(2017, 9, 10), budget
                + "SWH;WOMEN-INC;2018;personeelskosten;95.000,00;definitief\nSWH;WOMEN-INC;2018;activiteitenkosten;45.000,00;definitief\n");
        accept(NVR, "begroting.csv", LocalDate.of(2017, 9, 25), budget
                + "SWH;NVR;2018;personeelskosten;30000;definitief\nSWH;NVR;2018;communicatiekosten;8000;definitief\n");
        accept(WOMEN_INC, "realisatie.csv", LocalDate.of(2019, 3, 10), spent
                + "SWH;WOMEN-INC;2018;personeelskosten;50.000,00;\nSWH;WOMEN-INC;2018;personeelskosten;44.000,00;\n"
                + "SWH;WOMEN-INC;2018;activiteitenkosten;30.000,00;Training later gestart.\n");
        accept(NVR, "realisatie.csv", LocalDate.of(2019, 3, 15), spent
                + "SWH;NVR;2018;personeelskosten;30000;\nSWH;NVR;2018;communicatiekosten;10000;Extra drukwerk.\n"
                + "SWH;NVR;2018;monitoring en evaluatie;500;\n");
        accept(MOVISIE, "realisatie.csv", LocalDate.of(2019, 4, 20), spent + "SWH;MOVISIE;2018;personeelskosten;10000;\n");
        accept(WOMEN_INC, "indicatoren-2018.csv", LocalDate.of(2019, 3, 10), results
                + "SWH;WOMEN-INC;2018;I1.1;212;;;\nSWH;WOMEN-INC;2018;I1.1;212;geslacht;vrouw;\nSWH;WOMEN-INC;2018;I1.2;58;;;\n");
        accept(NVR, "indicatoren-2018.csv", LocalDate.of(2019, 3, 15), results
                + "SWH;NVR;2018;I1.1;104;;;\nSWH;NVR;2018;I1.1;96;geslacht;vrouw;\nSWH;NVR;2018;I1.1;8;geslacht;man;\n"
                + "SWH;NVR;2018;I1.2;49;;;Kleine groep.\n");
        accept(WOMEN_INC, "indicatoren-2019.csv", LocalDate.of(2020, 3, 10), results
                + "SWH;WOMEN-INC;2019;I1.1;251;;;\nSWH;WOMEN-INC;2019;I1.2;61;;;\n");
        accept(WOMEN_INC, "activiteiten.csv", LocalDate.of(2019, 3, 10), progress + "SWH;WOMEN-INC;2018;SWH-18-01;uitgevoerd;2018-11-30;\n");
        accept(NVR, "activiteiten.csv", LocalDate.of(2019, 3, 15), progress
                + "SWH;NVR;2018;SWH-18-02;uitgevoerd;2018-10-01;\nSWH;NVR;2018;SWH-18-03;uitgesteld;;Wachten op de Kamer.\n");
    }

    private void accept(nl.voortgang.core.organisation.OrganisationCode partner, String file, LocalDate on, String csv) {
        var outcome = world.submit(partner, file, on, csv);
        assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
    }

    private ProgressReport report(ReportScope scope) throws ReportUnavailable {
        return world.store().progressReports().build(scope);
    }

    @Test
    void finances_put_the_definitive_budget_against_realised_spending_per_partner_and_category() throws Exception {
        ProgressReport report = report(ReportScope.year(SWH, 2018));

        assertThat(report.finances().lines())
                .extracting(l -> l.partner().code().value(), FinanceLine::category, FinanceLine::budget, FinanceLine::realised,
                        l -> l.deviation() == null ? null : l.deviation().outcome())
                .containsExactly(
                        tuple("WOMEN-INC", CostCategory.PERSONNEL, Money.euros(95000), Money.euros(94000), Deviation.Outcome.WITHIN_TOLERANCE),
                        tuple("WOMEN-INC", CostCategory.ACTIVITIES, Money.euros(45000), Money.euros(30000), Deviation.Outcome.UNDER_BUDGET),
                        tuple("MOVISIE", CostCategory.PERSONNEL, null, Money.euros(10000), null),
                        tuple("NVR", CostCategory.PERSONNEL, Money.euros(30000), Money.euros(30000), Deviation.Outcome.WITHIN_TOLERANCE),
                        tuple("NVR", CostCategory.COMMUNICATION, Money.euros(8000), Money.euros(10000), Deviation.Outcome.OVER_BUDGET),
                        tuple("NVR", CostCategory.MONITORING, Money.ZERO, Money.euros(500), Deviation.Outcome.NOT_BUDGETED));
        assertThat(report.finances().total().budget()).isEqualTo(Money.euros(178000));
        assertThat(report.finances().total().realised()).isEqualTo(Money.euros(174500));
        assertThat(report.finances().beyondTolerance()).extracting(FinanceLine::explanations)
                .containsExactly(java.util.List.of("Training later gestart."), java.util.List.of("Extra drukwerk."), java.util.List.of());
        assertThat(report.finances().missingBudgets()).extracting(m -> m.partner().code(), m -> m.year()).containsExactly(tuple(MOVISIE, 2018));
        assertThat(report.finances().perPartner()).extracting(t -> t.partner().code().value(), t -> t.budget(), t -> t.realised())
                .containsExactly(tuple("WOMEN-INC", Money.euros(140000), Money.euros(124000)),
                        tuple("MOVISIE", Money.ZERO, Money.euros(10000)),
                        tuple("NVR", Money.euros(38000), Money.euros(40500)));
        assertThat(report.finances().perCategory()).extracting(t -> t.category(), t -> t.realised()).containsExactly(
                tuple(CostCategory.PERSONNEL, Money.euros(134000)), tuple(CostCategory.ACTIVITIES, Money.euros(30000)),
                tuple(CostCategory.COMMUNICATION, Money.euros(10000)), tuple(CostCategory.MONITORING, Money.euros(500)));
    }

    @Test
    void indicators_are_added_up_for_counts_and_averaged_for_levels() throws Exception {
        ProgressReport report = report(ReportScope.year(SWH, 2018));

        IndicatorLine participants = indicator(report, "I1.1");
        assertThat(participants.overall()).isEqualTo(new ProgressReport.IndicatorYear(2018, new BigDecimal("300"), new BigDecimal("316"),
                new BigDecimal("105.3"), 2, null, Judgement.ON_TRACK, null, null));
        assertThat(participants.breakdowns()).extracting(b -> b.disaggregation().toString(), b -> b.actual(), b -> b.contributors())
                .containsExactly(tuple("geslacht: man", new BigDecimal("8"), 1), tuple("geslacht: vrouw", new BigDecimal("308"), 2));
        IndicatorLine confidence = indicator(report, "I1.2");
        assertThat(confidence.overall().actual()).isEqualByComparingTo("53.5");
        assertThat(confidence.overall().achieved()).isEqualByComparingTo("107.0");
        assertThat(confidence.explanations()).containsExactly("Nederlandse Vrouwen Raad (2018): Kleine groep.");
    }

    @Test
    void to_date_a_count_sums_its_years_and_a_target_is_never_invented_for_a_year_without_one() throws Exception {
        ProgressReport report = report(ReportScope.toDate(SWH, 2019));

        assertThat(indicator(report, "I1.1").overall()).isEqualTo(new ProgressReport.IndicatorYear(2019, new BigDecimal("700"),
                new BigDecimal("567"), new BigDecimal("81.0"), 2, null, Judgement.BEHIND, null, null));
        assertThat(indicator(report, "I1.2").overall()).isEqualTo(new ProgressReport.IndicatorYear(2019, new BigDecimal("55"),
                new BigDecimal("61.00"), new BigDecimal("110.9"), 1, new BigDecimal("130.0"), Judgement.ON_TRACK, null, null));
        var procedures = indicator(report, "I3.1");
        assertThat(procedures.years()).extracting(y -> y.target()).containsExactly(null, new BigDecimal("2"));
        assertThat(procedures.overall().target()).isNull();
        assertThat(procedures.overall().actual()).isNull();
    }

    @Test
    void activities_show_the_reported_status_and_the_explanation_of_differences() throws Exception {
        ProgressReport report = report(ReportScope.year(SWH, 2018));

        assertThat(report.outcomes()).flatExtracting(ProgressReport.OutcomeSection::activities)
                .extracting(a -> a.code(), a -> a.status(), a -> a.reported(), a -> a.explanation())
                .containsExactly(tuple("SWH-18-01", ActivityStatus.COMPLETED, true, null),
                        tuple("SWH-18-02", ActivityStatus.COMPLETED, true, null),
                        tuple("SWH-18-03", ActivityStatus.POSTPONED, true, "Wachten op de Kamer."));
        assertThat(report.keyFigures().activitiesPlanned()).isEqualTo(3);
        assertThat(report.keyFigures().activitiesCompleted()).isEqualTo(2);
        assertThat(report.keyFigures().activitiesPostponedOrCancelled()).isEqualTo(1);
    }

    @Test
    void deadlines_say_which_submission_came_on_time_late_or_not_at_all() throws Exception {
        ProgressReport report = report(ReportScope.year(SWH, 2018));

        assertThat(report.deadlines()).filteredOn(d -> d.kind() == SubmissionKind.BUDGET)
                .extracting(d -> d.partner().code().value(), d -> d.due(), d -> d.status())
                .containsExactly(tuple("WOMEN-INC", LocalDate.of(2017, 9, 19), Timeliness.ON_TIME),
                        tuple("MOVISIE", LocalDate.of(2017, 9, 19), Timeliness.MISSING),
                        tuple("NVR", LocalDate.of(2017, 9, 19), Timeliness.LATE));
        assertThat(report.deadlines()).filteredOn(d -> d.partner().code().equals(MOVISIE))
                .extracting(d -> d.kind(), d -> d.status())
                .containsExactly(tuple(SubmissionKind.BUDGET, Timeliness.MISSING), tuple(SubmissionKind.EXPENDITURE, Timeliness.LATE));
        assertThat(report.keyFigures().submissionsLate()).isEqualTo(2);
    }

    @Test
    void deadlines_are_judged_at_the_datas_as_of_moment_not_on_the_day_the_report_is_made() throws Exception {
        // given: the newest 2019 file arrived on 10 March 2020; the report is made on 1 June 2020, after the 1 April deadline
        ProgressReport report = report(ReportScope.year(SWH, 2019));

        // then: as the data stand, the 2019 expenditure was not yet due, whatever the day of printing
        assertThat(report.deadlines()).filteredOn(d -> d.kind() == SubmissionKind.EXPENDITURE).isNotEmpty()
                .extracting(d -> d.status()).containsOnly(Timeliness.NOT_YET_DUE);
        assertThat(report.deadlines()).filteredOn(d -> d.kind() == SubmissionKind.BUDGET)
                .extracting(d -> d.status()).containsOnly(Timeliness.MISSING);
    }

    @Test
    void a_partner_that_reported_an_indicator_the_year_before_but_not_this_year_is_named_next_to_the_lower_total() throws Exception {
        // given: WOMEN Inc. and NVR reported I1.1 for 2018; for 2019 only WOMEN Inc. did
        for (ReportScope scope : java.util.List.of(ReportScope.year(SWH, 2019), ReportScope.toDate(SWH, 2019))) {
            ProgressReport report = report(scope);
            var participants = report.outcomes().stream().flatMap(o -> o.indicators().stream()).filter(i -> i.code().equals("I1.1"))
                    .findFirst().orElseThrow();

            // then: in the year report too, where 2018 lies outside the report
            assertThat(participants.gaps()).as(scope.toString()).extracting(g -> g.year(), g -> g.partner().code().value())
                    .containsExactly(tuple(2019, "NVR"));
        }
    }

    @Test
    void each_partners_total_is_kept_beside_the_alliances() throws Exception {
        var participants = report(ReportScope.year(SWH, 2018)).outcomes().stream().flatMap(o -> o.indicators().stream())
                .filter(i -> i.code().equals("I1.1")).findFirst().orElseThrow();

        assertThat(participants.perPartner()).extracting(v -> v.partner().code().value(), v -> v.value().intValue())
                .containsExactly(tuple("NVR", 104), tuple("WOMEN-INC", 212));
        assertThat(participants.gaps()).isEmpty();
    }

    @Test
    void a_revised_definitive_budget_counts_and_the_original_is_kept_beside_it_to_compare_against() throws Exception {
        // given: WOMEN Inc. revises its definitive 2018 budget in June: activities from 45,000 down to 32,000
        accept(WOMEN_INC, "begroting-herzien.csv", LocalDate.of(2018, 6, 15), "alliantie;partner;jaar;kostensoort;begroot;status\n"
                + "SWH;WOMEN-INC;2018;personeelskosten;95.000,00;definitief\nSWH;WOMEN-INC;2018;activiteitenkosten;32.000,00;definitief\n");

        ProgressReport report = report(ReportScope.year(SWH, 2018));

        assertThat(report.finances().lines()).filteredOn(l -> l.partner().code().equals(WOMEN_INC))
                .extracting(FinanceLine::category, FinanceLine::budget, FinanceLine::originalBudget, FinanceLine::originalVersion)
                .containsExactly(tuple(CostCategory.PERSONNEL, Money.euros(95000), null, null),
                        tuple(CostCategory.ACTIVITIES, Money.euros(32000), Money.euros(45000), 1));
        // the variance is against the revised budget: 30,000 spent against 32,000 is within tolerance
        assertThat(report.finances().lines()).filteredOn(l -> l.category() == CostCategory.ACTIVITIES && l.partner().code().equals(WOMEN_INC))
                .extracting(l -> l.deviation().outcome()).containsExactly(Deviation.Outcome.WITHIN_TOLERANCE);
    }

    @Test
    void every_submission_used_is_listed_and_figures_point_to_it() throws Exception {
        ProgressReport report = report(ReportScope.year(SWH, 2018));

        assertThat(report.sources()).extracting(s -> s.ref(), s -> s.partner().code().value(), s -> s.kind(), s -> s.fileName())
                .containsExactly(tuple(1, "MOVISIE", SubmissionKind.EXPENDITURE, "realisatie.csv"),
                        tuple(2, "NVR", SubmissionKind.BUDGET, "begroting.csv"),
                        tuple(3, "NVR", SubmissionKind.EXPENDITURE, "realisatie.csv"),
                        tuple(4, "NVR", SubmissionKind.ACTIVITY_PROGRESS, "activiteiten.csv"),
                        tuple(5, "NVR", SubmissionKind.INDICATOR_RESULTS, "indicatoren-2018.csv"),
                        tuple(6, "WOMEN-INC", SubmissionKind.BUDGET, "2017-09-10_begroting.csv"),
                        tuple(7, "WOMEN-INC", SubmissionKind.EXPENDITURE, "realisatie.csv"),
                        tuple(8, "WOMEN-INC", SubmissionKind.ACTIVITY_PROGRESS, "activiteiten.csv"),
                        tuple(9, "WOMEN-INC", SubmissionKind.INDICATOR_RESULTS, "indicatoren-2018.csv"));
        assertThat(report.finances().lines().get(4).sources()).containsExactly(2, 3);
        assertThat(report.asOf()).isEqualTo(LocalDate.of(2019, 4, 20).atTime(12, 0).atZone(WorldFixture.AMSTERDAM).toInstant());
        assertThat(report.cover().lead().name()).isEqualTo("WOMEN Inc.");
        assertThat(report.cover().partners()).extracting(PartyRef::name).containsExactly("Movisie", "Nederlandse Vrouwen Raad");
    }

    @Test
    void a_report_that_cannot_be_made_says_why() {
        assertThatThrownBy(() -> report(ReportScope.year(AllianceCode.of("XYZ"), 2018)))
                .isInstanceOf(ReportUnavailable.class).hasMessage("Alliantie XYZ is onbekend. Bekende allianties: SWH.");
        assertThatThrownBy(() -> report(ReportScope.year(SWH, 2024)))
                .hasMessage("2024 valt buiten het partnerschap van SWH (2018–2022).");
        assertThatThrownBy(() -> report(ReportScope.year(SWH, 2021)))
                .hasMessage("Er zijn nog geen gegevens van alliantie SWH over 2021: geen enkele partner heeft een bestand ingestuurd.");
    }

    private static IndicatorLine indicator(ProgressReport report, String code) {
        return report.outcomes().stream().flatMap(o -> o.indicators().stream()).filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
