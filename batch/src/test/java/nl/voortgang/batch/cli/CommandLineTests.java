package nl.voortgang.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.voortgang.batch.BatchTestSupport;
import nl.voortgang.batch.Voortgang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code voortgang} command as a user runs it: what it prints and the exit code it ends with. */
class CommandLineTests {

    private static final Path INBOX = BatchTestSupport.INBOX;
    private static final Path BAD = BatchTestSupport.BAD;

    @TempDir
    Path dataDir;

    record Run(int exitCode, String out, String err) {
    }

    private Run voortgang(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int code = new Voortgang(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(all.toArray(String[]::new));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String[] csvFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".csv")).sorted().map(Path::toString).toArray(String[]::new);
        }
    }

    private static String[] with(String[] head, String... tail) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }

    @Test
    void help_needs_no_data_directory_and_names_every_command_and_exit_code() {
        Run run = voortgang("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ingest", "validate", "status", "Exitcodes: 0 alles geaccepteerd of al ingelezen; 1 fout in het programma; 2");
        assertThat(dataDir).isEmptyDirectory();
        assertThat(voortgang("ingest", "--help").out()).contains("--partner=CODE", "--reference", "BESTAND");
    }

    @Test
    void a_command_line_mistake_says_what_is_wrong_and_exits_2() {
        Run run = voortgang("ingest", "somefile.csv");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Geef '--partner' of '--reference'.\n\nGebruik: voortgang ingest [-hV] [--data-dir=MAP] (--partner=CODE | --reference)");
    }

    @Test
    void ingest_then_status_shows_every_submission_and_the_same_files_again_store_nothing() throws Exception {
        Run reference = voortgang(with(new String[] {"ingest", "--reference"}, csvFiles(INBOX.resolve("secretariaat"))));
        assertThat(reference.exitCode()).as(reference.out() + reference.err()).isZero();
        assertThat(reference.out().lines()).hasSize(15).allMatch(l -> l.startsWith("secretariaat ") && l.contains(": ingelezen als '"));

        Run nvr = voortgang(with(new String[] {"ingest", "--partner", "nvr"}, csvFiles(INBOX.resolve("NVR"))));
        assertThat(nvr.exitCode()).isZero();
        assertThat(nvr.out()).contains("NVR 2019-03-29_realisatie-SWH-2018-gecorrigeerd.csv: geaccepteerd als versie 2 van realisatie SWH 2018, 4 regels");

        Run again = voortgang(with(new String[] {"ingest", "--partner", "NVR"}, csvFiles(INBOX.resolve("NVR"))));
        assertThat(again.exitCode()).isZero();
        assertThat(again.out().lines()).hasSize(17).allMatch(l -> l.contains(": al ingelezen als versie"));

        Run status = voortgang("status", "--alliance", "swh");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).as("a day from the file name, not a time nobody gave").doesNotContain("2019 12:00").contains("Inzendingen (9)")
                .containsPattern("SWH +NVR +2018 +realisatie +v1 +vervangen +15-03-2019 +4  2019-03-15_realisatie-SWH-2018.csv")
                .containsPattern("SWH +NVR +2018 +realisatie +v2 +in gebruik +29-03-2019 +4  2019-03-29_realisatie-SWH-2018-gecorrigeerd.csv")
                .contains("Referentiebestanden (15)", "Recente taken", "ingestJob");
        assertThat(Files.readString(dataDir.resolve("voortgang.log"))).contains("geaccepteerd als versie 2 van realisatie SWH 2018");
    }

    @Test
    void a_users_mistake_is_one_line_and_exit_2_never_a_stack_trace() throws Exception {
        voortgang(with(new String[] {"ingest", "--reference"}, csvFiles(INBOX.resolve("secretariaat"))));

        Run missing = voortgang("ingest", "--partner", "NVR", dataDir.resolve("bestaat-niet.csv").toString());
        Run unknown = voortgang("ingest", "--partner", "XYZ", INBOX.resolve("NVR/2019-03-15_realisatie-SWH-2018.csv").toString());
        Run binary = voortgang("ingest", "--partner", "WOMEN-INC", BAD.resolve("WOMEN-INC/realisatie-SWH-2018.xlsx").toString());
        Run empty = voortgang("ingest", "--partner", "EMANCIPATOR", BAD.resolve("EMANCIPATOR/indicatoren-WEDT-2019.csv").toString());

        assertThat(List.of(missing, unknown, binary, empty)).allSatisfy(run -> {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).doesNotContain("Exception", "\tat ");
        });
        assertThat(missing.out()).isEqualTo("NVR bestaat-niet.csv: geweigerd. Het bestand " + dataDir.resolve("bestaat-niet.csv")
                + " bestaat niet of kan niet worden gelezen.\n");
        assertThat(unknown.out()).startsWith("XYZ 2019-03-15_realisatie-SWH-2018.csv: geweigerd. Partner XYZ is onbekend: er is geen organisatie met die "
                        + "code.\n    bestand: Partner XYZ is onbekend")
                .contains("Oplossing: Gebruik de code van de partner die het bestand stuurde: ATRIA, CLARA-WICHMANN, EMANCIPATOR, MOVISIE, NVR, VHTO, "
                        + "WO-MEN, WOMEN-INC.").doesNotContain("OCW", "D66");
        assertThat(binary.out()).contains("geweigerd, 1 fout", "bestand: Deze Excel-werkmap kan niet worden gelezen: hij is beschadigd of onvolledig");
        assertThat(empty.out()).contains("geweigerd, 1 fout", "bestand: Het bestand is leeg.");
    }

    @Test
    void a_rejected_file_exits_2_and_its_problems_are_next_to_its_kept_copy() throws Exception {
        voortgang(with(new String[] {"ingest", "--reference"}, csvFiles(INBOX.resolve("secretariaat"))));

        Run run = voortgang("ingest", "--partner", "VHTO", BAD.resolve("VHTO/activiteiten-WEDT-2018-fouten.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("VHTO activiteiten-WEDT-2018-fouten.csv: geweigerd, 5 fouten; niets opgeslagen. Alle problemen staan in ",
                "    regel 4, kolom 'activiteit' (\"WEDT-18-04\"): Activiteit WEDT-18-04 is de verantwoordelijkheid van EMANCIPATOR;");
        try (Stream<Path> kept = Files.walk(dataDir.resolve("files/VHTO"))) {
            assertThat(kept.map(p -> p.getFileName().toString())).contains("activiteiten-WEDT-2018-fouten.csv",
                    "activiteiten-WEDT-2018-fouten.problems.csv");
        }
    }

    @Test
    void validate_checks_like_ingest_and_stores_nothing() throws Exception {
        voortgang(with(new String[] {"ingest", "--reference"}, csvFiles(INBOX.resolve("secretariaat"))));

        Run good = voortgang("validate", "--partner", "NVR", INBOX.resolve("NVR/2019-03-15_realisatie-SWH-2018.csv").toString());
        Run bad = voortgang("validate", BAD.resolve("NVR/begroting-SWH-2019-met-movisie.csv").toString());

        assertThat(good.exitCode()).isZero();
        assertThat(good.out()).isEqualTo("NVR 2019-03-15_realisatie-SWH-2018.csv (realisatie): in orde; niets opgeslagen.\n");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.out()).startsWith("NVR begroting-SWH-2019-met-movisie.csv (begroting): 2 fouten; niets opgeslagen.");
        assertThat(voortgang("status").out()).contains("Inzendingen (0)");
    }

    @Test
    void validate_against_a_folder_of_reference_files_needs_no_database() {
        Run run = voortgang("validate", "--partner", "MOVISIE", "--reference-dir", INBOX.resolve("secretariaat").toString(),
                BAD.resolve("MOVISIE/indicatoren-SWH-2018-tekst-in-getallen.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith("MOVISIE indicatoren-SWH-2018-tekst-in-getallen.csv (indicatoren): 4 fouten; niets opgeslagen.\n"
                + "    indicatoren-SWH-2018-tekst-in-getallen.csv, regel 3, kolom 'waarde' (\"n.v.t.\"): Dit is geen getal.");
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void while_another_run_holds_the_lock_ingest_refuses_on_standard_error_and_does_nothing() throws Exception {
        voortgang("validate", "--partner", "NVR", INBOX.resolve("NVR/2019-03-15_realisatie-SWH-2018.csv").toString());
        try (var connection = DriverManager.getConnection("jdbc:hsqldb:file:" + dataDir.resolve("db/voortgang") + ";shutdown=true", "SA", "");
             var insert = connection.prepareStatement("INSERT INTO run_lock (name, holder, acquired_at, heartbeat_at) VALUES ('voortgang', "
                     + "'andere-machine:4242 (nightly, sinds gisteren)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            insert.executeUpdate();
        }

        Run run = voortgang("ingest", "--partner", "NVR", INBOX.resolve("NVR/2019-03-15_realisatie-SWH-2018.csv").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Er is al een andere voortgang-run bezig (andere-machine:4242 (nightly, sinds gisteren)); er is niets gedaan. "
                + "Probeer het later opnieuw.\n");
        assertThat(voortgang("status").out()).contains("Inzendingen (0)", "Referentiebestanden (0)");
    }

    @Test
    void validate_reads_a_workbook_and_a_unicode_text_file_as_excel_saves_them() throws Exception {
        Path workbook = Files.write(dataDir.resolve("realisatie.xlsx"), nl.voortgang.batch.TestWorkbook.of(List.of(
                List.of("alliantie", "partner", "jaar", "kostensoort", "gerealiseerd"),
                List.of("SWH", "NVR", 2018, "personeelskosten", 31260.14),
                List.of("SWH", "NVR", 2018, "overheadkosten", "veel"))));
        byte[] text = "alliantie\tpartner\tjaar\tkostensoort\tgerealiseerd\r\nSWH\tNVR\t2018\tpersoneelskosten\t1.234,56\r\n"
                .getBytes(StandardCharsets.UTF_16LE);
        Path unicode = dataDir.resolve("realisatie.txt");
        Files.write(unicode, new byte[] {(byte) 0xFF, (byte) 0xFE});
        Files.write(unicode, text, java.nio.file.StandardOpenOption.APPEND);

        Run run = voortgang("validate", "--partner", "NVR", "--reference-dir", INBOX.resolve("secretariaat").toString(), workbook.toString(),
                unicode.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("NVR realisatie.xlsx (realisatie): 1 fout; niets opgeslagen.\n"
                        + "    realisatie.xlsx, regel 3, kolom 'gerealiseerd (E)' (\"veel\"): Dit is geen bedrag.")
                .contains("NVR realisatie.txt (realisatie): in orde; niets opgeslagen.");
    }
}
