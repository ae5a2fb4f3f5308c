package nl.voortgang.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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

        Map<String, BigDecimal[]> byHand = byHand();
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
            assertThat(row).as(entry.getKey()).contains(euros(entry.getValue()[0])).contains(euros(entry.getValue()[1]));
        }
        BigDecimal swhBudget = sum(byHand, "SWH", 0);
        BigDecimal swhSpent = sum(byHand, "SWH", 1);
        assertThat(printed).contains("Totaal").contains(euros(swhBudget)).contains(euros(swhSpent));
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

    private static BigDecimal sum(Map<String, BigDecimal[]> totals, String alliance, int index) {
        return totals.entrySet().stream().filter(e -> e.getKey().startsWith(alliance + "/")).map(e -> e.getValue()[index])
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String euros(BigDecimal amount) {
        return "€\u00a0" + String.format(Locale.forLanguageTag("nl-NL"), "%,.2f", amount);
    }

    /** Alliance/partner → {definitive budget, realised}, from the last file per partner, alliance, year and kind. */
    private static Map<String, BigDecimal[]> byHand() throws IOException {
        Map<String, Path> lastFile = new TreeMap<>();
        Map<Path, List<Map<String, String>>> rows = new HashMap<>();
        try (Stream<Path> partners = Files.list(INBOX)) {
            for (Path folder : partners.filter(p -> !p.getFileName().toString().equals("secretariaat")).sorted().toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                        List<Map<String, String>> table = table(file);
                        Map<String, String> first = table.get(0);
                        String kind = first.containsKey("begroot") ? "budget" : first.containsKey("gerealiseerd") ? "spent" : null;
                        if (kind != null) {
                            lastFile.put(first.get("alliantie") + "/" + folder.getFileName() + "/" + first.get("jaar") + "/" + kind, file);
                            rows.put(file, table);
                        }
                    }
                }
            }
        }
        Map<String, BigDecimal[]> totals = new TreeMap<>();
        lastFile.forEach((key, file) -> {
            String[] parts = key.split("/");
            BigDecimal[] total = totals.computeIfAbsent(parts[0] + "/" + parts[1], k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            for (Map<String, String> row : rows.get(file)) {
                if (parts[3].equals("budget") && row.get("status").equals("definitief")) {
                    total[0] = total[0].add(amount(row.get("begroot")));
                } else if (parts[3].equals("spent")) {
                    total[1] = total[1].add(amount(row.get("gerealiseerd")));
                }
            }
        });
        return totals;
    }

    private static BigDecimal amount(String text) {
        String plain = text.replace("€", "").replace(" ", "").trim();
        if (plain.contains(",")) {
            plain = plain.replace(".", "").replace(",", ".");
        }
        return new BigDecimal(plain);
    }

    /** Rows as maps from lower-case header names to values; handles quotes, line breaks in quotes, BOM and Windows-1252. */
    private static List<Map<String, String>> table(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        text = text.replace("\uFEFF", "");
        char separator = text.substring(0, text.indexOf('\n')).contains(";") ? ';' : ',';
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                record.add(cell.toString().replace("\r", ""));
                cell.setLength(0);
                if (record.stream().anyMatch(v -> !v.isBlank())) {
                    records.add(record);
                }
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        List<String> header = records.get(0).stream().map(h -> h.toLowerCase(Locale.ROOT).replace(" ", "")).toList();
        List<Map<String, String>> table = new ArrayList<>();
        for (List<String> values : records.subList(1, records.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < values.size() ? values.get(i) : "");
            }
            table.add(row);
        }
        return table;
    }
}
