package nl.voortgang.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.voortgang.core.progress.ProgressReport;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbook beside the report, read back as a reviewer's spreadsheet would read it: every table a sheet, amounts
 * as numbers that add up to what the partners' files say, each checksum the file's own.
 */
class ProgressReportWorkbookTests {

    private static final Map<String, String> PARTNERS = Map.of("WOMEN-INC", "WOMEN Inc.", "MOVISIE", "Movisie", "WO-MEN", "Wo=Men",
            "CLARA-WICHMANN", "Proefprocessenfonds Clara Wichmann", "NVR", "Nederlandse Vrouwen Raad");

    private static CsvByHand byHand;
    private static ProgressReport report;
    private static Map<String, List<Map<String, Cell>>> sheets;

    @BeforeAll
    static void render() throws IOException {
        byHand = CsvByHand.read(SampleWorld.INBOX);
        report = SampleWorld.toDate("SWH", 2019);
        sheets = read(new ProgressReportWorkbook().render(report, Locale.forLanguageTag("nl-NL")));
    }

    @Test
    void every_table_of_the_report_is_a_sheet_in_the_order_of_the_chapters() {
        assertThat(sheets.keySet()).containsExactly("Rapportage", "Kerncijfers", "Activiteiten", "Verslag", "Indicatoren", "Indicatoren per partner",
                "Uitsplitsingen", "Begroting en realisatie", "Totalen", "Subsidie", "Termijnen", "Bronnen");
        assertThat(sheets.get("Activiteiten")).hasSize(report.outcomes().stream().mapToInt(o -> o.activities().size()).sum());
        assertThat(sheets.get("Verslag")).hasSize(report.outcomes().stream().mapToInt(o -> o.stories().size()).sum()).isNotEmpty();
        Map<String, Cell> asOf = sheets.get("Rapportage").stream().filter(r -> r.get("Onderdeel").getText().equals("Stand van de gegevens"))
                .findFirst().orElseThrow();
        assertThat(asOf.get("Waarde").getText()).as("a day only, as on the cover: no time that nobody gave").isEqualTo("22 maart 2020");
    }

    @Test
    void the_realised_amounts_are_numbers_that_add_up_to_the_expenditure_files_per_partner_and_in_total() {
        List<Map<String, Cell>> lines = sheets.get("Begroting en realisatie");
        for (var partner : PARTNERS.entrySet()) {
            BigDecimal spent = lines.stream().filter(r -> r.get("Partner").getText().equals(partner.getValue()))
                    .map(r -> r.get("Gerealiseerd").asNumber()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(spent).as(partner.getValue()).isEqualByComparingTo(byHand.spent("SWH", partner.getKey(), null));
        }
        Map<String, Cell> total = sheets.get("Totalen").stream().filter(r -> r.get("Soort").getText().equals("Totaal alliantie"))
                .findFirst().orElseThrow();
        assertThat(total.get("Gerealiseerd").asNumber()).isEqualByComparingTo(byHand.spent("SWH", null, null));
        assertThat(total.get("Begroot").asNumber()).isEqualByComparingTo(byHand.budget("SWH", null, null));
    }

    @Test
    void the_subsidy_sheet_gives_granted_charged_and_remaining_as_worked_out_by_hand() {
        for (var partner : PARTNERS.entrySet()) {
            BigDecimal granted = BigDecimal.ZERO;
            BigDecimal charged = BigDecimal.ZERO;
            for (int year : List.of(2018, 2019)) {
                granted = granted.add(byHand.granted("SWH", partner.getKey(), year, false));
                charged = charged.add(byHand.spent("SWH", partner.getKey(), year).subtract(byHand.contributions("SWH", partner.getKey(), year)));
            }
            Map<String, Cell> row = sheets.get("Subsidie").stream().filter(r -> r.get("Partner").getText().equals(partner.getValue()))
                    .findFirst().orElseThrow();
            assertThat(row.get("Verleend").asNumber()).as(partner.getValue()).isEqualByComparingTo(granted);
            assertThat(row.get("Ten laste van de subsidie").asNumber()).as(partner.getValue()).isEqualByComparingTo(charged);
            assertThat(row.get("Resteert").asNumber()).as(partner.getValue()).isEqualByComparingTo(granted.subtract(charged));
        }
    }

    @Test
    void a_ratio_gives_its_numerator_and_denominator_per_year_and_per_partner() {
        BigDecimal[] parts = byHand.ratio("SWH", "I1.2", 2018);
        Map<String, Cell> year = sheets.get("Indicatoren").stream()
                .filter(r -> r.get("Indicator").getText().equals("I1.2") && r.get("Jaar").getText().equals("2018")).findFirst().orElseThrow();
        assertThat(year.get("Teller").asNumber()).isEqualByComparingTo(parts[0]);
        assertThat(year.get("Noemer").asNumber()).isEqualByComparingTo(parts[1]);
        assertThat(year.get("Aggregatie").getText()).isEqualTo("verhouding");
        assertThat(sheets.get("Indicatoren").stream().filter(r -> r.get("Indicator").getText().equals("I1.1")).map(r -> r.get("Jaar").getText()))
                .containsExactly("2018", "2019", "t/m 2019");
        assertThat(sheets.get("Indicatoren per partner").stream()
                .filter(r -> r.get("Indicator").getText().equals("I1.2") && r.get("Jaar").getText().equals("2018"))
                .map(r -> r.get("Teller").asNumber()).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(parts[0]);
    }

    @Test
    void each_source_gives_the_sha256_of_the_file_it_names() throws Exception {
        List<Map<String, Cell>> sources = sheets.get("Bronnen");
        assertThat(sources).hasSize(report.sources().size());
        for (Map<String, Cell> source : sources) {
            String file = source.get("Bestand").getText();
            Path found;
            try (Stream<Path> files = Files.walk(SampleWorld.INBOX)) {
                found = files.filter(p -> p.getFileName().toString().equals(file)).findFirst().orElseThrow();
            }
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(found)));
            assertThat(source.get("SHA-256").getText()).as(file).isEqualTo(sha256);
        }
    }

    @Test
    void in_english_the_sheets_and_columns_are_english_and_so_are_the_alliances_own_words() throws IOException {
        var english = read(new ProgressReportWorkbook().render(report, Locale.UK));

        assertThat(english.keySet()).contains("Key figures", "Budget and expenditure", "Subsidy", "Sources");
        assertThat(english.get("Indicators").get(0).get("Description").getText()).isEqualTo("Women who took a financial resilience training");
    }

    /** Each sheet as rows from column head to cell. */
    private static Map<String, List<Map<String, Cell>>> read(byte[] xlsx) throws IOException {
        Map<String, List<Map<String, Cell>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<Row> rows = sheet.read();
                List<String> header = new ArrayList<>();
                rows.get(0).forEach(c -> header.add(c.getText()));
                List<Map<String, Cell>> table = new ArrayList<>();
                for (Row row : rows.subList(1, rows.size())) {
                    Map<String, Cell> cells = new LinkedHashMap<>();
                    for (int i = 0; i < Math.min(header.size(), row.getCellCount()); i++) {
                        Cell cell = row.getCell(i);
                        if (cell != null) {
                            cells.put(header.get(i), cell);
                        }
                    }
                    table.add(cells);
                }
                sheets.put(sheet.getName(), table);
            }
        }
        return sheets;
    }
}
