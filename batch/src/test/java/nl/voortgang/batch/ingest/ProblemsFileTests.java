package nl.voortgang.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The problems file a partner opens in Excel, and Voortgang reads back when the same file comes again. */
class ProblemsFileTests {

    @TempDir
    Path folder;

    @Test
    void problems_read_back_as_they_were_written_codes_included_and_formulas_never_run() throws Exception {
        List<Problem> problems = List.of(
                Problem.error(ProblemCode.NOT_AN_AMOUNT, "realisatie.csv", 4, "gerealiseerd", "=SUM(A1:A9)", "Dit is geen bedrag.", "Schrijf een bedrag."),
                Problem.warning(ProblemCode.UNKNOWN_COLUMN, "realisatie.csv", 1, "opmerking", "opmerking", "Onbekende kolom.", ""),
                Problem.ofFile(ProblemCode.FILE_EMPTY, "realisatie.csv", "Het bestand is leeg.", "Stuur het opnieuw."));
        Path file = folder.resolve("realisatie.problems.csv");

        ProblemsFile.write(file, problems);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("\ufeffbestand;regel;kolom;waarde;ernst;code;melding;oplossing")
                .contains(";'=SUM(A1:A9);fout;NOT_AN_AMOUNT;");
        assertThat(ProblemsFile.read(file)).containsExactlyElementsOf(problems);
    }

    @Test
    void a_problems_file_of_an_earlier_version_without_codes_still_reads() throws Exception {
        Path file = folder.resolve("oud.problems.csv");
        Files.writeString(file, "\ufeffbestand;regel;kolom;waarde;ernst;melding;oplossing\nbegroting.csv;3;kostensoort;reiskosten;fout;"
                + "Deze waarde is niet toegestaan.;Kies een van: personeelskosten.\n", StandardCharsets.UTF_8);

        assertThat(ProblemsFile.read(file)).containsExactly(Problem.error(ProblemCode.FROM_AN_EARLIER_VERSION, "begroting.csv", 3, "kostensoort",
                "reiskosten", "Deze waarde is niet toegestaan.", "Kies een van: personeelskosten."));
    }
}
