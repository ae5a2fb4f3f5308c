package nl.voortgang.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

        Map<String, BigDecimal[]> byHand = ByHand.totals(INBOX);
        assertThat(byHand).hasSize(9);
        Map<String, String> names = Map.of("WOMEN-INC", "WOMEN Inc.", "MOVISIE", "Movisie", "WO-MEN", "Wo=Men",
                "CLARA-WICHMANN", "Proefprocessenfonds Clara Wichmann", "NVR", "Nederlandse Vrouwen Raad", "ATRIA", "Atria",
                "VHTO", "VHTO", "EMANCIPATOR", "Emancipator");
        List<String> lines = printed.lines().toList();
        for (var entry : byHand.entrySet()) {
            String alliance = entry.getKey().split("/")[0];
            String partner = entry.getKey().split("/")[1];
            String section = alliance.equals("SWH") ? "Samen werkt het! (SWH)" : "Werk.en.de.Toekomst (WEDT)";
            int start = indexOfLineStarting(lines, section);
            String row = lines.stream().skip(start).filter(l -> l.startsWith(names.get(partner) + " ")).findFirst().orElseThrow();
            assertThat(row).as(entry.getKey()).contains(ByHand.euros(entry.getValue()[0])).contains(ByHand.euros(entry.getValue()[1]));
        }
        BigDecimal swhBudget = ByHand.sum(byHand, "SWH", 0);
        BigDecimal swhSpent = ByHand.sum(byHand, "SWH", 1);
        assertThat(printed).contains("Totaal").contains(ByHand.euros(swhBudget)).contains(ByHand.euros(swhSpent));
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
