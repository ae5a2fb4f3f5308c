package nl.voortgang.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.voortgang.batch.BatchTestSupport;
import nl.voortgang.batch.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code nightlyJob} on a copy of the sample inbox: what happens to each file, and which PDFs are written. */
class NightlyJobTests extends BatchTestSupport {

    @Autowired
    NightlyService nightly;

    @TempDir
    Path work;

    Path inbox;
    Path out;

    @BeforeEach
    void aCopyOfTheSampleInbox() throws IOException {
        inbox = work.resolve("inbox");
        out = work.resolve("rapporten");
        TestFiles.copy(INBOX, inbox);
    }

    private NightlyService.Result run() throws Exception {
        return nightly.run(new NightlyParameters(0, inbox, out, work.resolve("archief"), work.resolve("geweigerd"), Duration.ofSeconds(10)));
    }

    @Test
    void every_file_is_ingested_and_moved_by_its_fate_and_every_alliances_reports_and_the_newsletter_are_written() throws Exception {
        NightlyService.Result result = run();

        assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, Long> fates = result.summary().files().stream().collect(Collectors.groupingBy(e -> e.fate().name(), Collectors.counting()));
        assertThat(fates).isEqualTo(Map.of("ACCEPTED", 88L, "REJECTED", 2L));
        assertThat(TestFiles.files(inbox)).isEmpty();
        assertThat(TestFiles.files(work.resolve("archief"))).hasSize(88).contains("secretariaat/organisaties.csv", "NVR/2019-03-29_realisatie-SWH-2018-gecorrigeerd.csv");
        assertThat(TestFiles.files(work.resolve("geweigerd"))).containsExactlyInAnyOrder(
                "MOVISIE/2019-03-25_indicatoren-SWH-2018-aanvulling.csv", "MOVISIE/2019-03-25_indicatoren-SWH-2018-aanvulling.problems.csv",
                "WOMEN-INC/2019-03-10_realisatie-SWH-2018.xlsx", "WOMEN-INC/2019-03-10_realisatie-SWH-2018.problems.csv");
        assertThat(TestFiles.files(out)).containsExactlyInAnyOrder("nachtelijke-run.json", "nachtelijke-runs/run-000001.json", "nieuwsbrief-2019-06.pdf",
                "voortgangsrapportage-SWH-2019.pdf", "voortgangsrapportage-SWH-tot-en-met-2019.pdf",
                "voortgangsrapportage-WEDT-2019.pdf", "voortgangsrapportage-WEDT-tot-en-met-2019.pdf");
        assertThat(Files.readString(out.resolve("nachtelijke-run.json"))).contains("\"run\" : 1", "\"fate\" : \"REJECTED\"", "\"exitCode\" : 2", "\"ACCEPTED\" : 88",
                "\"nothingToDo\" : false", "voortgangsrapportage-WEDT-tot-en-met-2019.pdf");
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state = 'ACCEPTED'")).isEqualTo(71);
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state = 'SUPERSEDED'")).isEqualTo(2);
    }

    @Test
    void a_second_run_right_after_the_first_does_nothing_and_says_so() throws Exception {
        run();
        Map<String, FileTime> written = modified(out);

        NightlyService.Result second = run();

        assertThat(second.summary().nothingToDo()).isTrue();
        assertThat(second.summary().run()).isEqualTo(2);
        assertThat(second.summary().files()).isEmpty();
        assertThat(second.summary().pdfs()).isEmpty();
        written.remove("nachtelijke-run.json");
        assertThat(modified(out)).containsAllEntriesOf(written);
    }

    @Test
    void a_new_file_the_next_night_rewrites_only_the_reports_its_data_changed() throws Exception {
        run();
        Path corrected = Files.writeString(inbox.resolve("VHTO").resolve("2020-03-30_indicatoren-WEDT-2019-correctie.csv"),
                "alliantie,partner,jaar,indicator,waarde,teller,noemer\nWEDT,VHTO,2019,I1.1,95,,\nWEDT,VHTO,2019,I1.2,31.4,515,1641\n");
        Files.setLastModifiedTime(corrected, FileTime.from(Instant.now().minusSeconds(60)));

        NightlyService.Result next = run();

        assertThat(next.summary().files()).extracting(NightlyFiles.Event::fileName, e -> e.fate().name())
                .containsExactly(tuple("2020-03-30_indicatoren-WEDT-2019-correctie.csv", "ACCEPTED"));
        assertThat(next.summary().pdfs()).extracting(p -> p.target().getFileName().toString()).containsExactlyInAnyOrder(
                "voortgangsrapportage-WEDT-2019.pdf", "voortgangsrapportage-WEDT-tot-en-met-2019.pdf", "nieuwsbrief-2019-06.pdf");
    }

