package nl.voortgang.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.voortgang.batch.CrashPoint;
import nl.voortgang.batch.Voortgang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ingest --partner} of a large file (200,000 rows, 40 chunks) that dies at a boundary of its work, then the same
 * command again: the database ends as after an uninterrupted ingest. For a good file: registered, between chunks,
 * after the last chunk, accepted. For a file refused for its row 150,000, after 29 of its chunks were stored: while
 * storing, refused before its rows were removed, half-way removing them. And the embedded database itself, halted
 * while it is created or migrated (in a copy that takes its place by renaming).
 */
class IngestCrashPointTests {

    private static final int ROWS = 200_000;
    private static final int BAD_ROW = 150_000;

    @TempDir
    static Path work;

    private static Path good;
    private static Path bad;
    private static NightlyState.Database goodUninterrupted;
    private static NightlyState.Database badUninterrupted;

    @BeforeAll
    static void uninterruptedIngests() throws Exception {
        good = work.resolve("2020-03-30_realisatie-SWH-2019-boekhouding.csv");
        NightlyRun.writeLedger(good, ROWS, 0);
        bad = work.resolve("2020-03-31_realisatie-SWH-2019-met-movisie.csv");
        NightlyRun.writeLedger(bad, ROWS, BAD_ROW);
        goodUninterrupted = uninterrupted("good", good, 0);
        badUninterrupted = uninterrupted("bad", bad, 2);
        assertThat(badUninterrupted.tables()).as("nothing of the refused file is left").allMatch(t -> t.endsWith(" | 0"));
        assertThat(badUninterrupted.rejected()).containsExactly("NVR | 2020-03-31_realisatie-SWH-2019-met-movisie.csv | EXPENDITURE | 1");
    }

    private static NightlyState.Database uninterrupted(String name, Path file, int exitCode) throws Exception {
        Path data = referenceDataIn(work.resolve(name + "-uninterrupted"));
        assertThat(voortgang(data, "ingest", "--partner", "NVR", file.toString())).isEqualTo(exitCode);
        return NightlyState.Database.of(data);
    }

    @ParameterizedTest(name = "a good file, halted at {0}")
    @ValueSource(strings = {"registered", "stored:2", "stored:39", "accepted"})
    void a_good_file_halted_at_a_boundary_then_ingested_again_is_stored_once_as_without_the_halt(String point) throws Exception {
        Path data = haltedAt(point, good, "good");

        assertThat(voortgang(data, "ingest", "--partner", "NVR", good.toString())).isZero();

        assertThat(NightlyState.Database.of(data).differences(goodUninterrupted)).isEmpty();
    }

    @ParameterizedTest(name = "a refused file, halted at {0}")
    @ValueSource(strings = {"stored:5", "refused", "discarded:3"})
    void a_refused_file_halted_at_a_boundary_then_ingested_again_leaves_nothing_but_its_refusal(String point) throws Exception {
        Path data = haltedAt(point, bad, "bad");

        assertThat(voortgang(data, "ingest", "--partner", "NVR", bad.toString())).isEqualTo(2);

        assertThat(NightlyState.Database.of(data).differences(badUninterrupted)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void a_database_whose_creation_was_halted_before_it_took_its_place_is_created_again() throws Exception {
        Path data = work.resolve("created-halted").resolve("data");
        List<String> load = new ArrayList<>(List.of("--data-dir", data.toString(), "ingest", "--reference"));
        load.addAll(referenceFiles());
        Process halted = NightlyRun.start(List.of("-D" + CrashPoint.PROPERTY + "=database-migrated"), load.toArray(String[]::new));
        halted.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(halted.waitFor()).isEqualTo(CrashPoint.HALTED);
        assertThat(data.resolve("db")).as("the database only takes its place whole").doesNotExist();

        assertThat(voortgang(data, load.subList(2, load.size()).toArray(String[]::new))).isZero();

        assertThat(NightlyState.Database.of(data).reference()).hasSize(16);
    }

    @org.junit.jupiter.api.Test
    void a_database_migrated_again_and_halted_while_it_takes_its_place_keeps_every_row() throws Exception {
        Path data = referenceDataIn(work.resolve("migrated-halted"));
        assertThat(voortgang(data, "ingest", "--partner", "NVR", good.toString())).isZero();
        NightlyState.Database before = NightlyState.Database.of(data);
        Files.delete(data.resolve("db/voortgang.migrated"));

        Process halted = NightlyRun.start(List.of("-D" + CrashPoint.PROPERTY + "=database-swapping"), "--data-dir", data.toString(), "status");
        halted.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(halted.waitFor()).isEqualTo(CrashPoint.HALTED);
        assertThat(data.resolve("db")).as("half-way the swap").doesNotExist();

        assertThat(voortgang(data, "status")).isZero();

        assertThat(NightlyState.Database.of(data).differences(before)).isEmpty();
    }

    private static Path haltedAt(String point, Path file, String name) throws Exception {
        Path data = referenceDataIn(work.resolve(name + "-" + point.replace(':', '-')));
        Process halted = NightlyRun.start(List.of("-D" + CrashPoint.PROPERTY + "=" + point), "--data-dir", data.toString(), "ingest",
                "--partner", "NVR", file.toString());
        String printed = new String(halted.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(halted.waitFor()).as("halted at %s; it printed %s", point, printed).isEqualTo(CrashPoint.HALTED);
        return data;
    }

    private static Path referenceDataIn(Path folder) throws Exception {
        Path data = folder.resolve("data");
        List<String> arguments = new ArrayList<>(List.of("ingest", "--reference"));
        arguments.addAll(referenceFiles());
        assertThat(voortgang(data, arguments.toArray(String[]::new))).isZero();
        return data;
    }

    private static List<String> referenceFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("inbox", "secretariaat"))) {
            return files.sorted().map(Path::toString).toList();
        }
    }

    private static int voortgang(Path data, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(arguments));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return new Voortgang(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8))
                .run(all.toArray(String[]::new));
    }
}
