package nl.voortgang.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.voortgang.batch.CrashPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A nightly run that dies at every boundary of its work ({@link CrashPoint}: the process halts on the spot, as a power
 * cut would), then the same command again: the database, the inbox, the archive and the rejected area, the PDFs' text
 * and the run's summary all end as those of an uninterrupted run. The inbox is the sample inbox with a large ledger of
 * 200,000 rows, stored in 40 chunks of 5,000, and a file that is set aside without being read (a PDF).
 */
class NightlyCrashPointTests {

    private static final int LARGE = 200_000;

    @TempDir
    static Path work;

    private static NightlyState uninterrupted;
    private static String uninterruptedLastLine;

    @BeforeAll
    static void anUninterruptedRun() throws Exception {
        NightlyRun nightly = new NightlyRun(Files.createDirectories(work.resolve("uninterrupted")));
        prepare(nightly);
        NightlyRun.Result result = nightly.run();
        assertThat(result.exitCode()).isEqualTo(2);
        uninterrupted = nightly.state();
        uninterruptedLastLine = lastSummaryLine(result.out());
        assertThat(uninterruptedLastLine).isEqualTo("Nachtelijke run 1: 111 bestand(en): 108 geaccepteerd, 0 al ingelezen, 3 geweigerd, "
                + "0 niet gelezen (koppelingen en bestanden buiten een partnermap), 0 wachten op de volgende run, 0 mislukt; 5 PDF('s) geschreven.");
    }

    /**
     * The points: a secretariat's file loaded before the others are (and before it is moved); the large file registered
     * with its first chunk; between two of its chunks; after its last chunk, before it is accepted; a partner's file
     * accepted but not yet moved; a file refused but not yet moved; a file set aside without reading it; a file moved;
     * a report half written; the last file of the inbox accepted but not yet moved.
     */
    @ParameterizedTest(name = "halted at {0}")
    @ValueSource(strings = {"reference-accepted:3", "registered", "stored:2", "stored:39", "accepted:20", "accepted:74", "refused", "settled", "moved:40",
            "report-exporting:2"})
    void a_run_halted_at_a_boundary_and_started_again_ends_as_an_uninterrupted_run(String point) throws Exception {
        NightlyRun nightly = new NightlyRun(Files.createDirectories(work.resolve(point.replace(':', '-'))));
        prepare(nightly);
        Process halted = nightly.start("-D" + CrashPoint.PROPERTY + "=" + point);
        halted.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertThat(halted.waitFor()).as("the run halted at %s", point).isEqualTo(CrashPoint.HALTED);
        assertThat(nightly.status().out()).as("a dead run is never shown as running")
                .containsPattern("nightlyJob +1 FAILED +afgebroken").doesNotContain("STARTED");

        NightlyRun.Result restarted = nightly.run();

        assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isEqualTo(2);
        assertThat(restarted.out()).contains("Nachtelijke run 1 was niet afgemaakt; die gaat verder waar hij stopte.");
        assertThat(lastSummaryLine(restarted.out())).isEqualTo(uninterruptedLastLine);
        NightlyRun.assertSameState(nightly.state(), uninterrupted);
    }

    private static void prepare(NightlyRun nightly) throws java.io.IOException {
        nightly.addLargeLedger(LARGE);
        Path pdf = Files.writeString(nightly.inbox.resolve("WOMEN-INC").resolve("2019-03-10_toelichting.pdf"), "%PDF-1.4 niet gelezen");
        Files.setLastModifiedTime(pdf, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
    }

    private static String lastSummaryLine(String out) {
        return out.lines().filter(l -> l.startsWith("Nachtelijke run 1: ")).reduce((a, b) -> b).orElse("(no summary line)");
    }
}
