package nl.voortgang.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.voortgang.reports.CsvByHand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command: {@code voortgang nightly} on a fresh copy of the sample inbox. */
class NightlyEndToEndTests {

    @TempDir
    Path work;

    @Test
    void the_sample_inbox_is_ingested_moved_and_reported_with_the_totals_of_its_files() throws Exception {
        NightlyRun nightly = new NightlyRun(work);

        NightlyRun.Result result = nightly.run();

        assertThat(result.exitCode()).as("two files are refused on purpose").isEqualTo(2);
        assertThat(result.out()).contains("Nachtelijke run 1: 109 bestand(en): 107 geaccepteerd, 0 al ingelezen, 2 geweigerd, 0 niet gelezen (koppelingen en bestanden buiten een partnermap), 0 wachten op de volgende run, "
                + "0 mislukt; 5 PDF('s) geschreven.");
        assertThat(NightlyRun.files(nightly.inbox)).isEmpty();
        assertThat(NightlyRun.files(work.resolve("archief"))).hasSize(107);
        assertThat(NightlyRun.files(work.resolve("geweigerd"))).containsExactly(
                "MOVISIE/2019-03-25_indicatoren-SWH-2018-aanvulling.csv", "MOVISIE/2019-03-25_indicatoren-SWH-2018-aanvulling.problems.csv",
                "WOMEN-INC/2019-03-10_realisatie-SWH-2018.problems.csv", "WOMEN-INC/2019-03-10_realisatie-SWH-2018.xlsx");
        assertThat(NightlyRun.files(nightly.out)).containsExactly("nachtelijke-run.json", "nachtelijke-runs/run-000001.json", "nieuwsbrief-2019-06.pdf",
                "voortgangsrapportage-SWH-2019.pdf", "voortgangsrapportage-SWH-tot-en-met-2019.pdf",
                "voortgangsrapportage-WEDT-2019.pdf", "voortgangsrapportage-WEDT-tot-en-met-2019.pdf");

        CsvByHand byHand = CsvByHand.read(Path.of("inbox"));
        for (String alliance : new String[] {"SWH", "WEDT"}) {
            String name = alliance.equals("SWH") ? "Samen werkt het!" : "Werk.en.de.Toekomst";
            String year = NightlyRun.pdfText(nightly.out.resolve("voortgangsrapportage-" + alliance + "-2019.pdf"));
            String all = NightlyRun.pdfText(nightly.out.resolve("voortgangsrapportage-" + alliance + "-tot-en-met-2019.pdf"));
            assertThat(year).contains(name, plain(byHand.budget(alliance, null, 2019)), plain(byHand.spent(alliance, null, 2019)));
            assertThat(all).contains(name, plain(byHand.budget(alliance, null, null)), plain(byHand.spent(alliance, null, null)));
            for (String partner : byHand.partners(alliance)) {
                assertThat(all).as(alliance + "/" + partner).contains(plain(byHand.budget(alliance, partner, null)),
                        plain(byHand.spent(alliance, partner, null)));
            }
        }
        assertThat(NightlyRun.pdfText(nightly.out.resolve("nieuwsbrief-2019-06.pdf"))).contains("Nieuwsbrief", "Samen werkt het! (SWH)",
                "Werk.en.de.Toekomst (WEDT)", "D66 V/M Sociale Innovatie");
        assertThat(Files.readString(nightly.out.resolve("nachtelijke-run.json"))).contains("\"fate\" : \"ACCEPTED\"", "\"fate\" : \"REJECTED\"",
                "\"REJECTED\" : 2", "\"exitCode\" : 2");
    }

    @Test
    void a_second_run_right_after_the_first_does_nothing_says_so_and_changes_nothing() throws Exception {
        NightlyRun nightly = new NightlyRun(work);
        nightly.run();
        NightlyState first = nightly.state();
        var pdfTimes = Files.getLastModifiedTime(nightly.out.resolve("voortgangsrapportage-SWH-2019.pdf"));

        NightlyRun.Result second = nightly.run();

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("Nachtelijke run 2: niets te doen.");
        NightlyRun.assertSameState(nightly.state(), first);
        assertThat(Files.getLastModifiedTime(nightly.out.resolve("voortgangsrapportage-SWH-2019.pdf"))).isEqualTo(pdfTimes);
    }

    private static String plain(BigDecimal amount) {
        return CsvByHand.euros(amount).replace('\u00a0', ' ');
    }

    @Test
    void the_first_run_on_a_new_data_directory_says_only_what_voortgang_says() throws Exception {
        NightlyRun nightly = new NightlyRun(work);

        Process process = nightly.start();
        String printed = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(printed).as("the database is created and migrated before Spring starts; no library talks on the console")
                .startsWith("secretariaat organisaties.csv: ingelezen als 'organisaties'").doesNotContain("org.flywaydb", " INFO ", " WARN ");
    }
}
