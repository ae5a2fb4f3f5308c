package nl.voortgang.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import nl.voortgang.core.budget.BudgetLine;
import nl.voortgang.core.budget.CostCategory;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.submission.PartnerFormats;
import org.junit.jupiter.api.Test;

class FormatReaderTests {

    private static RecordFormat.Result<BudgetLine> read(String text) throws Exception {
        CsvSource source = CsvSource.detect("begroting.csv", text.getBytes(StandardCharsets.UTF_8)).source();
        try (CsvTable table = CsvTable.open(source)) {
            return PartnerFormats.BUDGET.readAll(table);
        }
    }

    @Test
    void header_names_are_matched_in_any_case_spacing_or_english() throws Exception {
        var result = read("""
                ALLIANTIE ; Partner;jaar;Kosten soort;BEGROOT;versie;Toelichting
                SWH;NVR;2018;personeelskosten;30.000,00;definitief;
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.values()).singleElement().satisfies(line -> {
            assertThat(line.category()).isEqualTo(CostCategory.PERSONNEL);
            assertThat(line.amount()).isEqualTo(Money.euros(30000));
            assertThat(line.note()).isNull();
        });
        assertThat(read("alliance,partner,year,cost_category,budget,status\nSWH,NVR,2018,overhead,7000,definitive\n").problems()).isEmpty();
    }

    @Test
    void every_problem_in_a_file_is_reported_at_once_with_line_column_and_value() throws Exception {
        var result = read("""
                alliantie;partner;jaar;kostensoort;begroot;status;extra
                SWH;NVR;18;reiskosten;12,345;definitief;
                SWH;NVR;2018;personeelskosten;;klaar;x
                SWH;NVR;2018;overheadkosten;n.v.t.;definitief;;;zomaar
                """);

        assertThat(result.problems()).extracting(Problem::line, Problem::column, Problem::value, Problem::message).containsExactly(
                tuple(1L, "extra", "extra", "Onbekende kolom voor een bestand 'begroting'; deze kolom wordt genegeerd."),
                tuple(2L, "jaar", "18", "Dit is geen jaartal."),
                tuple(2L, "kostensoort", "reiskosten", "Deze waarde is niet toegestaan."),
                tuple(2L, "begroot", "12,345", "Een bedrag heeft hoogstens twee decimalen (centen)."),
                tuple(3L, "begroot", "", "Hier ontbreekt een waarde."),
                tuple(3L, "status", "klaar", "Deze waarde is niet toegestaan."),
                tuple(4L, "begroot", "n.v.t.", "Dit is geen bedrag."),
                tuple(4L, "", "zomaar", "Deze regel heeft meer waarden (9) dan de kopregel kolommen heeft (7)."));
        assertThat(result.values()).isEmpty();
    }

    @Test
    void a_missing_required_column_is_named_with_what_it_should_hold() throws Exception {
        var result = read("alliantie;partner;jaar;kostensoort;status\nSWH;NVR;2018;overhead;definitief\n");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("begroot");
            assertThat(p.message()).isEqualTo("De kolom 'begroot' ontbreekt.");
            assertThat(p.hint()).isEqualTo("Voeg in de kopregel een kolom 'begroot' toe (bedrag in euro's (1234,56 of 1.234,56 of € 1.234,56)).");
        });
    }

    @Test
    void a_repeated_column_is_an_error() throws Exception {
        var result = read("alliantie;partner;jaar;kostensoort;begroot;status;begroot\nSWH;NVR;2018;overhead;1;definitief;2\n");

        assertThat(result.problems()).extracting(Problem::message).contains("De kolom 'begroot' komt twee keer voor.");
    }

    @Test
    void an_unclosed_quote_is_reported_where_it_stops_the_reading() throws Exception {
        var result = read("alliantie;partner;jaar;kostensoort;begroot;status\nSWH;NVR;2018;overhead;1;definitief\nSWH;NVR;2018;\"personeel;2;definitief\n");

        assertThat(result.problems()).extracting(Problem::line, Problem::message).containsExactly(tuple(3L,
                "Een aanhalingsteken (\") op deze regel wordt nergens gesloten; vanaf hier kan het bestand niet worden gelezen."));
    }

    @Test
    void a_problem_reads_as_one_line_with_place_value_message_and_remedy() {
        Problem problem = Problem.error(nl.voortgang.core.csv.ProblemCode.NOT_AN_AMOUNT, "begroting.csv", 4, "begroot", "n.v.t.", "Dit is geen bedrag.", "Schrijf een bedrag.");

        assertThat(problem.describe()).isEqualTo("begroting.csv, regel 4, kolom 'begroot' (\"n.v.t.\"): Dit is geen bedrag. Oplossing: Schrijf een bedrag.");
    }
}
