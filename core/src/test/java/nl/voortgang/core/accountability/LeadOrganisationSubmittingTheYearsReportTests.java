package nl.voortgang.core.accountability;

import static nl.voortgang.core.WorldFixture.NVR;
import static nl.voortgang.core.WorldFixture.SWH;
import static nl.voortgang.core.WorldFixture.WOMEN_INC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.voortgang.core.WorldFixture;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.progress.Cycle.Difference;
import nl.voortgang.core.progress.Cycle.Topic;
import nl.voortgang.core.progress.ProgressReport;
import nl.voortgang.core.progress.ReportScope;
import nl.voortgang.core.submission.SubmissionIntake;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.SubmissionKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lead organisation submits the alliance's report for 2019 once every file the year owes is there and approved; the
 * versions it used are frozen, so that the submitted report can be made again as it was after a correction arrives.
 */
class LeadOrganisationSubmittingTheYearsReportTests {

    private WorldFixture world;
    private ReportSubmission submission;

    @BeforeEach
    void thePartnersSendTheirFilesFor2019() {
        world = WorldFixture.samenWerktHet(LocalDate.of(2020, 4, 2));
        submission = world.store().reportSubmission();
        for (OrganisationCode partner : List.of(WOMEN_INC, NVR)) {
            String p = partner.value();
            send(partner, "begroting-2019.csv", LocalDate.of(2018, 9, 10), "alliantie;partner;jaar;kostensoort;begroot;status\n"
                    + "SWH;" + p + ";2019;personeelskosten;40000;definitief\n");
            send(partner, "realisatie-2019.csv", LocalDate.of(2020, 3, 10), "alliantie;partner;jaar;kostensoort;gerealiseerd\n"
                    + "SWH;" + p + ";2019;personeelskosten;39000\n");
            send(partner, "indicatoren-2019.csv", LocalDate.of(2020, 3, 15), "alliantie;partner;jaar;indicator;waarde\n"
                    + "SWH;" + p + ";2019;I1.1;100\n");
        }
        send(WOMEN_INC, "activiteiten-2019.csv", LocalDate.of(2020, 3, 15), "alliantie;partner;jaar;activiteit;status;gereed_op\n"
                + "SWH;WOMEN-INC;2019;SWH-19-01;uitgevoerd;2019-11-30\n");
        send(WOMEN_INC, "verslag-2019.csv", LocalDate.of(2020, 3, 15), "alliantie;partner;jaar;onderwerp;gedaan\n"
                + "SWH;WOMEN-INC;2019;SWH-19-01;Vier trainingen in Rotterdam en Utrecht.\n");
    }

