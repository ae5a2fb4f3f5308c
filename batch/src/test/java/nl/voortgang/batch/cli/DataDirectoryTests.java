package nl.voortgang.batch.cli;

import static nl.voortgang.batch.cli.CommandRun.voortgangOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import nl.voortgang.batch.BatchTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory without data is said to be one, and is left alone; one with data is its owner's only. */
class DataDirectoryTests {

    private static final Path INBOX = BatchTestSupport.INBOX;

    @TempDir
    Path work;

    @Test
    void status_report_and_newsletter_without_data_say_how_to_begin_on_standard_error_and_create_nothing() {
        Path dataDir = work.resolve("leeg");

        List<CommandRun> runs = List.of(voortgangOn(dataDir, "status"),
                voortgangOn(dataDir, "report", "--alliance", "SWH", "--year", "2018", "--out", work.resolve("x.pdf").toString()),
                voortgangOn(dataDir, "newsletter", "--edition", "2019-06", "--out", work.resolve("n.pdf").toString()),
                voortgangOn(dataDir, "backup", "--to", work.resolve("reserve").toString()));

        assertThat(runs).allSatisfy(run -> {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("Er zijn nog geen gegevens in de gegevensmap " + dataDir + ": er is nog niets ingelezen. "
                    + "Begin met de nachtelijke run (voortgang --data-dir " + dataDir + " nightly --inbox MAP --out MAP) of lees bestanden in "
                    + "(voortgang --data-dir " + dataDir + " ingest --reference BESTAND...).\n");
        });
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void status_of_an_unknown_alliance_is_refused_naming_the_known_ones() throws Exception {
        Path dataDir = work.resolve("data");
        voortgangOn(dataDir, "ingest", "--reference", INBOX.resolve("secretariaat/regelingen.csv").toString(),
                INBOX.resolve("secretariaat/organisaties.csv").toString(), INBOX.resolve("secretariaat/allianties.csv").toString());

        CommandRun unknown = voortgangOn(dataDir, "status", "--alliance", "xyz");
        CommandRun known = voortgangOn(dataDir, "status", "--alliance", "wedt");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).isEqualTo("Alliantie XYZ is onbekend. Bekende allianties: SWH, WEDT.\n");
        assertThat(known.exitCode()).as(known.err()).isZero();
        assertThat(known.out()).startsWith("Inzendingen (0)");
    }

    @Test
    void the_data_directory_and_the_folders_voortgang_makes_in_it_are_readable_by_their_owner_only() throws Exception {
        Path dataDir = work.resolve("nieuw/data");
        voortgangOn(dataDir, "ingest", "--reference", INBOX.resolve("secretariaat/regelingen.csv").toString());

        List<Path> folders;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            // inside db/ the folders are HSQLDB's own (voortgang.tmp): db/ itself keeps others out of them
            folders = walk.filter(Files::isDirectory).filter(f -> !f.getParent().equals(dataDir.resolve("db"))).toList();
        }
        assertThat(folders).contains(dataDir, dataDir.resolve("db"), dataDir.resolve("files"), dataDir.resolve("files/secretariaat"));
        assertThat(folders).allSatisfy(folder -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .as(folder.toString()).isEqualTo("rwx------"));
    }
}
