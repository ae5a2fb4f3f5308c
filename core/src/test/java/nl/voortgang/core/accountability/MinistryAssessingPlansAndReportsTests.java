package nl.voortgang.core.accountability;

import static nl.voortgang.core.WorldFixture.SWH;
import static nl.voortgang.core.WorldFixture.WOMEN_INC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.voortgang.core.WorldFixture;
import nl.voortgang.core.ministry.AssessedDocument;
import nl.voortgang.core.ministry.AssessmentOutcome;
import nl.voortgang.core.progress.Cycle.Act;
import nl.voortgang.core.progress.Cycle.Step;
import nl.voortgang.core.progress.ReportScope;
import nl.voortgang.core.submission.SubmissionIntake;
import nl.voortgang.core.submission.Timeliness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lead organisation records the ministry's assessment of a year's plans and of its submitted report; the next
 * report shows each step of the cycle against the scheme's calendar, late or missing ones flagged. Today is 2 April 2020.
 */
class MinistryAssessingPlansAndReportsTests {

    private WorldFixture world;
    private MinistryAssessment ministry;
    private ReportSubmission submission;

    @BeforeEach
    void womenIncReportedOn2019AndTheLeadApproved() throws Exception {
        world = WorldFixture.samenWerktHet(LocalDate.of(2020, 4, 2));
        ministry = world.store().ministryAssessment();
        submission = world.store().reportSubmission();
        var sent = world.submit(WOMEN_INC, "realisatie-2019.csv", LocalDate.of(2020, 3, 10), "alliantie;partner;jaar;kostensoort;gerealiseerd\n"
                + "SWH;WOMEN-INC;2019;personeelskosten;39000\n");
        assertThat(sent.status()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
    }

    @Test
    void a_report_is_assessed_only_after_it_was_submitted() {
        assertThatThrownBy(() -> ministry.record(SWH, 2019, AssessedDocument.REPORT, AssessmentOutcome.APPROVED, LocalDate.of(2020, 4, 1), null, "J. de Vries"))
                .isInstanceOf(MinistryAssessment.AssessmentRefused.class)
                .hasMessage("De voortgangsrapportage 2019 van SWH is nog niet ingediend; het ministerie beoordeelt een ingediende rapportage (voortgang submit).");
    }

    @Test
    void conditions_and_a_rejection_need_the_ministrys_note_and_a_date_not_to_come() {
        assertThatThrownBy(() -> ministry.record(SWH, 2020, AssessedDocument.PLANS, AssessmentOutcome.WITH_CONDITIONS, LocalDate.of(2020, 5, 1), " ", "J. de Vries"))
                .isInstanceOf(MinistryAssessment.AssessmentRefused.class)
                .satisfies(e -> assertThat(((MinistryAssessment.AssessmentRefused) e).problems()).containsExactly(
                        "Bij 'goedgekeurd onder voorwaarden' hoort de toelichting van het ministerie: neem de voorwaarden of de redenen uit de brief over.",
                        "De datum van de beoordeling (1 mei 2020) ligt na vandaag; geef de datum van de brief van het ministerie."));
    }

    @Test
    void the_plans_and_the_report_are_each_assessed_once() throws Exception {
        ministry.record(SWH, 2019, AssessedDocument.PLANS, AssessmentOutcome.APPROVED, LocalDate.of(2018, 12, 18), null, "J. de Vries");

        assertThatThrownBy(() -> ministry.record(SWH, 2019, AssessedDocument.PLANS, AssessmentOutcome.REJECTED, LocalDate.of(2019, 1, 5), "Nee.", "A. Jansen"))
                .hasMessage("De activiteitenplannen en begrotingen 2019 van SWH is al beoordeeld: goedgekeurd op 18 december 2018 (vastgelegd door J. de Vries).");
    }

    @Test
    void the_next_report_shows_each_step_of_the_cycle_against_the_calendar_late_and_missing_ones_flagged() throws Exception {
        // given: 2018's plans assessed in time, 2019's late, and 2018's report submitted and assessed with conditions
        ministry.record(SWH, 2018, AssessedDocument.PLANS, AssessmentOutcome.APPROVED, LocalDate.of(2017, 12, 15), null, "J. de Vries");
        ministry.record(SWH, 2019, AssessedDocument.PLANS, AssessmentOutcome.APPROVED, LocalDate.of(2019, 1, 10), null, "J. de Vries");
        world.store().review().approve(world.store().submissions().currentFor(SWH).get(0).key(), "J. de Vries", null);

        // when
        var steps = submission.current(ReportScope.year(SWH, 2019)).cycle().steps();

        // then
        assertThat(steps).extracting(Step::year, Step::act, Step::due, Step::status, Step::doneOn).containsExactly(
                tuple(2018, Act.PLANS_ASSESSED, LocalDate.of(2017, 12, 20), Timeliness.ON_TIME, LocalDate.of(2017, 12, 15)),
                tuple(2018, Act.REPORT_SUBMITTED, LocalDate.of(2019, 4, 1), Timeliness.MISSING, null),
                tuple(2018, Act.REPORT_ASSESSED, null, Timeliness.NOT_YET_DUE, null),
                tuple(2019, Act.PLANS_ASSESSED, LocalDate.of(2018, 12, 20), Timeliness.LATE, LocalDate.of(2019, 1, 10)),
                tuple(2019, Act.REPORT_SUBMITTED, LocalDate.of(2020, 4, 1), Timeliness.MISSING, null),
                tuple(2019, Act.REPORT_ASSESSED, null, Timeliness.NOT_YET_DUE, null),
                tuple(2020, Act.PLANS_ASSESSED, LocalDate.of(2019, 12, 20), Timeliness.MISSING, null));
    }

    @Test
    void the_assessment_of_a_submitted_report_with_conditions_is_in_the_cycle_with_the_ministrys_note() throws Exception {
        // given: every file of 2019 sent and approved, and the report submitted
        for (var partner : java.util.List.of(WOMEN_INC, nl.voortgang.core.WorldFixture.NVR)) {
            String p = partner.value();
            world.submit(partner, "begroting-2019.csv", LocalDate.of(2018, 9, 10), "alliantie;partner;jaar;kostensoort;begroot;status\n"
                    + "SWH;" + p + ";2019;personeelskosten;40000;definitief\n");
            world.submit(partner, "realisatie-2019.csv", LocalDate.of(2020, 3, 10), "alliantie;partner;jaar;kostensoort;gerealiseerd\n"
                    + "SWH;" + p + ";2019;personeelskosten;39000\n");
            world.submit(partner, "indicatoren-2019.csv", LocalDate.of(2020, 3, 15), "alliantie;partner;jaar;indicator;waarde\n"
                    + "SWH;" + p + ";2019;I1.1;100\n");
        }
        world.submit(WOMEN_INC, "activiteiten-2019.csv", LocalDate.of(2020, 3, 15), "alliantie;partner;jaar;activiteit;status;gereed_op\n"
                + "SWH;WOMEN-INC;2019;SWH-19-01;uitgevoerd;2019-11-30\n");
        world.submit(WOMEN_INC, "verslag-2019.csv", LocalDate.of(2020, 3, 15), "alliantie;partner;jaar;onderwerp;gedaan\n"
                + "SWH;WOMEN-INC;2019;SWH-19-01;Vier trainingen.\n");
        for (var s : world.store().submissions().currentFor(SWH)) {
            world.store().review().approve(s.key(), "J. de Vries", null);
        }
        submission.submit(SWH, 2019, "J. de Vries");

        // when
        ministry.record(SWH, 2019, AssessedDocument.REPORT, AssessmentOutcome.WITH_CONDITIONS, LocalDate.of(2020, 4, 2),
                "Lever vóór 1 juli de onderbouwing van de personeelskosten.", "J. de Vries");

        // then
        var steps = submission.current(ReportScope.year(SWH, 2019)).cycle().steps();
        assertThat(steps).filteredOn(s -> s.year() == 2019 && s.act() != Act.PLANS_ASSESSED)
                .extracting(Step::act, Step::status, Step::by, Step::outcome, Step::note).containsExactly(
                        tuple(Act.REPORT_SUBMITTED, Timeliness.LATE, "J. de Vries", null, null),
                        tuple(Act.REPORT_ASSESSED, Timeliness.ON_TIME, "J. de Vries", AssessmentOutcome.WITH_CONDITIONS,
                                "Lever vóór 1 juli de onderbouwing van de personeelskosten."));
    }
}
