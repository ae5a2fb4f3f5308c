package nl.voortgang.core.submission;

import static nl.voortgang.core.WorldFixture.NVR;
import static nl.voortgang.core.WorldFixture.SWH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.voortgang.core.WorldFixture;
import nl.voortgang.core.money.Money;
import org.junit.jupiter.api.Test;

/** A newer submission for the same partner, alliance, year and kind supersedes the older; the older stays in the history. */
class SupersedingVersionsTests {

    private static final String HEADER = "alliantie;partner;jaar;kostensoort;gerealiseerd;toelichting\n";
    private final WorldFixture world = WorldFixture.samenWerktHet(LocalDate.of(2019, 6, 1));

    @Test
    void a_newer_version_becomes_current_and_the_older_is_kept_as_superseded() {
        // given
        var first = world.submit(NVR, "realisatie-2018.csv", LocalDate.of(2019, 3, 15), HEADER + "SWH;NVR;2018;personeelskosten;31.260,14;\n");
        // when
        var second = world.submit(NVR, "realisatie-2018-gecorrigeerd.csv", LocalDate.of(2019, 3, 29),
                HEADER + "SWH;NVR;2018;personeelskosten;28.260,14;Boekingsfout hersteld\n");
        // then
        SubmissionKey key = new SubmissionKey(SWH, NVR, 2018, SubmissionKind.EXPENDITURE);
        var history = world.store().submissions().history(key);
        assertThat(history).extracting(Submission::version, Submission::state, Submission::fileName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, Submission.State.SUPERSEDED, "realisatie-2018.csv"),
                org.assertj.core.groups.Tuple.tuple(2, Submission.State.ACCEPTED, "realisatie-2018-gecorrigeerd.csv"));
        assertThat(history.get(0).supersededBy()).isEqualTo(second.submission().id());
        assertThat(world.store().submissions().current(key)).contains(second.submission());
        assertThat(world.store().submissions().expenditureTotals(first.submission().id()).get(0).amount()).isEqualTo(Money.euros("31260.14"));
        assertThat(world.store().submissions().expenditureTotals(second.submission().id()).get(0).amount()).isEqualTo(Money.euros("28260.14"));
    }

    @Test
    void the_same_file_sent_twice_is_recognised_and_not_stored_again() {
        String csv = HEADER + "SWH;NVR;2018;overheadkosten;6.790,87;\n";
        world.submit(NVR, "realisatie.csv", LocalDate.of(2019, 3, 15), csv);

        var again = world.submit(NVR, "realisatie (kopie).csv", LocalDate.of(2019, 3, 16), csv);

        assertThat(again.status()).isEqualTo(SubmissionIntake.Status.ALREADY_INGESTED);
        assertThat(again.submission().fileName()).isEqualTo("realisatie.csv");
        assertThat(world.store().submissions().all()).hasSize(1);
    }

    @Test
    void versions_are_counted_per_kind_so_a_budget_does_not_supersede_an_expenditure_file() {
        world.submit(NVR, "realisatie.csv", LocalDate.of(2019, 3, 15), HEADER + "SWH;NVR;2018;overheadkosten;100;\n");
        world.submit(NVR, "begroting.csv", LocalDate.of(2017, 9, 15),
                "alliantie;partner;jaar;kostensoort;begroot;status\nSWH;NVR;2018;overheadkosten;100;definitief\n");

        assertThat(world.store().submissions().currentFor(SWH)).extracting(Submission::version).containsExactly(1, 1);
    }

    @Test
    void once_a_budget_is_definitive_a_new_version_must_be_definitive_too() {
        String header = "alliantie;partner;jaar;kostensoort;begroot;status\n";
        world.submit(NVR, "begroting.csv", LocalDate.of(2017, 9, 15), header + "SWH;NVR;2018;overheadkosten;7000;definitief\n");

        var draft = world.submit(NVR, "begroting-concept.csv", LocalDate.of(2017, 10, 1), header + "SWH;NVR;2018;overheadkosten;8000;concept\n");

        assertThat(draft.status()).isEqualTo(SubmissionIntake.Status.REJECTED);
        assertThat(draft.errors()).extracting(p -> p.message()).containsExactly(
                "De begroting van NVR voor 2018 is al definitief; een nieuwe versie moet ook definitief zijn.");
    }
}
