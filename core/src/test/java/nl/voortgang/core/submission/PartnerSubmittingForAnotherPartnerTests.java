package nl.voortgang.core.submission;

import static nl.voortgang.core.WorldFixture.ATRIA;
import static nl.voortgang.core.WorldFixture.MOVISIE;
import static nl.voortgang.core.WorldFixture.NVR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.voortgang.core.WorldFixture;
import nl.voortgang.core.csv.Problem;
import org.junit.jupiter.api.Test;

/** A partner may only submit figures about itself; who sent a file is known from where it arrived. */
class PartnerSubmittingForAnotherPartnerTests {

    private static final String HEADER = "alliantie;partner;jaar;kostensoort;begroot;status\n";
    private final WorldFixture world = WorldFixture.samenWerktHet(LocalDate.of(2017, 9, 1));

    @Test
    void rows_about_another_partner_reject_the_whole_file_and_store_nothing() {
        var outcome = world.submit(NVR, "begroting.csv", LocalDate.of(2017, 9, 10), HEADER
                + "SWH;NVR;2018;personeelskosten;30000;definitief\n"
                + "SWH;MOVISIE;2018;overheadkosten;11000;definitief\n");

        assertThat(outcome.status()).isEqualTo(SubmissionIntake.Status.REJECTED);
        assertThat(outcome.errors()).extracting(Problem::line, Problem::column, Problem::value, Problem::message).containsExactly(
                tuple(3L, "partner", "MOVISIE", "Dit bestand komt van NVR, maar deze regel gaat over MOVISIE. Een partner levert alleen cijfers over zichzelf."));
        assertThat(outcome.errors().get(0).hint()).isEqualTo("Laat MOVISIE zijn eigen bestand sturen, of zet NVR in de kolom 'partner'.");
        assertThat(world.store().submissions().all()).isEmpty();
    }

    @Test
    void what_the_file_claims_does_not_change_who_sent_it() {
        var outcome = world.submit(MOVISIE, "begroting.csv", LocalDate.of(2017, 9, 10), HEADER + "SWH;NVR;2018;personeelskosten;30000;definitief\n");

        assertThat(outcome.errors()).extracting(Problem::message).containsExactly(
                "Dit bestand komt van MOVISIE, maar deze regel gaat over NVR. Een partner levert alleen cijfers over zichzelf.");
    }

    @Test
    void an_organisation_that_is_not_a_member_that_year_cannot_report_for_the_alliance() {
        var outcome = world.submit(ATRIA, "begroting.csv", LocalDate.of(2017, 9, 10), HEADER + "SWH;ATRIA;2018;personeelskosten;1000;definitief\n");

        assertThat(outcome.errors()).extracting(Problem::message).containsExactly(
                "ATRIA is in 2018 geen partner van alliantie SWH (Samen werkt het!).");
    }

    @Test
    void a_membership_that_ended_ends_the_right_to_report() {
        var outcome = world.submit(MOVISIE, "begroting-2019.csv", LocalDate.of(2018, 9, 10), HEADER + "SWH;MOVISIE;2019;personeelskosten;1000;definitief\n");

        assertThat(outcome.errors()).extracting(Problem::message).containsExactly(
                "MOVISIE is in 2019 geen partner van alliantie SWH (Samen werkt het!).");
    }

    @Test
    void an_unknown_sender_is_refused_before_the_file_is_read() {
        var outcome = world.submit(nl.voortgang.core.organisation.OrganisationCode.of("ONBEKEND"), "begroting.csv",
                LocalDate.of(2017, 9, 10), HEADER + "SWH;ONBEKEND;2018;personeelskosten;1000;definitief\n");

        assertThat(outcome.errors()).extracting(Problem::message, Problem::hint).containsExactly(org.assertj.core.api.Assertions.tuple(
                "Partner ONBEKEND is onbekend: er is geen organisatie met die code.",
                "Gebruik de code van de partner die het bestand stuurde: MOVISIE, NVR, WOMEN-INC."));
    }
}
