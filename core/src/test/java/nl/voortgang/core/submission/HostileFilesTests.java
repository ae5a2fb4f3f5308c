package nl.voortgang.core.submission;

import static nl.voortgang.core.WorldFixture.NVR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.core.WorldFixture;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.csv.Severity;
import nl.voortgang.core.csv.TableSource;
import nl.voortgang.core.csv.Tables;
import org.junit.jupiter.api.Test;

/**
 * Files as a careless or hostile sender makes them: no value crashes a check, no file makes the check hold more than a
 * bounded number of problems, no value is echoed whole, and text in the encodings Excel writes is read as text.
 */
class HostileFilesTests {

    private static final LocalDate RECEIVED = LocalDate.of(2019, 3, 15);
    private static final String HEADER = "alliantie;partner;jaar;kostensoort;gerealiseerd\n";

    private final WorldFixture world = WorldFixture.samenWerktHet(LocalDate.of(2019, 6, 1));

    private SubmissionIntake.Outcome submit(String name, byte[] content) {
        return world.intake(RECEIVED).submit(NVR, name, content, "NVR");
    }

    private SubmissionIntake.Outcome submit(String csv) {
        return submit("realisatie.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_amount_of_twenty_digits_is_a_problem_at_its_line_and_column_and_nothing_is_stored() {
        var outcome = submit(HEADER + "SWH;NVR;2018;personeelskosten;12345678901234567890\nSWH;NVR;2018;overheadkosten;10\n");

        assertThat(outcome.status()).isEqualTo(SubmissionIntake.Status.REJECTED);
        assertThat(outcome.problems()).extracting(Problem::code, Problem::line, Problem::column, Problem::value)
                .containsExactly(tuple(ProblemCode.VALUE_TOO_LARGE, 2L, "gerealiseerd", "12345678901234567890"));
        assertThat(outcome.problems().get(0).message()).isEqualTo("Dit bedrag is groter dan Voortgang bewaart (hoogstens 13 cijfers vóór de "
                + "komma); geen subsidie komt daar in de buurt.");
        assertThat(world.store().submissions().all()).isEmpty();
    }

    @Test
    void thirteen_digits_before_the_comma_is_the_largest_amount_that_is_stored() {
        var outcome = submit(HEADER + "SWH;NVR;2018;personeelskosten;9.999.999.999.999,99\n");

        assertThat(outcome.status()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
    }

    @Test
    void a_megabyte_of_digits_is_too_large_without_being_read_as_a_number_and_is_quoted_in_eighty_characters() {
        String digits = "9".repeat(1_000_000);
        var outcome = submit(HEADER + "SWH;NVR;2018;personeelskosten;" + digits + "\n");

        Problem problem = outcome.problems().get(0);
        assertThat(problem.code()).isEqualTo(ProblemCode.VALUE_TOO_LARGE);
        assertThat(problem.value()).hasSize(80).isEqualTo("9".repeat(79) + "…");
        assertThat(problem.describe()).hasSizeLessThan(400);
    }

    @Test
    void a_megabyte_of_text_in_a_number_column_is_not_a_number_and_is_quoted_in_eighty_characters() {
        var outcome = submit(HEADER + "SWH;NVR;2018;personeelskosten;" + "zie toelichting ".repeat(65_000) + "\n");

        assertThat(outcome.problems()).extracting(Problem::code).containsExactly(ProblemCode.NOT_AN_AMOUNT);
        assertThat(outcome.problems().get(0).value()).hasSize(80).endsWith("…");
    }

    @Test
    void an_indicator_value_with_more_than_four_decimals_or_sixteen_digits_is_a_problem() {
        var outcome = world.intake(RECEIVED).submit(NVR, "indicatoren.csv", ("alliantie;partner;jaar;indicator;waarde\n"
                + "SWH;NVR;2018;I1.1;12,123456\nSWH;NVR;2018;I1.2;1234567890123456\n").getBytes(StandardCharsets.UTF_8), "NVR");

        assertThat(outcome.problems()).extracting(Problem::code, Problem::line)
                .contains(tuple(ProblemCode.TOO_MANY_DECIMALS, 2L), tuple(ProblemCode.VALUE_TOO_LARGE, 3L));
    }

    @Test
    void a_file_full_of_errors_keeps_the_first_problems_in_full_and_counts_the_rest_per_kind() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 50; i++) {
            csv.append("SWH;NVR;twintig;personeelskosten;veel\n");
        }
        var outcome = world.intake(RECEIVED).keepingProblems(10).submit(NVR, "realisatie.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "NVR");

        assertThat(outcome.status()).isEqualTo(SubmissionIntake.Status.REJECTED);
        assertThat(outcome.problems()).hasSize(11);
        Problem tally = outcome.problems().get(10);
        assertThat(tally.code()).isEqualTo(ProblemCode.MORE_PROBLEMS);
        assertThat(tally.severity()).isEqualTo(Severity.ERROR);
        assertThat(tally.value()).isEqualTo("90");
        assertThat(Problem.errorCount(outcome.problems())).isEqualTo(100);
        assertThat(tally.message()).isEqualTo("Dit bestand heeft 100 problemen; alleen de eerste 10 staan afzonderlijk vermeld, de andere 90 niet. "
                + "Alle problemen per soort: 50 × " + ProblemCode.NOT_AN_AMOUNT.description() + " (NOT_AN_AMOUNT); 50 × "
                + ProblemCode.NOT_A_YEAR.description() + " (NOT_A_YEAR).");
        assertThat(world.store().submissions().all()).isEmpty();
    }

    @Test
    void a_file_of_unicode_text_from_excel_is_read_little_endian_and_big_endian_tab_separated() {
        String text = "alliantie\tpartner\tjaar\tkostensoort\tgerealiseerd\r\nSWH\tNVR\t2018\tpersoneelskosten\t1.234,56\r\n";
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            WorldFixture fresh = WorldFixture.samenWerktHet(LocalDate.of(2019, 6, 1));
            byte[] bom = charset == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            var outcome = fresh.intake(RECEIVED).submit(NVR, "realisatie.txt", concat(bom, text.getBytes(charset)), "NVR");

            assertThat(outcome.status()).as(charset.name()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
            assertThat(fresh.store().submissions().expenditureTotals(outcome.submission().id()))
                    .extracting(t -> t.amount().toString()).containsExactly("1234.56");
        }
    }

    @Test
    void unicode_text_without_a_byte_order_mark_is_recognised_too() {
        String text = "alliantie;partner;jaar;kostensoort;gerealiseerd\nSWH;NVR;2018;personeelskosten;10\n";

        assertThat(submit("realisatie.csv", text.getBytes(StandardCharsets.UTF_16LE)).status()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
    }

    @Test
    void a_nul_byte_in_line_three_is_a_problem_at_line_three() {
        var outcome = submit(HEADER + "SWH;NVR;2018;personeelskosten;10\nSWH;NVR;2018;overheadkosten;1\u00000\n");

        assertThat(outcome.problems()).extracting(Problem::code, Problem::line, Problem::column)
                .containsExactly(tuple(ProblemCode.NUL_CHARACTER, 3L, "gerealiseerd"));
    }

    @Test
    void a_file_that_starts_with_control_bytes_is_binary() {
        byte[] noise = new byte[4096];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i % 7);
        }
        assertThat(submit("realisatie.csv", noise).problems()).extracting(Problem::code).containsExactly(ProblemCode.FILE_BINARY);
    }

