package nl.voortgang.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.voortgang.batch.BatchTestSupport;
import nl.voortgang.batch.TestFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cycle on the command line: the partners' files come in, the lead organisation approves them, submits the year's
 * report, a correction arrives, and the submitted report is made again as it was while a new report has the correction.
 */
@org.junit.jupiter.api.Tag("database")
class SubmitCommandTests {

    @TempDir
    Path work;

    private CommandRun voortgang(String... args) {
        return CommandRun.voortgangOn(work.resolve("data"), args);
    }

    private static String text(Path pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }

    @Test
    void the_lead_submits_once_every_file_is_approved_and_the_submitted_report_stays_as_it_was_after_a_correction() throws Exception {
        nl.voortgang.batch.TestDatabase.emptyTheServer();
        TestFiles.copy(BatchTestSupport.INBOX, work.resolve("inbox"));
        assertThat(voortgang("nightly", "--inbox", work.resolve("inbox").toString(), "--out", work.resolve("nacht").toString()).exitCode())
                .isEqualTo(2);

        // not yet approved: refused, with every file named, and nothing frozen
        CommandRun early = voortgang("submit", "--alliance", "SWH", "--year", "2019", "--out", work.resolve("early.pdf").toString());
        assertThat(early.exitCode()).isEqualTo(2);
        assertThat(early.err().lines().toList()).first().asString()
                .isEqualTo("De voortgangsrapportage 2019 van SWH kan nog niet worden ingediend (25 bestanden); er is niets vastgelegd:");
        assertThat(early.err()).contains("  niet goedgekeurd: realisatie 2019 van NVR (v1, ontvangen)\n")
                .contains("  ontbreekt: verslag 2019 van Nederlandse Vrouwen Raad\n");
        assertThat(work.resolve("early.pdf")).doesNotExist();

        // the partners send their narratives
        var activities = java.util.Map.of("CLARA-WICHMANN", "SWH-19-06", "MOVISIE", "SWH-19-02", "NVR", "SWH-19-03", "WO-MEN", "SWH-19-04",
                "WOMEN-INC", "SWH-19-01");
        for (var partner : activities.entrySet()) {
            Path narrative = Files.writeString(work.resolve("2020-03-25_verslag-" + partner.getKey() + ".csv"),
                    "alliantie;partner;jaar;onderwerp;gedaan;resultaten\nSWH;" + partner.getKey() + ";2019;" + partner.getValue()
                            + ";\"Uitgevoerd zoals gepland.\nMet twee extra bijeenkomsten.\";Meer deelnemers dan verwacht.\n");
            CommandRun sent = voortgang("ingest", "--partner", partner.getKey(), narrative.toString());
            assertThat(sent.exitCode()).as(sent.err()).isZero();
        }

        // the lead returns NVR's spending: the explanation of the communication costs is missing; NVR sends a new version
        CommandRun returned = voortgang("review", "--alliance", "SWH", "--year", "2019", "--partner", "NVR", "--kind", "realisatie", "--return",
                "Licht de communicatiekosten toe.", "--as", "J. de Vries");
        assertThat(returned.exitCode()).as(returned.err()).isZero();
        assertThat(voortgang("submit", "--alliance", "SWH", "--year", "2019", "--out", work.resolve("early.pdf").toString()).err())
                .contains("  niet goedgekeurd: realisatie 2019 van NVR (v1, teruggestuurd)\n");
        Path answer = Files.writeString(work.resolve("2020-03-28_realisatie-SWH-2019-toegelicht.csv"),
                "alliantie,partner,jaar,kostensoort,gerealiseerd,toelichting\nSWH,NVR,2019,personeelskosten,32697.76,\n"
                        + "SWH,NVR,2019,activiteitenkosten,37840.49,\nSWH,NVR,2019,communicatiekosten,8730.26,Twee extra edities van de nieuwsbrief.\n"
                        + "SWH,NVR,2019,overheadkosten,7868.17,\n");
        assertThat(voortgang("ingest", "--partner", "NVR", answer.toString()).exitCode()).isZero();

        // the lead approves every file of 2019
        for (String partner : List.of("CLARA-WICHMANN", "MOVISIE", "NVR", "WO-MEN", "WOMEN-INC")) {
            for (String kind : List.of("begroting", "realisatie", "activiteiten", "indicatoren", "verslag")) {
                CommandRun approved = voortgang("review", "--alliance", "SWH", "--year", "2019", "--partner", partner, "--kind", kind, "--approve",
                        "--as", "J. de Vries");
                assertThat(approved.exitCode()).as(partner + " " + kind + ": " + approved.err()).isZero();
            }
        }
        Path submitted = work.resolve("SWH-2019-ingediend.pdf");
        CommandRun submit = voortgang("submit", "--alliance", "SWH", "--year", "2019", "--out", submitted.toString(), "--as", "J. de Vries");
        assertThat(submit.exitCode()).as(submit.err()).isZero();
        assertThat(submit.out()).startsWith("Voortgangsrapportage 2019 van SWH ingediend door J. de Vries op ").contains("met 25 bestanden");
        assertThat(text(submitted)).contains("€ 32.697,76").contains("goedgekeurd (J. de Vries)")
                .containsPattern("Ingediend bij het ministerie [0-9]+ [a-z]+ [0-9]{4}, [0-9]{2}:[0-9]{2} door J. de Vries; gemaakt uit de versies");

        // a correction after the submission
        Path correction = Files.writeString(work.resolve("2020-04-20_realisatie-SWH-2019-gecorrigeerd.csv"),
                "alliantie;partner;jaar;kostensoort;gerealiseerd;toelichting\nSWH;NVR;2019;personeelskosten;31000,00;\n"
                        + "SWH;NVR;2019;activiteitenkosten;42000,00;\nSWH;NVR;2019;communicatiekosten;9000,00;\nSWH;NVR;2019;overheadkosten;7000,00;\n");
        assertThat(voortgang("ingest", "--partner", "NVR", correction.toString()).exitCode()).isZero();

        Path again = work.resolve("again.pdf");
        Path now = work.resolve("now.pdf");
        assertThat(voortgang("report", "--alliance", "SWH", "--year", "2019", "--submitted", "--out", again.toString()).exitCode()).isZero();
        assertThat(voortgang("report", "--alliance", "SWH", "--year", "2019", "--out", now.toString()).exitCode()).isZero();
        String asSubmitted = text(again);
        assertThat(asSubmitted).contains("€ 32.697,76").contains("toegelicht.csv").doesNotContain("gecorrigeerd.csv");
        assertThat(asSubmitted).contains("door J. de Vries; gemaakt uit de versies");
        String current = text(now);
        assertThat(current).doesNotContain("Ingediend bij het ministerie");
        assertThat(current).contains("€ 31.000,00").contains("gecorrigeerd.csv").contains("v3 van 3");
        assertThat(current).containsPattern("De rapportage over dit jaar is op [0-9]+ [a-z]+ [0-9]{4}, [0-9:]+ ingediend door J. de Vries")
                .contains("Bestand realisatie 2019 van Nederlandse Vrouwen Raad: ingediend v2, nu v3");

        // the ministry assesses the submitted report with conditions; the next report shows it
        CommandRun assessed = voortgang("assess", "--alliance", "SWH", "--year", "2019", "--report", "--outcome", "voorwaarden", "--on",
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString(), "--note", "Lever de onderbouwing van de personeelskosten na.", "--as", "J. de Vries");
        assertThat(assessed.exitCode()).as(assessed.err()).isZero();
        assertThat(voortgang("report", "--alliance", "SWH", "--year", "2019", "--out", now.toString()).exitCode()).isZero();
        assertThat(text(now).replaceAll("\\s+", " ")).contains("2019 · Beoordeling van de voortgangsrapportage door het ministerie — de regeling noemt geen termijn: "
                + "goedgekeurd onder voorwaarden");
        assertThat(voortgang("status", "--alliance", "SWH").out()).contains("beoordeling van de voortgangsrapportage door het ministerie")
                .contains("Lever de onderbouwing van de personeelskosten na.");
        assertThat(voortgang("submit", "--alliance", "SWH", "--year", "2019", "--out", work.resolve("twice.pdf").toString()).err())
                .startsWith("De voortgangsrapportage 2019 van SWH is al ingediend door J. de Vries op ");
    }
}
