package nl.voortgang.batch.cli;

import static nl.voortgang.batch.cli.CommandRun.voortgangOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.voortgang.batch.BatchTestSupport;
import nl.voortgang.batch.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code status}: every refused file, and the recent runs of every job, however many runs another job had. */
class StatusCommandTests {

    private static final Path INBOX = BatchTestSupport.INBOX;
    private static final Path BAD = BatchTestSupport.BAD;

    @TempDir
    Path work;

    private Path dataDir() {
        return work.resolve("data");
    }

    private static String[] referenceFiles() throws Exception {
        try (Stream<Path> files = Files.list(INBOX.resolve("secretariaat"))) {
            List<String> args = new ArrayList<>(List.of("ingest", "--reference"));
            files.filter(f -> f.toString().endsWith(".csv")).sorted().map(Path::toString).forEach(args::add);
            return args.toArray(String[]::new);
        }
    }

    private long rejectedFileRows() throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:hsqldb:file:" + dataDir().resolve("db/voortgang") + ";shutdown=true", "SA", "");
             var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM rejected_file")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void status_lists_every_refused_file_whatever_made_it_refused() throws Exception {
        voortgangOn(dataDir(), referenceFiles());
        voortgangOn(dataDir(), "ingest", "--partner", "WOMEN-INC", BAD.resolve("WOMEN-INC/realisatie-SWH-2018.xlsx").toString());
        voortgangOn(dataDir(), "ingest", "--partner", "EMANCIPATOR", BAD.resolve("EMANCIPATOR/indicatoren-WEDT-2019.csv").toString());
        voortgangOn(dataDir(), "ingest", "--partner", "VHTO", BAD.resolve("VHTO/activiteiten-WEDT-2018-fouten.csv").toString());
        voortgangOn(dataDir(), "ingest", "--partner", "NVR", BAD.resolve("NVR/begroting-SWH-2019-met-movisie.csv").toString());
        voortgangOn(dataDir(), "ingest", "--reference", BAD.resolve("secretariaat/lidmaatschappen-fouten.csv").toString());

        CommandRun status = voortgangOn(dataDir(), "status");

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("Geweigerde bestanden (5)")
                .containsPattern("WOMEN-INC .* 1 fout +realisatie-SWH-2018.xlsx  → ")
                .containsPattern("EMANCIPATOR .* 1 fout +indicatoren-WEDT-2019.csv  → ")
                .containsPattern("VHTO .* 5 fouten +activiteiten-WEDT-2018-fouten.csv  → ")
                .containsPattern("NVR .* 2 fouten +begroting-SWH-2019-met-movisie.csv  → ")
                .containsPattern("secretariaat .* lidmaatschappen-fouten.csv  → ");
        assertThat(rejectedFileRows()).isEqualTo(5);
        assertThat(voortgangOn(dataDir(), "status", "--alliance", "SWH").out()).contains("Geweigerde bestanden (5)");
    }

    @Test
    void status_also_lists_the_files_the_nightly_run_refused_or_left_without_reading_them() throws Exception {
        Path inbox = work.resolve("inbox");
        TestFiles.copy(INBOX.resolve("secretariaat"), inbox.resolve("secretariaat"));
        Path pdf = java.nio.file.Files.writeString(java.nio.file.Files.createDirectories(inbox.resolve("WOMEN-INC")).resolve("toelichting.pdf"), "%PDF");
        java.nio.file.Files.setLastModifiedTime(pdf, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
        java.nio.file.Files.createSymbolicLink(java.nio.file.Files.createDirectories(inbox.resolve("NVR")).resolve("koppeling.csv"),
                INBOX.resolve("NVR/2019-03-15_realisatie-SWH-2018.csv"));
        CommandRun nightly = voortgangOn(dataDir(), "nightly", "--inbox", inbox.toString(), "--out", work.resolve("uit").toString());
        assertThat(nightly.out()).contains("WOMEN-INC toelichting.pdf: geweigerd.", " 1 geweigerd, 1 niet gelezen ");

        CommandRun status = voortgangOn(dataDir(), "status");

        assertThat(status.out()).contains("Geweigerde bestanden (2)\n")
                .contains("  NVR              nachtrun 1         1 fout     koppeling.csv  → niet verplaatst\n")
                .contains("  WOMEN-INC        nachtrun 1         1 fout     toelichting.pdf  → "
                        + work.resolve("geweigerd/WOMEN-INC/toelichting.problems.csv") + "\n");
    }

    @Test
    void the_nightly_runs_stay_in_the_recent_runs_however_many_ingests_came_after() throws Exception {
        Path inbox = work.resolve("inbox");
        TestFiles.copy(INBOX.resolve("secretariaat"), inbox.resolve("secretariaat"));
        voortgangOn(dataDir(), "nightly", "--inbox", inbox.toString(), "--out", work.resolve("uit").toString());
        for (String file : List.of("2019-03-15_realisatie-SWH-2018.csv", "2019-03-22_activiteiten-SWH-2018.csv", "2019-03-22_indicatoren-SWH-2018.csv")) {
            voortgangOn(dataDir(), "ingest", "--partner", "NVR", INBOX.resolve("NVR").resolve(file).toString());
        }

        CommandRun status = voortgangOn(dataDir(), "status", "--runs", "2");

        assertThat(status.exitCode()).as(status.err()).isZero();
        List<String> runs = status.out().lines().dropWhile(l -> !l.startsWith("Recente taken")).toList();
        assertThat(runs.get(0)).isEqualTo("Recente taken (de laatste 2 per taak)");
        assertThat(runs.subList(1, runs.size())).hasSize(3);
        assertThat(runs.get(1)).containsPattern(" nightlyJob +1 COMPLETED ");
        assertThat(runs.get(2)).containsPattern(" ingestJob +3 COMPLETED ");
        assertThat(runs.get(3)).containsPattern(" ingestJob +2 COMPLETED ");
    }
}
