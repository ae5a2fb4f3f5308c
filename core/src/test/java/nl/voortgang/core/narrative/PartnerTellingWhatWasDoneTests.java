package nl.voortgang.core.narrative;

import static nl.voortgang.core.WorldFixture.NVR;
import static nl.voortgang.core.WorldFixture.SWH;
import static nl.voortgang.core.WorldFixture.WOMEN_INC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.voortgang.core.WorldFixture;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.progress.ProgressReport.OutcomeSection;
import nl.voortgang.core.progress.ProgressReport.Story;
import nl.voortgang.core.progress.ReportScope;
import nl.voortgang.core.submission.SubmissionIntake;
import org.junit.jupiter.api.Test;

/**
 * A partner tells in words, per activity or per outcome, what it did, what came of it, what it learned and why it
 * differs from the plan; the report prints it with the figures it belongs to.
 */
class PartnerTellingWhatWasDoneTests {

    private static final String HEADER = "alliantie;partner;jaar;onderwerp;gedaan;resultaten;lessen;verschil_met_plan\n";

    private final WorldFixture world = WorldFixture.samenWerktHet(LocalDate.of(2019, 6, 1));

    @Test
    void a_narrative_about_own_activities_and_an_outcome_is_accepted_with_its_paragraphs_and_printed_under_the_outcome() throws Exception {
        // given: NVR tells about both its activities of 2018, one in two paragraphs written on Windows, and about U1
        var outcome = world.submit(NVR, "verslag-2018.csv", LocalDate.of(2019, 3, 20), HEADER
                + "SWH;NVR;2018;SWH-18-02;\"Drie bijeenkomsten met gemeenten.\r\n\r\n  Daarna een handreiking.  \";Tien gemeenten doen mee.;;\n"
                + "SWH;NVR;2018;SWH-18-03;;;Wachten op de Kamer kost tijd.;De hoorzitting is naar 2019 verschoven.\n"
                + "SWH;NVR;2018;U1;;Onze vraagbaak hielp 300 vrouwen.;;\n");

        // then
        assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
        var report = world.store().progressReports().build(ReportScope.year(SWH, 2018));
        OutcomeSection u1 = report.outcomes().stream().filter(o -> o.code().equals("U1")).findFirst().orElseThrow();
        assertThat(u1.stories()).extracting(Story::activity, Story::done, Story::results, Story::aboutTheOutcome).containsExactly(
                tuple("SWH-18-02", "Drie bijeenkomsten met gemeenten.\nDaarna een handreiking.", "Tien gemeenten doen mee.", false),
                tuple(null, null, "Onze vraagbaak hielp 300 vrouwen.", true));
        assertThat(u1.stories().get(0).partner().code()).isEqualTo(NVR);
        OutcomeSection u3 = report.outcomes().stream().filter(o -> o.code().equals("U3")).findFirst().orElseThrow();
        assertThat(u3.stories()).singleElement().satisfies(story -> {
            assertThat(story.activityDescription()).isEqualTo("Activiteit SWH-18-03");
            assertThat(story.lessons()).isEqualTo("Wachten op de Kamer kost tijd.");
            assertThat(story.differences()).isEqualTo("De hoorzitting is naar 2019 verschoven.");
            assertThat(report.sources().get(story.source() - 1).kind()).isEqualTo(nl.voortgang.core.submission.SubmissionKind.NARRATIVE);
        });
    }

    @Test
    void a_narrative_is_about_the_senders_own_activities_of_the_year_or_an_outcome_each_once_and_tells_something() {
        var outcome = world.submit(NVR, "verslag-2018.csv", LocalDate.of(2019, 3, 20), HEADER
                + "SWH;NVR;2018;SWH-18-02;Gedaan.;;;\n"
                + "SWH;NVR;2018;SWH-18-01;Gedaan.;;;\n"
                + "SWH;NVR;2018;SWH-19-01;Gedaan.;;;\n"
                + "SWH;NVR;2018;U9;Gedaan.;;;\n"
                + "SWH;NVR;2018;SWH-18-02;Nog eens.;;;\n"
                + "SWH;NVR;2018;U3;;;;\n");

        assertThat(outcome.status()).isEqualTo(SubmissionIntake.Status.REJECTED);
        assertThat(outcome.errors()).extracting(Problem::line, Problem::column, Problem::code, Problem::message).containsExactly(
                tuple(3L, "onderwerp", ProblemCode.ACTIVITY_OF_OTHER_PARTNER,
                        "Activiteit SWH-18-01 is de verantwoordelijkheid van WOMEN-INC; NVR vertelt alleen over eigen activiteiten."),
                tuple(4L, "onderwerp", ProblemCode.ACTIVITY_OTHER_YEAR, "Activiteit SWH-19-01 staat in het plan voor 2019, niet voor 2018."),
                tuple(5L, "onderwerp", ProblemCode.UNKNOWN_SUBJECT,
                        "U9 is geen activiteit uit het activiteitenplan en geen uitkomst uit de theory of change van SWH."),
                tuple(6L, "onderwerp", ProblemCode.DUPLICATE_ROW, "Over SWH-18-02 staat al een verhaal op regel 2."),
                tuple(7L, "gedaan", ProblemCode.NARRATIVE_EMPTY,
                        "De regel vertelt niets: 'gedaan', 'resultaten', 'lessen' en 'verschil_met_plan' zijn leeg."));
        assertThat(world.store().submissions().all()).isEmpty();
    }

    @Test
    void a_text_longer_than_fits_its_page_is_refused_saying_where_and_how_long() {
        String tooLong = "a".repeat(1201);
        String manyParagraphs = String.join("\n", "een", "twee", "drie", "vier", "vijf", "zes", "zeven");
        var outcome = world.submit(WOMEN_INC, "verslag-2018.csv", LocalDate.of(2019, 3, 20), HEADER
                + "SWH;WOMEN-INC;2018;SWH-18-01;" + tooLong + ";\"" + manyParagraphs + "\";;\n");

        assertThat(outcome.errors()).extracting(Problem::line, Problem::column, Problem::code, Problem::message).containsExactly(
                tuple(2L, "gedaan", ProblemCode.TEXT_TOO_LONG, "De tekst is 1201 tekens lang; hoogstens 1200 passen op de bladzijde van het verslag."),
                tuple(2L, "resultaten", ProblemCode.TOO_MANY_PARAGRAPHS, "De tekst heeft 7 alinea's; hoogstens 6 passen."));
    }

    @Test
    void telling_about_an_outcome_without_an_own_activity_for_it_is_a_warning_that_does_not_refuse() {
        var outcome = world.submit(WOMEN_INC, "verslag-2018.csv", LocalDate.of(2019, 3, 20), HEADER
                + "SWH;WOMEN-INC;2018;U3;Wij schreven mee aan de consultatie.;;;\n");

        assertThat(outcome.status()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
        assertThat(outcome.submission().warnings()).extracting(Problem::line, Problem::code, Problem::message).containsExactly(
                tuple(2L, ProblemCode.OUTCOME_WITHOUT_OWN_ACTIVITY, "WOMEN-INC heeft in 2018 geen activiteit voor uitkomst U3."));
    }
}
