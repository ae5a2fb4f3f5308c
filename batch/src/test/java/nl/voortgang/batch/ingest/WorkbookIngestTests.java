package nl.voortgang.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.voortgang.batch.BatchTestSupport;
import nl.voortgang.batch.TestWorkbook;
import nl.voortgang.batch.TestWorkbook.Day;
import nl.voortgang.batch.TestWorkbook.Error;
import nl.voortgang.batch.TestWorkbook.Formula;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.organisation.OrganisationCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partners save from Excel: a workbook is read directly, its first worksheet through the same formats and checks as a
 * CSV file, numbers and dates by the cells' own types, formulas by their last calculated values, and every problem with
 * the sheet's row and the column's letter.
 */
class WorkbookIngestTests extends BatchTestSupport {

    private static final OrganisationCode NVR = OrganisationCode.of("NVR");
    private static final List<Object> LEDGER_HEADER = List.of("alliantie", "partner", "jaar", "datum", "kostensoort", "gerealiseerd", "omschrijving");

    @TempDir
    Path work;

    @BeforeEach
    void referenceData() {
        loadSampleReferenceData();
    }

    private FileOutcome ingest(String name, byte[] content) throws IOException {
        Path file = Files.write(work.resolve(name), content);
        return ingest.ingestPartnerFile(NVR, file, "test", Instant.parse("2019-03-15T11:00:00Z"));
    }

    @Test
    void a_ledger_saved_as_a_workbook_is_accepted_with_numbers_dates_and_calculated_values_as_the_cells_hold_them() throws IOException {
        byte[] workbook = TestWorkbook.of(List.of(LEDGER_HEADER,
                List.of("SWH", "NVR", 2018, new Day(LocalDate.of(2018, 1, 5)), "personeelskosten", 31260.14, "Salarissen"),
                List.of("SWH", "NVR", 2018, new Day(LocalDate.of(2018, 12, 31)), "activiteitenkosten", new Formula("1000.1+234.2", 1234.3), "Zaalhuur"),
                List.of("SWH", "NVR", new Formula("2017+1", 2018), "2018-06-01", "overheadkosten", new Formula("0.1+0.2", 0.30000000000000004),
                        new Formula("\"Kantoor \"&\"Utrecht\"", "Kantoor Utrecht"))));

        FileOutcome outcome = ingest("realisatie-SWH-2018.xlsx", workbook);

        assertThat(outcome.fate()).as(outcome.summary()).isEqualTo(FileOutcome.Fate.ACCEPTED);
        assertThat(jdbc.sql("SELECT line_no, category, amount, description FROM expenditure ORDER BY line_no")
                .query((rs, n) -> tuple(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4))).list()).containsExactly(
                tuple(2L, "PERSONNEL", new BigDecimal("31260.14"), "Salarissen"),
                tuple(3L, "ACTIVITIES", new BigDecimal("1234.30"), "Zaalhuur"),
                tuple(4L, "OVERHEAD", new BigDecimal("0.30"), "Kantoor Utrecht"));
        assertThat(jdbc.sql("SELECT booked_on FROM expenditure ORDER BY line_no").query(LocalDate.class).list())
                .containsExactly(LocalDate.of(2018, 1, 5), LocalDate.of(2018, 12, 31), LocalDate.of(2018, 6, 1));
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state = 'ACCEPTED' AND file_name = 'realisatie-SWH-2018.xlsx'")).isEqualTo(1);
    }

    @Test
    void problems_in_a_workbook_name_the_sheets_row_and_the_columns_letter() throws IOException {
        byte[] workbook = TestWorkbook.of(List.of(LEDGER_HEADER,
                List.of("SWH", "NVR", 2018, new Day(LocalDate.of(2018, 1, 5)), "personeelskosten", "veel", "Salarissen"),
                List.of("SWH", "NVR", 2018, new Day(LocalDate.of(2018, 2, 5)), "personeelskosten", new Error("#DEEL/0!"), "Salarissen"),
                List.of("SWH", "NVR", 2018, new Day(LocalDate.of(2017, 12, 5)), "personeelskosten", 10, "Te vroeg")));

        FileOutcome outcome = ingest("realisatie.xlsx", workbook);

        assertThat(outcome.fate()).isEqualTo(FileOutcome.Fate.REJECTED);
        assertThat(ProblemsFile.read(outcome.problemsFile())).extracting(Problem::code, Problem::line, Problem::column, Problem::value).containsExactly(
                tuple(ProblemCode.NOT_AN_AMOUNT, 2L, "gerealiseerd (F)", "veel"),
                tuple(ProblemCode.NOT_AN_AMOUNT, 3L, "gerealiseerd (F)", "#DEEL/0!"),
                tuple(ProblemCode.BOOKING_DATE_OUTSIDE_YEAR, 4L, "datum (D)", "2017-12-05"));
        assertThat(outcome.problems()).first().asString().isEqualTo("regel 2, kolom 'gerealiseerd (F)' (\"veel\"): Dit is geen bedrag. Oplossing: "
                + "Schrijf een bedrag in euro's, zoals 1234,56 of 1.234,56 of € 1.234,56.");
        assertThat(count("SELECT COUNT(*) FROM submission")).isZero();
    }

    @Test
    void a_damaged_workbook_is_refused_saying_so_and_how_to_send_it_again() throws IOException {
        byte[] whole = TestWorkbook.of(List.of(LEDGER_HEADER));
        byte[] damaged = java.util.Arrays.copyOf(whole, whole.length / 2);

        FileOutcome outcome = ingest("realisatie.xlsx", damaged);

        assertThat(outcome.fate()).isEqualTo(FileOutcome.Fate.REJECTED);
        assertThat(ProblemsFile.read(outcome.problemsFile())).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.WORKBOOK_DAMAGED);
            assertThat(p.message()).isEqualTo("Deze Excel-werkmap kan niet worden gelezen: hij is beschadigd of onvolledig (bijvoorbeeld afgebroken "
                    + "bij het opslaan of versturen), of het is geen echte .xlsx.");
            assertThat(p.hint()).isEqualTo("Open het bestand in Excel en sla het opnieuw op als 'Excel-werkmap (.xlsx)', of als CSV (gescheiden door "
                    + "lijstscheidingsteken).");
        });
    }

    @Test
    void a_workbook_whose_texts_would_unpack_beyond_the_bound_is_refused_before_it_is_read() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 33; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }

        FileOutcome outcome = ingest("bom.xlsx", bytes.toByteArray());

        assertThat(outcome.fate()).isEqualTo(FileOutcome.Fate.REJECTED);
        assertThat(ProblemsFile.read(outcome.problemsFile())).extracting(Problem::message).containsExactly(
                "Deze werkmap is te groot om te lezen: de teksten in de werkmap zijn samen 33 MB groot; hoogstens 32 MB past.");
    }

    @Test
    void a_workbook_that_names_a_cell_beyond_excels_last_column_is_refused_before_it_is_read() throws IOException {
        byte[] workbook = TestWorkbook.of(List.of(List.of("alliantie"), List.of("SWH")));
        String sheet = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"FXSHRXW1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>";

        FileOutcome outcome = ingest("kolommen.xlsx", TestWorkbook.replacing(workbook, "xl/worksheets/sheet1.xml", sheet));

        assertThat(outcome.fate()).isEqualTo(FileOutcome.Fate.REJECTED);
        assertThat(ProblemsFile.read(outcome.problemsFile())).extracting(Problem::message).containsExactly("Deze werkmap noemt een cel voorbij de "
                + "laatste kolom van Excel (FXSHRXW1); zo'n werkmap komt niet uit Excel en wordt niet gelezen.");
    }
}
