package nl.voortgang.batch.cli;

import static nl.voortgang.batch.cli.CommandRun.voortgangOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.voortgang.batch.BatchTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup}, a damaged database (exit 4, never 1), and putting the backup back as the README says. */
class BackupAndRestoreTests {

    private static final Path INBOX = BatchTestSupport.INBOX;

    @TempDir
    Path work;

    private Path dataDir() {
        return work.resolve("data");
    }

    private void someDataIsIngested() throws Exception {
        List<String> args = new ArrayList<>(List.of("ingest", "--reference"));
        try (Stream<Path> files = Files.list(INBOX.resolve("secretariaat"))) {
            files.filter(f -> f.toString().endsWith(".csv")).sorted().map(Path::toString).forEach(args::add);
        }
        assertThat(voortgangOn(dataDir(), args.toArray(String[]::new)).exitCode()).isZero();
        assertThat(voortgangOn(dataDir(), "ingest", "--partner", "NVR", INBOX.resolve("NVR/2019-03-15_realisatie-SWH-2018.csv").toString(),
                INBOX.resolve("NVR/2019-03-29_realisatie-SWH-2018-gecorrigeerd.csv").toString()).exitCode()).isZero();
    }

    /** The status without its recent runs (a status run after the restore is one more run of nothing). */
    private String submissionsAndFiles() {
        CommandRun status = voortgangOn(dataDir(), "status");
        assertThat(status.exitCode()).as(status.err()).isZero();
        return status.out().substring(0, status.out().indexOf("Recente taken"));
    }

    private static Path onlyFolderIn(Path folder) throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> all = entries.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    /** The restore steps of the README: move the damaged db/ away, make a new db/, copy every file of the backup into it. */
    private void restore(Path backup, String damagedName) throws Exception {
        Path db = dataDir().resolve("db");
        Files.move(db, work.resolve(damagedName));
        Files.createDirectory(db);
        try (Stream<Path> files = Files.list(backup)) {
            for (Path file : files.toList()) {
                Files.copy(file, db.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void a_backup_goes_into_a_new_dated_folder_of_its_own_and_a_second_one_never_overwrites_the_first() throws Exception {
        someDataIsIngested();
        Path backups = work.resolve("reservekopieen");

        CommandRun first = voortgangOn(dataDir(), "backup", "--to", backups.toString());
        Path firstFolder = onlyFolderIn(backups);
        CommandRun second = voortgangOn(dataDir(), "backup", "--to", backups.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(firstFolder.getFileName().toString()).matches("voortgang-\\d{4}-\\d{2}-\\d{2}-\\d{6}");
        assertThat(first.out()).startsWith("Reservekopie van de database in " + dataDir().resolve("db") + " geschreven naar " + firstFolder + " (");
        try (Stream<Path> files = Files.list(firstFolder)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("voortgang.properties", "voortgang.script", "voortgang.data",
                    "voortgang.migrated");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(firstFolder))).isEqualTo("rwx------");
        assertThat(second.exitCode()).isZero();
        try (Stream<Path> folders = Files.list(backups)) {
            assertThat(folders.toList()).hasSize(2).contains(firstFolder);
        }
    }

    /** Ingests some data, backs it up, then cuts one of the database's files to a part of its length; what status showed before. */
    private String backedUpThenCut(String file, int part) throws Exception {
        someDataIsIngested();
        String before = submissionsAndFiles();
        voortgangOn(dataDir(), "backup", "--to", work.resolve("reserve").toString());
        Path damaged = dataDir().resolve(file);
        byte[] bytes = Files.readAllBytes(damaged);
        Files.write(damaged, Arrays.copyOf(bytes, midLine(bytes, bytes.length / part)));
        return before;
    }

    /**
     * Where to cut so that the last line is a torn one, as a write that stopped half-way leaves it: a cut that happens
     * to fall on a line's end leaves a shorter script that reads without error.
     */
    private static int midLine(byte[] bytes, int near) {
        int cut = near;
        while (cut > 1 && (bytes[cut - 1] == '\n' || bytes[cut] == '\n')) {
            cut--;
        }
        return cut;
    }

    @Test
    void a_damaged_script_file_exits_4_naming_the_database_and_after_restoring_the_backup_status_shows_the_same_data() throws Exception {
        String before = backedUpThenCut("db/voortgang.script", 2);

        CommandRun damaged = voortgangOn(dataDir(), "status");

        assertThat(damaged.exitCode()).as(damaged.err()).isEqualTo(4);
        assertThat(damaged.out()).isEmpty();
        assertThat(damaged.err()).startsWith("De database in " + dataDir().resolve("db") + " is beschadigd: HSQLDB kan hem niet lezen (")
                .contains("Er is niets gedaan; opnieuw starten helpt niet.\nZet de laatste reservekopie terug (gemaakt met 'voortgang backup --to MAP'):\n",
                        "  2. verplaats de map " + dataDir().resolve("db") + " naar een andere plek",
                        "  4. controleer met: voortgang --data-dir " + dataDir() + " status\n")
                .doesNotContain("Exception", "\tat ");

        restore(onlyFolderIn(work.resolve("reserve")), "db-beschadigd");

        assertThat(submissionsAndFiles()).isEqualTo(before);
    }

    @Test
    void a_damaged_data_file_is_damage_too_not_a_failure_that_running_again_would_resume() throws Exception {
        String before = backedUpThenCut("db/voortgang.data", 3);

        CommandRun damaged = voortgangOn(dataDir(), "status");

        assertThat(damaged.exitCode()).as(damaged.err()).isEqualTo(4);
        assertThat(damaged.err()).startsWith("De database in " + dataDir().resolve("db") + " is beschadigd");
        restore(onlyFolderIn(work.resolve("reserve")), "db-beschadigd");
        assertThat(submissionsAndFiles()).isEqualTo(before);
    }

    @Test
    void backup_refuses_when_the_database_is_a_server_and_points_to_its_own_backup() {
        System.setProperty("spring.datasource.url", "jdbc:postgresql://localhost:5432/voortgang");
        try {
            CommandRun run = voortgangOn(dataDir(), "backup", "--to", work.resolve("reserve").toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("Voortgang gebruikt hier niet de ingebouwde database maar een databaseserver (SPRING_DATASOURCE_URL); "
                    + "maak de reservekopie met de eigen back-upvoorziening van die databaseserver (voor PostgreSQL: pg_dump).\n");
            assertThat(work).isEmptyDirectory();
        } finally {
            System.clearProperty("spring.datasource.url");
        }
    }
}
