package nl.voortgang.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.voortgang.batch.BatchTestSupport;
import nl.voortgang.batch.TestFiles;
import nl.voortgang.batch.Voortgang;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} and {@code newsletter}, as staff run them on demand: the PDF, or a clear refusal. */
@org.junit.jupiter.api.Tag("database")
class ReportCommandTests {

    private static final Path INBOX = BatchTestSupport.INBOX;

    @TempDir
    static Path work;

    record Run(int exitCode, String out, String err) {
    }

    private static Run voortgang(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data-dir", work.resolve("data").toString()));
        all.addAll(List.of(args));
        int code = new Voortgang(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(all.toArray(String[]::new));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void theSampleWorldIsIngested() throws Exception {
        nl.voortgang.batch.TestDatabase.emptyTheServer();
        TestFiles.copy(INBOX, work.resolve("inbox"));
        Run nightly = voortgang("nightly", "--inbox", work.resolve("inbox").toString(), "--out", work.resolve("nacht").toString());
        assertThat(nightly.exitCode()).as(nightly.out()).isEqualTo(2);
    }

    private static String text(Path pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }

    @Test
    void a_year_report_is_written_as_a_pdf_with_the_alliances_figures() throws Exception {
        Path pdf = work.resolve("uit/SWH-2018.pdf");

        Run run = voortgang("report", "--alliance", "swh", "--year", "2018", "--out", pdf.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).startsWith("Voortgangsrapportage SWH 2018 geschreven naar " + pdf);
        assertThat(text(pdf)).contains("Samen werkt het!", "Voortgangsrapportage 2018", "€ 590.000,00", "Pagina 2 van");
    }

    @Test
    void the_to_date_report_in_english_is_the_same_template_with_english_words() throws Exception {
        Path pdf = work.resolve("uit/SWH-tot-2019-en.pdf");

        Run run = voortgang("report", "--alliance", "SWH", "--year", "2019", "--to-date", "--lang", "en", "--out", pdf.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Voortgangsrapportage SWH tot en met 2019 geschreven naar ");
        assertThat(text(pdf)).contains("Samen werkt het!", "Progress report", "Page 2 of");
    }

    @Test
    void with_format_xlsx_the_reports_tables_are_written_as_a_workbook() throws Exception {
        Path xlsx = work.resolve("uit/SWH-tot-2019.xlsx");

        Run run = voortgang("report", "--alliance", "SWH", "--year", "2019", "--to-date", "--format", "xlsx", "--out", xlsx.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).startsWith("Werkmap bij de voortgangsrapportage SWH tot en met 2019 geschreven naar " + xlsx);
        try (var zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            String workbook = new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(workbook).contains("name=\"Kerncijfers\"", "name=\"Begroting en realisatie\"", "name=\"Subsidie\"", "name=\"Bronnen\"");
            String strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(strings).contains("Nederlandse Vrouwen Raad", "2019-03-29_realisatie-SWH-2018-gecorrigeerd.csv");
        }
    }

    @Test
    void the_lead_organisation_approves_one_file_and_returns_another_and_the_list_shows_who_did_what() {
        Run before = voortgang("review", "--alliance", "SWH", "--year", "2019");
        Run approve = voortgang("review", "--alliance", "swh", "--year", "2019", "--partner", "NVR", "--kind", "realisatie", "--approve",
                "--as", "J. de Vries");
        Run again = voortgang("review", "--alliance", "SWH", "--year", "2019", "--partner", "NVR", "--kind", "realisatie", "--approve");
        Run back = voortgang("review", "--alliance", "SWH", "--year", "2019", "--partner", "NVR", "--kind", "indicatoren",
                "--return", "Teller en noemer ontbreken bij I1.2.", "--as", "J. de Vries");
        Run noNote = voortgang("review", "--alliance", "SWH", "--year", "2019", "--partner", "NVR", "--kind", "begroting", "--return", " ");
        Run badKind = voortgang("review", "--alliance", "SWH", "--year", "2019", "--partner", "NVR", "--kind", "jaarverslag", "--approve");
        Run after = voortgang("review", "--alliance", "SWH", "--year", "2019");

        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).contains("Beoordeling van de bestanden van SWH over 2019:").containsPattern("NVR +realisatie +v1  ontvangen\\n");
        assertThat(approve.exitCode()).as(approve.err()).isZero();
        assertThat(approve.out()).isEqualTo("realisatie 2019 van NVR voor SWH: goedgekeurd door J. de Vries.\n");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).startsWith("Versie 1 (2020-03-14_realisatie-SWH-2019.csv) is al goedgekeurd door J. de Vries op ");
        assertThat(back.out()).isEqualTo("indicatoren 2019 van NVR voor SWH: teruggestuurd door J. de Vries.\n");
        assertThat(noNote.err()).isEqualTo("Een bestand gaat terug met een toelichting: zeg de partner wat er anders moet.\n");
        assertThat(badKind.err()).isEqualTo("Soort 'jaarverslag' bestaat niet: kies 'begroting', 'realisatie', 'activiteiten', 'indicatoren', 'verslag'.\n");
        assertThat(after.out()).containsPattern("NVR +realisatie +v1  goedgekeurd door J. de Vries\\n")
                .containsPattern("NVR +indicatoren +v1  teruggestuurd door J. de Vries: Teller en noemer ontbreken bij I1.2.\\n")
                .containsPattern("NVR +begroting +v1  ontvangen\\n");
    }

    @Test
    void the_newsletter_of_an_edition_is_written() throws Exception {
        Path pdf = work.resolve("uit/nieuwsbrief.pdf");

        Run run = voortgang("newsletter", "--edition", "2018-12", "--out", pdf.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(text(pdf)).contains("Nieuwsbrief", "december 2018", "Een jaar Samen werkt het!", "Agenda");
    }

    @Test
    void what_cannot_be_made_is_one_clear_line_on_standard_error_and_a_non_zero_exit() throws Exception {
        Path file = Files.writeString(work.resolve("een-bestand"), "x");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now()));

        Run unknown = voortgang("report", "--alliance", "XYZ", "--year", "2018", "--out", work.resolve("x.pdf").toString());
        Run outside = voortgang("report", "--alliance", "SWH", "--year", "2024", "--out", work.resolve("x.pdf").toString());
        Run noData = voortgang("report", "--alliance", "WEDT", "--year", "2021", "--out", work.resolve("x.pdf").toString());
        Run unwritable = voortgang("report", "--alliance", "SWH", "--year", "2018", "--out", file.resolve("SWH.pdf").toString());
        Run noEdition = voortgang("newsletter", "--edition", "2030-01", "--out", work.resolve("n.pdf").toString());
        Run badEdition = voortgang("newsletter", "--edition", "juni", "--out", work.resolve("n.pdf").toString());
        Run badFormat = voortgang("report", "--alliance", "SWH", "--year", "2018", "--format", "docx", "--out", work.resolve("x.pdf").toString());

        assertThat(List.of(unknown, outside, noData, unwritable, noEdition, badEdition, badFormat)).allSatisfy(run -> {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).hasSize(1);
        });
        assertThat(unknown.err()).isEqualTo("Alliantie XYZ is onbekend. Bekende allianties: SWH, WEDT.\n");
        assertThat(outside.err()).isEqualTo("2024 valt buiten het partnerschap van SWH (2018–2022).\n");
        assertThat(noData.err()).isEqualTo("Er zijn nog geen gegevens van alliantie WEDT over 2021: geen enkele partner heeft een bestand ingestuurd.\n");
        assertThat(unwritable.err()).startsWith("Het bestand " + file.resolve("SWH.pdf") + " kan niet worden geschreven (")
                .endsWith("). Kies een map waarin u mag schrijven.\n");
        assertThat(noEdition.err()).startsWith("Editie 2030-01 van de nieuwsbrief is onbekend. Bekende edities: 2017-10, 2018-12, 2019-06;");
        assertThat(badEdition.err()).isEqualTo("'juni' is geen editie: schrijf jaar en maand als 2019-06.\n");
        assertThat(badFormat.err()).isEqualTo("Formaat 'docx' bestaat niet: kies pdf of xlsx.\n");
        assertThat(work.resolve("x.pdf")).doesNotExist();
    }
}
