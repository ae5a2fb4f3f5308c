package nl.voortgang.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two nightly runs at once on the same data directory: the second refuses, and the first finishes as if alone. */
class ConcurrentNightlyRunsTests {

    @TempDir
    Path work;

    @Test
    void the_second_of_two_runs_at_once_refuses_with_a_clear_message_and_does_nothing() throws Exception {
        NightlyRun nightly = new NightlyRun(work);
        nightly.addLargeLedger(150_000);
        Process first = nightly.start();
        NightlyRun.readUntil(first, line -> line.contains(": geaccepteerd als versie"));

        NightlyRun.Result second = nightly.run();

        assertThat(second.exitCode()).isEqualTo(3);
        assertThat(second.err()).isEqualTo("De gegevensmap " + nightly.data + " is in gebruik door een andere voortgang-run; deze run doet niets. "
                + "Probeer het opnieuw als die klaar is.\n");
        assertThat(NightlyRun.finish(first)).isEqualTo(2);
        assertThat(NightlyRun.files(nightly.inbox)).isEmpty();
        assertThat(NightlyRun.files(work.resolve("archief"))).hasSize(108);
    }
}
