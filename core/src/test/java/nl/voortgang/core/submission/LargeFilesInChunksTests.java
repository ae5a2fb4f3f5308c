package nl.voortgang.core.submission;

import static nl.voortgang.core.WorldFixture.NVR;
import static nl.voortgang.core.WorldFixture.SWH;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.voortgang.core.WorldFixture;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A file of more than one chunk goes through the intake a step at a time: registered with its first chunk, the other
 * chunks stored while the rest is checked, then accepted; or refused, and what it stored removed. An intake that stops
 * half-way (the process died) goes on where it stopped when the same file comes again. Chunks of 3 rows here.
 */
class LargeFilesInChunksTests {

    private static final LocalDate RECEIVED = LocalDate.of(2019, 3, 15);
    private final WorldFixture world = WorldFixture.samenWerktHet(LocalDate.of(2019, 6, 1));
    private final SubmissionIntake intake = world.intake(RECEIVED).withChunksOf(3);

    private static IncomingFile ledger(int rows, int movisieAt) {
        StringBuilder csv = new StringBuilder("alliantie;partner;jaar;kostensoort;gerealiseerd\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("SWH;").append(i == movisieAt ? "MOVISIE" : "NVR").append(";2018;personeelskosten;").append(i).append(",00\n");
        }
        return IncomingFile.of(NVR, "boekhouding.csv", csv.toString().getBytes(StandardCharsets.UTF_8), Instant.parse("2019-03-15T11:00:00Z"), "NVR");
    }

    @Test
    void a_file_of_ten_rows_is_registered_stored_in_four_chunks_and_then_accepted_whole() {
        List<Intake.Step> steps = new ArrayList<>();
        SubmissionIntake.Outcome outcome;
        try (Intake running = intake.open(ledger(10, 0))) {
            while (!running.isDone()) {
                steps.add(running.step());
                if (!running.isDone()) {
                    assertThat(world.store().submissions().all()).as("nothing counts before it is accepted").isEmpty();
                }
            }
            outcome = running.outcome();
        }

        assertThat(steps).containsExactly(Intake.Step.REGISTERED, Intake.Step.STORED, Intake.Step.STORED, Intake.Step.ACCEPTED);
        assertThat(outcome.status()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
        assertThat(world.store().submissions().expenditureTotals(outcome.submission().id()))
                .extracting(ExpenditureTotal::amount, ExpenditureTotal::lines).containsExactly(org.assertj.core.groups.Tuple.tuple(Money.euros(55), 10L));
    }

    @Test
    void an_intake_that_stopped_half_way_goes_on_where_it_stopped_and_stores_no_row_twice() {
        try (Intake first = intake.open(ledger(10, 0))) {
            first.step();
            first.step();
            assertThat(first.rowsStored()).isEqualTo(6);
        }

        var again = intake.submit(ledger(10, 0));

        assertThat(again.status()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
        assertThat(world.store().submissions().rows(again.submission().id(), ExpenditureFile.DESCRIPTOR))
                .extracting(e -> e.amount().amount().intValue()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(world.store().submissions().history(new SubmissionKey(SWH, NVR, 2018, SubmissionKind.EXPENDITURE))).hasSize(1);
    }

    @Test
    void a_file_refused_after_some_of_its_chunks_were_stored_leaves_nothing_but_its_refusal() {
        List<Intake.Step> steps = new ArrayList<>();
        SubmissionIntake.Outcome outcome;
        try (Intake running = intake.open(ledger(10, 8))) {
            while (!running.isDone()) {
                steps.add(running.step());
            }
            outcome = running.outcome();
        }

        assertThat(steps).containsExactly(Intake.Step.REGISTERED, Intake.Step.STORED, Intake.Step.REFUSED, Intake.Step.DISCARDED);
        assertThat(outcome.errors()).extracting(Problem::line, Problem::code).containsExactly(org.assertj.core.groups.Tuple.tuple(9L,
                ProblemCode.OTHER_PARTNER));
        assertThat(world.store().submissions().all()).isEmpty();
        assertThat(world.store().submissions().earlier(NVR, checksumOf(ledger(10, 8)))).isInstanceOf(SubmissionStore.Refused.class);
        assertThat(intake.submit(ledger(10, 8)).status()).isEqualTo(SubmissionIntake.Status.ALREADY_REJECTED);
    }

    private static Checksum checksumOf(IncomingFile file) {
        return ((IncomingFile.InMemory) file.content()).checksum();
    }
}
