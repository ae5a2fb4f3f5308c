package nl.voortgang.core.review;

import static nl.voortgang.core.WorldFixture.NVR;
import static nl.voortgang.core.WorldFixture.SWH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.voortgang.core.WorldFixture;
import nl.voortgang.core.submission.SubmissionIntake;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.SubmissionKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lead organisation approves a partner's submission or returns it with a note; each act is kept, with who and when. */
class LeadOrganisationReviewingPartnerSubmissionsTests {

    private static final String HEADER = "alliantie;partner;jaar;kostensoort;gerealiseerd\n";
    private static final SubmissionKey NVR_SPENDING_2018 = new SubmissionKey(SWH, NVR, 2018, SubmissionKind.EXPENDITURE);

    private WorldFixture world;
    private SubmissionReview review;

    @BeforeEach
    void nvrSendsItsSpendingFor2018() {
        // given
        world = WorldFixture.samenWerktHet(LocalDate.of(2019, 4, 2));
        review = world.store().review();
        send("realisatie-2018.csv", LocalDate.of(2019, 3, 15), "SWH;NVR;2018;personeelskosten;30000\n");
    }

    private void send(String file, LocalDate on, String rows) {
        var outcome = world.submit(NVR, file, on, HEADER + rows);
        assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
    }

    private ReviewState stateOfCurrent() {
        return review.stateOf(world.store().submissions().current(NVR_SPENDING_2018).orElseThrow());
    }

    @Test
    void a_submission_that_passed_the_checks_is_received_until_someone_reviews_it() {
        assertThat(stateOfCurrent()).isEqualTo(ReviewState.RECEIVED);
    }

    @Test
    void approving_keeps_who_approved_it_when_and_the_note() throws ReviewRefused {
        // when
        ReviewAct act = review.approve(NVR_SPENDING_2018, "  J. de Vries ", "Klopt met de jaarrekening.");

        // then
        assertThat(stateOfCurrent()).isEqualTo(ReviewState.APPROVED);
        assertThat(act.by()).isEqualTo("J. de Vries");
        assertThat(act.at()).isEqualTo(world.clock().instant());
        assertThat(act.note()).isEqualTo("Klopt met de jaarrekening.");
        assertThat(review.history(world.store().submissions().current(NVR_SPENDING_2018).orElseThrow())).containsExactly(act);
    }

    @Test
    void a_returned_submission_is_answered_by_a_new_version_which_is_received_anew_and_can_then_be_approved() throws ReviewRefused {
        // given
        review.returnForRevision(NVR_SPENDING_2018, "J. de Vries", "De communicatiekosten ontbreken.");
        assertThat(stateOfCurrent()).isEqualTo(ReviewState.RETURNED);

        // when
        send("realisatie-2018-v2.csv", LocalDate.of(2019, 3, 29), "SWH;NVR;2018;personeelskosten;30000\nSWH;NVR;2018;communicatiekosten;10000\n");

        // then
        assertThat(stateOfCurrent()).isEqualTo(ReviewState.RECEIVED);
        review.approve(NVR_SPENDING_2018, "J. de Vries", null);
        assertThat(stateOfCurrent()).isEqualTo(ReviewState.APPROVED);
        var first = world.store().submissions().history(NVR_SPENDING_2018).get(0);
        assertThat(review.stateOf(first)).as("the returned version keeps its state in the history").isEqualTo(ReviewState.RETURNED);
    }

    @Test
    void returning_without_a_note_is_refused_because_the_partner_must_hear_what_to_change() {
        assertThatThrownBy(() -> review.returnForRevision(NVR_SPENDING_2018, "J. de Vries", "  "))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("Een bestand gaat terug met een toelichting: zeg de partner wat er anders moet.");
        assertThat(stateOfCurrent()).isEqualTo(ReviewState.RECEIVED);
    }

    @Test
    void an_approved_version_is_not_approved_again_nor_returned_a_correction_comes_as_a_new_version() throws ReviewRefused {
        review.approve(NVR_SPENDING_2018, "J. de Vries", null);

        assertThatThrownBy(() -> review.returnForRevision(NVR_SPENDING_2018, "A. Jansen", "Toch niet."))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("Versie 1 (realisatie-2018.csv) is al goedgekeurd door J. de Vries op 2 april 2019. "
                        + "Een correctie komt als nieuwe versie van de partner; die wordt opnieuw beoordeeld.");
        assertThatThrownBy(() -> review.approve(NVR_SPENDING_2018, "A. Jansen", null)).isInstanceOf(ReviewRefused.class);
        assertThat(review.history(world.store().submissions().current(NVR_SPENDING_2018).orElseThrow())).hasSize(1);
    }

    @Test
    void a_file_that_was_refused_at_ingest_is_no_submission_and_cannot_be_approved() {
        // given: NVR's 2018 activity report was refused (a number where a status belongs)
        var refused = world.submit(NVR, "activiteiten-2018.csv", LocalDate.of(2019, 3, 20),
                "alliantie;partner;jaar;activiteit;status\nSWH;NVR;2018;SWH-18-02;12\n");
        assertThat(refused.status()).isEqualTo(SubmissionIntake.Status.REJECTED);

        // when, then
        assertThatThrownBy(() -> review.approve(new SubmissionKey(SWH, NVR, 2018, SubmissionKind.ACTIVITY_PROGRESS), "J. de Vries", null))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("Er is geen activiteiten 2018 van NVR voor SWH opgeslagen. Een geweigerd bestand is geen indiening en kan niet "
                        + "worden beoordeeld: de partner stuurt een verbeterde versie.");
    }

    @Test
    void an_act_of_review_is_done_by_someone() {
        assertThatThrownBy(() -> review.approve(NVR_SPENDING_2018, " ", null))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("Wie beoordeelt? Geef een naam (met --as NAAM op de opdrachtregel).");
    }

    @Test
    void a_note_longer_than_a_paragraph_is_refused_with_its_length() {
        assertThatThrownBy(() -> review.returnForRevision(NVR_SPENDING_2018, "J. de Vries", "x".repeat(2001)))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("De toelichting is 2001 tekens lang; houd haar onder de 2000 tekens.");
    }
}
