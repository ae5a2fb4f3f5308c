package nl.voortgang.core.submission;

import static nl.voortgang.core.WorldFixture.NVR;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.voortgang.core.WorldFixture;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import org.junit.jupiter.api.Test;

/**
 * A fault in the program while it checks a file (here: the alliances cannot be read) is not the partner's mistake and
 * must not stop everything: that one file is refused, saying that the program could not check it, kept with that
 * reason, and checked again when it comes again.
 */
class AFileTheProgramCannotCheckTests {

    private final WorldFixture world = WorldFixture.samenWerktHet(LocalDate.of(2019, 6, 1));
    private boolean broken = true;

    private final Alliances alliances = new Alliances() {
        @Override
        public Optional<Alliance> find(AllianceCode code) {
            if (broken) {
                throw new IllegalStateException("the alliances could not be read");
            }
            return world.store().alliances().find(code);
        }

        @Override
        public List<Alliance> all() {
            return world.store().alliances().all();
        }

        @Override
        public void save(Alliance alliance) {
            world.store().alliances().save(alliance);
        }
    };

    private final SubmissionIntake intake = new SubmissionIntake(world.store().organisations(), alliances, world.store().submissions(),
            world.store().submissions(), Clock.fixed(Instant.parse("2019-03-15T11:00:00Z"), WorldFixture.AMSTERDAM));

    private static IncomingFile file() {
        return IncomingFile.of(NVR, "realisatie.csv", "alliantie;partner;jaar;kostensoort;gerealiseerd\nSWH;NVR;2018;overheadkosten;6.790,87\n"
                .getBytes(StandardCharsets.UTF_8), Instant.parse("2019-03-15T11:00:00Z"), "NVR");
    }

    @Test
    void the_file_is_refused_saying_that_the_program_failed_and_nothing_of_it_is_stored() {
        var outcome = intake.submit(file());

        assertThat(outcome.status()).isEqualTo(SubmissionIntake.Status.REJECTED);
        assertThat(outcome.errors()).extracting(Problem::code, Problem::line).containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.CHECK_FAILED, 0L));
        assertThat(outcome.errors().get(0).message()).isEqualTo("Dit bestand kon niet worden gecontroleerd door een fout in het programma "
                + "(IllegalStateException: the alliances could not be read); het is geweigerd en bewaard.");
        assertThat(world.store().submissions().all()).isEmpty();
    }

    @Test
    void the_same_file_once_the_program_works_again_is_checked_again_and_accepted() {
        intake.submit(file());
        broken = false;

        var again = intake.submit(file());

        assertThat(again.status()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
        assertThat(intake.submit(file()).status()).isEqualTo(SubmissionIntake.Status.ALREADY_INGESTED);
    }
}