    @Test
    void an_old_excel_workbook_or_an_opendocument_sheet_gets_a_message_that_says_what_to_send_instead() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0};

        assertThat(submit("realisatie.xls", xls).problems()).extracting(Problem::code, Problem::message, Problem::hint)
                .containsExactly(tuple(ProblemCode.WORKBOOK_NOT_READ, "Dit is een werkmap in het oude Excel-formaat (.xls); die leest Voortgang niet.",
                        "Open het bestand in Excel en kies Opslaan als 'Excel-werkmap (.xlsx)' of 'CSV (gescheiden door lijstscheidingsteken)'."));
        assertThat(submit("realisatie.ods", zip).problems()).extracting(Problem::code).containsExactly(ProblemCode.WORKBOOK_NOT_READ);
        byte[] anotherZip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0, 1};
        assertThat(submit("realisatie.xlsx", anotherZip).problems()).extracting(Problem::message)
                .containsExactly("Dit is een Excel-werkmap (.xlsx); deze toepassing leest alleen CSV-bestanden.");
    }

    @Test
    void a_reader_that_fails_on_a_file_refuses_that_file_saying_so_and_the_next_file_is_read() {
        Tables.Reader failing = new Tables.Reader() {
            @Override
            public boolean reads(String name, byte[] head) {
                return name.endsWith(".xlsx");
            }

            @Override
            public TableSource.Detected read(String name, Tables.Bytes bytes) {
                throw new IllegalStateException("the reader broke");
            }
        };
        SubmissionIntake intake = world.intake(RECEIVED).readingWith(Tables.csv().with(failing));

        var refused = intake.submit(NVR, "realisatie.xlsx", new byte[] {1, 2, 3}, "NVR");
        var next = intake.submit(NVR, "realisatie.csv", (HEADER + "SWH;NVR;2018;personeelskosten;10\n").getBytes(StandardCharsets.UTF_8), "NVR");

        assertThat(refused.problems()).extracting(Problem::code).containsExactly(ProblemCode.CHECK_FAILED);
        assertThat(next.status()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