    @Test
    void what_cannot_be_ingested_is_set_aside_with_a_clear_entry_and_a_file_still_being_written_waits() throws Exception {
        run();
        Path unknownFolder = Files.createDirectories(inbox.resolve("ONBEKEND"));
        Path strange = Files.writeString(unknownFolder.resolve("begroting.csv"), "alliantie,partner,jaar,kostensoort,begroot,status\n");
        Path notAMember = Files.writeString(inbox.resolve("VHTO").resolve("begroting-SWH.csv"),
                "alliantie,partner,jaar,kostensoort,begroot,status\nSWH,VHTO,2019,personeelskosten,1000,definitief\n");
        Path empty = Files.createFile(inbox.resolve("NVR").resolve("leeg.csv"));
        for (Path file : List.of(strange, notAMember, empty)) {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        }
        Path fresh = Files.writeString(inbox.resolve("ATRIA").resolve("nog-bezig.csv"), "alliantie,partner");

        NightlyService.Result result = run();

        assertThat(result.summary().files()).extracting(NightlyFiles.Event::submitter, NightlyFiles.Event::fileName, e -> e.fate().name())
                .containsExactly(tuple("ATRIA", "nog-bezig.csv", "LEFT_FOR_NEXT_RUN"), tuple("NVR", "leeg.csv", "REJECTED"),
                        tuple("ONBEKEND", "begroting.csv", "UNKNOWN_PARTNER_FOLDER"), tuple("VHTO", "begroting-SWH.csv", "REJECTED"));
        assertThat(fresh).exists();
        assertThat(result.summary().files()).filteredOn(e -> e.fileName().equals("begroting-SWH.csv")).singleElement()
                .satisfies(e -> assertThat(Files.readString(Path.of(e.problemsFile())))
                        .contains("VHTO is in 2019 geen partner van alliantie SWH (Samen werkt het!)."));
        assertThat(work.resolve("geweigerd/ONBEKEND/begroting.problems.csv")).content().contains("De map 'ONBEKEND' hoort bij geen bekende partner.");
        assertThat(work.resolve("geweigerd/NVR/leeg.problems.csv")).content().contains("Het bestand is leeg.");
    }

    @Test
    void every_run_that_did_something_keeps_its_own_summary_and_an_idle_run_leaves_the_last_one() throws Exception {
        run();
        run();
        Path corrected = Files.writeString(inbox.resolve("VHTO").resolve("2020-03-30_indicatoren-WEDT-2019-correctie.csv"),
                "alliantie,partner,jaar,indicator,waarde\nWEDT,VHTO,2019,I1.1,95\n");
        Files.setLastModifiedTime(corrected, FileTime.from(Instant.now().minusSeconds(60)));
        run();
        run();

        assertThat(TestFiles.files(out.resolve("nachtelijke-runs"))).containsExactly("run-000001.json", "run-000003.json");
        assertThat(out.resolve("nachtelijke-runs/run-000001.json")).content().contains("\"run\" : 1", "\"ACCEPTED\" : 88", "\"REJECTED\" : 2",
                "\"exitCode\" : 2");
        assertThat(out.resolve("nachtelijke-run.json")).content().contains("\"run\" : 3", "\"ACCEPTED\" : 1", "\"exitCode\" : 0")
                .isEqualTo(Files.readString(out.resolve("nachtelijke-runs/run-000003.json")));
    }

    @Test
    void a_run_in_which_every_file_is_still_being_written_does_nothing_else_and_counts_them_as_waiting() throws Exception {
        for (String name : TestFiles.files(inbox)) {
            Files.setLastModifiedTime(inbox.resolve(name), FileTime.from(Instant.now()));
        }

        NightlyService.Result result = run();

        assertThat(result.summary().count(nl.voortgang.batch.ingest.FileOutcome.Fate.LEFT_FOR_NEXT_RUN)).isEqualTo(90);
        assertThat(result.summary().nothingToDo()).isTrue();
        assertThat(result.summary().exitCode()).isZero();
        assertThat(count("SELECT COUNT(*) FROM submission")).isZero();
    }

    private static Map<String, FileTime> modified(Path folder) throws IOException {
        Map<String, FileTime> times = new java.util.HashMap<>();
        for (String name : TestFiles.files(folder)) {
            times.put(name, Files.getLastModifiedTime(folder.resolve(name)));
        }
        return times;
    }
}
