package nl.voortgang.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.voortgang.reports.CsvByHand;
import org.junit.jupiter.api.Test;

/**
 * The embedding example's totals against totals worked out "by hand" from the sample files: a reading of the
 * CSV text that shares no code with {@code core}, taking for each partner, alliance, year and kind the file
 * whose name (arrival date) sorts last, as a person with a spreadsheet would.
 */
class EmbeddingExampleTests {

    private static final Path INBOX = Path.of("inbox");

    @Test
    void the_example_prints_each_partners_budget_and_spending_as_worked_out_by_hand() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BudgetVersusSpending.print(INBOX, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);

        CsvByHand byHand = CsvByHand.read(INBOX);
        Map<String, String> names = Map.of("WOMEN-INC", "WOMEN Inc.", "MOVISIE", "Movisie", "WO-MEN", "Wo=Men",
                "CLARA-WICHMANN", "Proefprocessenfonds Clara Wichmann", "NVR", "Nederlandse Vrouwen Raad", "ATRIA", "Atria",
                "VHTO", "VHTO", "EMANCIPATOR", "Emancipator");
        List<String> lines = printed.lines().toList();
        int partners = 0;
        for (String alliance : List.of("SWH", "WEDT")) {
            String section = alliance.equals("SWH") ? "Samen werkt het! (SWH)" : "Werk.en.de.Toekomst (WEDT)";
            int start = indexOfLineStarting(lines, section);
            for (String partner : byHand.partners(alliance)) {
                String row = lines.stream().skip(start).filter(l -> l.startsWith(names.get(partner) + " ")).findFirst().orElseThrow();
                assertThat(row).as(alliance + "/" + partner).contains(CsvByHand.euros(byHand.budget(alliance, partner, null)))
                        .contains(CsvByHand.euros(byHand.spent(alliance, partner, null)));
                partners++;
            }
        }
        assertThat(partners).isEqualTo(9);
        assertThat(printed).contains("Totaal").contains(CsvByHand.euros(byHand.budget("SWH", null, null)))
                .contains(CsvByHand.euros(byHand.spent("SWH", null, null)));
        assertThat(printed).contains("Afwijkingen buiten de tolerantie van 10%: 3");
    }

    private static int indexOfLineStarting(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no section " + prefix);
    }
}