    private void send(OrganisationCode partner, String file, LocalDate on, String csv) {
        var outcome = world.submit(partner, file, on, csv);
        assertThat(outcome.status()).as(file + " " + outcome.problems()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
    }

    private void approveEveryFile() throws Exception {
        for (var s : world.store().submissions().currentFor(SWH)) {
            if (s.key().year() == 2019) {
                world.store().review().approve(s.key(), "J. de Vries", null);
            }
        }
    }

    private static Money realised(ProgressReport report, OrganisationCode partner) {
        return report.finances().perPartner().stream().filter(t -> t.partner().code().equals(partner)).findFirst().orElseThrow().realised();
    }

    @Test
    void submitting_with_files_not_yet_approved_is_refused_naming_each_of_them() throws Exception {
        assertThatThrownBy(() -> submission.submit(SWH, 2019, "J. de Vries"))
                .isInstanceOf(ReportSubmission.SubmissionRefused.class)
                .satisfies(e -> assertThat(((ReportSubmission.SubmissionRefused) e).problems())
                        .contains("niet goedgekeurd: realisatie 2019 van NVR (v1, ontvangen)",
                                "niet goedgekeurd: activiteiten 2019 van WOMEN-INC (v1, ontvangen)")
                        .hasSize(8));
        assertThat(world.store().reportSubmission().asSubmitted(SWH, 2019)).isEmpty();
    }

    @Test
    void submitting_with_a_file_missing_is_refused_naming_the_file_and_the_partner() throws Exception {
        // given: a world where only WOMEN Inc.'s spending came
        var fresh = WorldFixture.samenWerktHet(LocalDate.of(2020, 4, 2));
        fresh.submit(WOMEN_INC, "realisatie-2019.csv", LocalDate.of(2020, 3, 10),
                "alliantie;partner;jaar;kostensoort;gerealiseerd\nSWH;WOMEN-INC;2019;personeelskosten;39000\n");

        // when, then: every other file owed is named, and the one that came is not approved
        assertThatThrownBy(() -> fresh.store().reportSubmission().submit(SWH, 2019, "J. de Vries"))
                .isInstanceOf(ReportSubmission.SubmissionRefused.class)
                .satisfies(e -> assertThat(((ReportSubmission.SubmissionRefused) e).problems())
                        .contains("ontbreekt: realisatie 2019 van Nederlandse Vrouwen Raad", "ontbreekt: begroting 2019 van WOMEN Inc.",
                                "niet goedgekeurd: realisatie 2019 van WOMEN-INC (v1, ontvangen)"));
    }

    @Test
    void a_submitted_report_is_made_again_as_it_was_after_a_correction_arrives_while_a_new_report_has_the_correction()
            throws Exception {
        // given
        approveEveryFile();
        SubmittedReport done = submission.submit(SWH, 2019, "J. de Vries");
        assertThat(done.versions()).hasSize(8);
        assertThat(done.by()).isEqualTo("J. de Vries");

        // when: NVR corrects its 2019 spending after the submission
        send(NVR, "realisatie-2019-gecorrigeerd.csv", LocalDate.of(2020, 4, 1), "alliantie;partner;jaar;kostensoort;gerealiseerd\n"
                + "SWH;NVR;2019;personeelskosten;41500\n");

        // then
        ProgressReport asSubmitted = submission.asSubmitted(SWH, 2019).orElseThrow();
        ProgressReport now = world.store().progressReports().build(ReportScope.year(SWH, 2019));
        assertThat(realised(asSubmitted, NVR)).isEqualTo(Money.euros(39_000));
        assertThat(realised(now, NVR)).isEqualTo(Money.euros(41_500));
        var submittedSource = asSubmitted.sources().stream().filter(s -> s.partner().code().equals(NVR) && s.kind() == SubmissionKind.EXPENDITURE)
                .findFirst().orElseThrow();
        assertThat(submittedSource.fileName()).isEqualTo("realisatie-2019.csv");
        assertThat(submittedSource.version()).isEqualTo(1);
        assertThat(submittedSource.versions()).as("as it stood: one version, not the two there are now").isEqualTo(1);
        assertThat(submittedSource.review()).isEqualTo(nl.voortgang.core.review.ReviewState.APPROVED);
        assertThat(asSubmitted.submitted()).isEqualTo(new ProgressReport.Submitted("J. de Vries", done.at()));
        assertThat(now.submitted()).as("a report of the current data is not the submitted one").isNull();
        assertThat(world.store().review().stateOf(world.store().submissions()
                .current(new SubmissionKey(SWH, NVR, 2019, SubmissionKind.EXPENDITURE)).orElseThrow()))
                .isEqualTo(nl.voortgang.core.review.ReviewState.RECEIVED);

        // and: the report of current data says that it differs from the submitted one, and how
        var since = submission.current(ReportScope.year(SWH, 2019)).cycle().sinceSubmission();
        assertThat(since.by()).isEqualTo("J. de Vries");
        assertThat(since.differences()).extracting(Difference::topic, Difference::submitted, Difference::now).containsExactly(
                tuple(Topic.FILE, 1, 2),
                tuple(Topic.REALISED, Money.euros(39_000), Money.euros(41_500)),
                tuple(Topic.REALISED, Money.euros(78_000), Money.euros(80_500)));
        assertThat(since.differences().get(0).subject()).isEqualTo("realisatie 2019 van Nederlandse Vrouwen Raad");
        assertThat(since.differences().get(2).subject()).isEqualTo("alliantie");
    }

    @Test
    void a_report_of_the_submitted_years_unchanged_data_says_it_does_not_differ() throws Exception {
        approveEveryFile();
        submission.submit(SWH, 2019, "J. de Vries");

        var since = submission.current(ReportScope.year(SWH, 2019)).cycle().sinceSubmission();
        assertThat(since.differences()).isEmpty();
        assertThat(submission.current(ReportScope.toDate(SWH, 2019)).cycle().sinceSubmission())
                .as("a report to date is not the submitted one of a year").isNull();
    }

    @Test
    void a_years_report_is_submitted_once() throws Exception {
        approveEveryFile();
        submission.submit(SWH, 2019, "J. de Vries");

        assertThatThrownBy(() -> submission.submit(SWH, 2019, "A. Jansen"))
                .isInstanceOf(ReportSubmission.SubmissionRefused.class)
                .hasMessage("De voortgangsrapportage 2019 van SWH is al ingediend door J. de Vries op 2 april 2020.");
    }
}
