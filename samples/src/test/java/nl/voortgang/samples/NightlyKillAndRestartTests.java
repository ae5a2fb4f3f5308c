package nl.voortgang.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A nightly run killed ({@code kill -9}) at different moments, then started again, ends in the same state as a run
 * that was never interrupted: the same submissions and rows stored, the same files moved, the same reports.
 */
class NightlyKillAndRestartTests {

    private static final int LARGE = 200_000;

    @TempDir
    static Path work;

    private static NightlyState uninterrupted;

    @BeforeAll
    static void anUninterruptedRun() throws Exception {
        NightlyRun nightly = new NightlyRun(Files.createDirectories(work.resolve("uninterrupted")));
        nightly.addLargeLedger(LARGE);
        assertThat(nightly.run().exitCode()).isEqualTo(2);
        uninterrupted = nightly.state();
    }

    static Stream<Arguments> moments() {
        Predicate<String> halfwayTheInbox = counting(line -> line.contains(": geaccepteerd als versie"), 30);
        Predicate<String> justBeforeTheLargeFile = line -> line.startsWith("NVR 2020-03-25_indicatoren-WEDT-2019.csv:");
        Predicate<String> writingTheReports = line -> line.startsWith("PDF geschreven:");
        return Stream.of(Arguments.of("half-way the inbox", halfwayTheInbox, 0L), Arguments.of("in the middle of a large file",
                justBeforeTheLargeFile, 2500L), Arguments.of("while writing the reports", writingTheReports, 0L));
    }

    @ParameterizedTest(name = "killed {0}")
    @MethodSource("moments")
    void a_run_killed_and_started_again_ends_as_an_uninterrupted_run(String moment, Predicate<String> when, long thenWaitMillis) throws Exception {
        NightlyRun nightly = new NightlyRun(Files.createDirectories(work.resolve(moment.replace(' ', '-'))));
        nightly.addLargeLedger(LARGE);
        Process process = nightly.start();
        List<String> printed = NightlyRun.readUntil(process, when);
        Thread.sleep(thenWaitMillis);
        process.destroyForcibly().waitFor();
        assertThat(NightlyRun.files(nightly.out)).as("killed before it finished; it printed %s", printed)
                .doesNotContain("nachtelijke-run.json");

        NightlyRun.Result restarted = nightly.run();

        assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isEqualTo(2);
        assertThat(restarted.out()).contains("Nachtelijke run 1 was niet afgemaakt; die gaat verder waar hij stopte.");
        NightlyRun.assertSameState(nightly.state(), uninterrupted);
    }

    private static Predicate<String> counting(Predicate<String> line, int times) {
        int[] seen = {0};
        return text -> line.test(text) && ++seen[0] >= times;
    }
}
