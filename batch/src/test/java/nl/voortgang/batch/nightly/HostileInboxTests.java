package nl.voortgang.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import nl.voortgang.batch.BatchTestSupport;
import nl.voortgang.batch.TestFiles;
import nl.voortgang.batch.ingest.FileOutcome.Fate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An inbox is hostile ground: whoever can write into it can put links and odd things there. The nightly run never
 * follows a symbolic link (to a file or to a folder): the link is left where it is, and what it points at is never
 * read, copied, echoed or moved. A file outside the partner folders and a folder in a partner folder are left too. The
 * summary lists each with the reason.
 */
class HostileInboxTests extends BatchTestSupport {

    private static final String SECRET = "geheim-wachtwoord-van-de-server";

    @Autowired
    NightlyService nightly;

    @TempDir
    Path work;

    Path inbox;
    Path elsewhere;

    @BeforeEach
    void anInboxWithTheReferenceDataAndSomethingElsewhere() throws IOException {
        inbox = work.resolve("inbox");
        TestFiles.copy(INBOX.resolve("secretariaat"), inbox.resolve("secretariaat"));
        elsewhere = Files.createDirectories(work.resolve("elders"));
        Files.copy(INBOX.resolve("NVR/2019-03-15_realisatie-SWH-2018.csv"), elsewhere.resolve("realisatie.csv"));
        Files.writeString(elsewhere.resolve("passwd"), SECRET + "\n", StandardCharsets.UTF_8);
        old(elsewhere.resolve("realisatie.csv"));
        old(elsewhere.resolve("passwd"));
    }

    private NightlyService.Result run() throws Exception {
        return nightly.run(new NightlyParameters(0, inbox, work.resolve("rapporten"), work.resolve("archief"), work.resolve("geweigerd"),
                Duration.ofSeconds(10)));
    }

    private static void old(Path file) throws IOException {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    }

    @Test
    void links_to_files_and_folders_are_left_where_they_are_and_what_they_point_at_is_never_read_copied_or_moved() throws Exception {
        Path nvr = Files.createDirectories(inbox.resolve("NVR"));
        Files.createSymbolicLink(nvr.resolve("2019-03-15_realisatie-SWH-2018.csv"), elsewhere.resolve("realisatie.csv"));
        Files.createSymbolicLink(nvr.resolve("wachtwoorden.csv"), elsewhere.resolve("passwd"));
        Files.createSymbolicLink(inbox.resolve("MOVISIE"), elsewhere);

        NightlyService.Result result = run();

        assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(result.summary().files()).filteredOn(e -> e.fate() == Fate.LEFT_UNREAD)
                .extracting(NightlyFiles.Event::submitter, NightlyFiles.Event::fileName, NightlyFiles.Event::movedTo)
                .containsExactly(tuple(Inbox.ROOT, "MOVISIE", null), tuple("NVR", "2019-03-15_realisatie-SWH-2018.csv", null),
                        tuple("NVR", "wachtwoorden.csv", null));
        assertThat(result.summary().files()).filteredOn(e -> e.fate() == Fate.LEFT_UNREAD).extracting(NightlyFiles.Event::detail)
                .allSatisfy(detail -> assertThat(detail).contains("is een symbolische koppeling (naar " + elsewhere)
                        .contains("Voortgang volgt geen koppelingen in de inbox en laat hem staan"));
        assertThat(Files.isSymbolicLink(nvr.resolve("wachtwoorden.csv"))).isTrue();
        assertThat(Files.isSymbolicLink(inbox.resolve("MOVISIE"))).isTrue();
        assertThat(TestFiles.files(elsewhere)).containsExactlyInAnyOrder("realisatie.csv", "passwd");
        assertThat(count("SELECT COUNT(*) FROM submission")).isZero();
        assertThat(count("SELECT COUNT(*) FROM rejected_file")).isZero();
        assertThat(everythingWrittenUnder(dataDirectory.root()) + everythingWrittenUnder(work.resolve("rapporten"))
                + everythingWrittenUnder(work.resolve("geweigerd"))).doesNotContain(SECRET);
        assertThat(result.summary().anyRefused()).isTrue();
    }

    @Test
    void a_file_outside_the_partner_folders_and_a_folder_inside_one_are_left_and_listed_with_the_reason() throws Exception {
        Files.copy(elsewhere.resolve("realisatie.csv"), inbox.resolve("realisatie.csv"));
        Path nested = Files.createDirectories(inbox.resolve("NVR").resolve("oud"));
        Files.copy(elsewhere.resolve("realisatie.csv"), nested.resolve("realisatie.csv"));
        old(inbox.resolve("realisatie.csv"));

        NightlyService.Result result = run();

        assertThat(result.summary().files()).filteredOn(e -> e.fate() == Fate.LEFT_UNREAD)
                .extracting(NightlyFiles.Event::submitter, NightlyFiles.Event::detail).containsExactly(
                        tuple(Inbox.ROOT, "(inbox) realisatie.csv: niet gelezen: staat niet in de map van een partner; niemand weet wie het stuurde en "
                                + "het blijft staan. Zet het in de map met de code van de partner die het stuurde (zoals NVR/) of in secretariaat/."),
                        tuple("NVR", "NVR oud: niet gelezen: is een map in een partnermap; die wordt niet gelezen. Zet de bestanden erin direct in NVR/."));
        assertThat(inbox.resolve("realisatie.csv")).exists();
        assertThat(nested.resolve("realisatie.csv")).exists();
        assertThat(count("SELECT COUNT(*) FROM submission")).isZero();
    }

    @Test
    void an_archive_that_cannot_be_written_stops_the_run_with_the_folder_and_the_cause_in_dutch_and_the_next_run_finishes_the_moves()
            throws Exception {
        Path archive = work.resolve("archief");
        Files.writeString(archive, "een bestand waar de map archief had moeten komen");

        NightlyService.Result failed = run();

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.failure()).startsWith("Het bestand ").contains(" verplaatsen lukt niet in de map " + archive.resolve("secretariaat")
                + ": op de plaats van een map staat een bestand (" + archive + "). Los dat op en voer dezelfde opdracht opnieuw uit; er is niets "
                + "half opgeslagen.");
        Files.delete(archive);

        NightlyService.Result again = run();

        assertThat(again.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(TestFiles.files(inbox)).isEmpty();
        assertThat(TestFiles.files(archive)).hasSize(TestFiles.files(INBOX.resolve("secretariaat")).size());
    }

    private static String everythingWrittenUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".pdf")).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    @SuppressWarnings("unused")
    private static List<String> names(Path folder) throws IOException {
        return TestFiles.files(folder);
    }
}
