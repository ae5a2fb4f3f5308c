package nl.voortgang.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.voortgang.batch.BatchTestSupport;
import nl.voortgang.batch.DataDirectory;
import nl.voortgang.core.organisation.OrganisationCode;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A partner's files through {@code ingestJob} on the sample world: what ends up in the database and in the data directory. */
class PartnerFileIngestTests extends BatchTestSupport {

    private static final OrganisationCode NVR = OrganisationCode.of("NVR");
    private static final Instant RECEIVED = Instant.parse("2019-03-15T11:00:00Z");

    @BeforeEach
    void referenceData() {
        loadSampleReferenceData();
    }

    private FileOutcome ingest(OrganisationCode partner, Path file) {
        return ingest.ingestPartnerFile(partner, file, "test", RECEIVED);
    }

    @Test
    void a_good_file_is_accepted_with_its_rows_and_the_step_counters_say_so() {
        FileOutcome outcome = ingest(NVR, INBOX.resolve("NVR/2019-03-15_realisatie-SWH-2018.csv"));

        assertThat(outcome.fate()).isEqualTo(FileOutcome.Fate.ACCEPTED);
        assertThat(outcome.summary()).isEqualTo("NVR 2019-03-15_realisatie-SWH-2018.csv: geaccepteerd als versie 1 van realisatie SWH 2018, "
                + "4 regels (" + outcome.summary().replaceAll(".*\\((.*)\\)\\.$", "$1") + ").");
        assertThat(rows("SELECT partner, alliance, report_year, kind, state, version, row_count, submitted_by FROM submission"))
                .containsExactly(Map.of("PARTNER", "NVR", "ALLIANCE", "SWH", "REPORT_YEAR", 2018, "KIND", "EXPENDITURE",
                "STATE", "ACCEPTED", "VERSION", 1, "ROW_COUNT", 4L, "SUBMITTED_BY", "test"));
        assertThat(jdbc.sql("SELECT line_no, category, amount, explanation FROM expenditure ORDER BY line_no").query(
                (rs, n) -> tuple(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4))).list()).containsExactly(
                tuple(2L, "PERSONNEL", new BigDecimal("31260.14"), null),
                tuple(3L, "ACTIVITIES", new BigDecimal("38760.80"), null),
                tuple(4L, "COMMUNICATION", new BigDecimal("10000.00"), "Extra drukwerk en advertenties."),
                tuple(5L, "OVERHEAD", new BigDecimal("6790.87"), null));
        assertThat(jdbc.sql("SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, COMMIT_COUNT, ROLLBACK_COUNT FROM BATCH_STEP_EXECUTION "
                        + "WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)").query((rs, n) -> tuple(rs.getString(1),
                rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6))).list())
                .as("one file read, its four rows written, in one unit of work (and the step's last look for more)")
                .containsExactly(tuple("ingestFilesStep", "COMPLETED", 1L, 4L, 2L, 0L));
        assertThat(dataDirectory.root().resolve("files/NVR")).isDirectory();
        assertThat(jdbc.sql("SELECT kept_copy FROM submission").query(String.class).single())
                .as("relative to the folder of kept copies, which every machine sharing the database reaches")
                .matches("NVR/[0-9a-f]{12}/2019-03-15_realisatie-SWH-2018\\.csv");
    }

    @Test
    void a_bad_file_is_rejected_with_exactly_its_problems_and_nothing_is_stored() throws IOException {
        Path bad = BAD.resolve("ATRIA/begroting-WEDT-2019-fouten.csv");

        FileOutcome outcome = ingest(OrganisationCode.of("ATRIA"), bad);

        assertThat(outcome.fate()).isEqualTo(FileOutcome.Fate.REJECTED);
        assertThat(outcome.errors()).isEqualTo(6);
        assertThat(problems(outcome.problemsFile())).containsExactlyElementsOf(expected(BAD.resolve("ATRIA/begroting-WEDT-2019-fouten.expected.csv")));
        assertThat(count("SELECT COUNT(*) FROM submission")).isZero();
        assertThat(jdbc.sql("SELECT problems_file FROM rejected_file").query(String.class).single())
                .matches("ATRIA/[0-9a-f]{12}/begroting-WEDT-2019-fouten\\.problems\\.csv");
        assertThat(count("SELECT COUNT(*) FROM budget_line")).isZero();
        assertThat(rows("SELECT submitter, file_name, kind, error_count FROM rejected_file").get(0))
                .isEqualTo(Map.of("SUBMITTER", "ATRIA", "FILE_NAME", "begroting-WEDT-2019-fouten.csv", "KIND", "BUDGET", "ERROR_COUNT", 6));
        assertThat(outcome.problemsFile().resolveSibling("begroting-WEDT-2019-fouten.csv")).hasSameBinaryContentAs(bad);
    }

    @Test
    void the_same_file_twice_is_already_ingested_and_stores_nothing_twice() {
        Path file = INBOX.resolve("NVR/2019-03-15_realisatie-SWH-2018.csv");
        ingest(NVR, file);

        FileOutcome again = ingest(NVR, file);

        assertThat(again.fate()).isEqualTo(FileOutcome.Fate.ALREADY_INGESTED);
        assertThat(again.summary()).isEqualTo("NVR 2019-03-15_realisatie-SWH-2018.csv: al ingelezen als versie 1 van realisatie SWH 2018; "
                + "niets opnieuw opgeslagen.");
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM expenditure")).isEqualTo(4);
        assertThat(count("SELECT WRITE_COUNT FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM "
                + "BATCH_JOB_EXECUTION)")).as("the second run wrote no row").isZero();
    }

    @Test
    void a_newer_version_supersedes_the_older_which_stays_in_the_history() {
        ingest(NVR, INBOX.resolve("NVR/2019-03-15_realisatie-SWH-2018.csv"));

        FileOutcome newer = ingest(NVR, INBOX.resolve("NVR/2019-03-29_realisatie-SWH-2018-gecorrigeerd.csv"));

        assertThat(newer.summary()).startsWith("NVR 2019-03-29_realisatie-SWH-2018-gecorrigeerd.csv: geaccepteerd als versie 2 van realisatie SWH 2018");
        assertThat(jdbc.sql("SELECT file_name, version, state, superseded_by FROM submission ORDER BY version")
                .query((rs, n) -> tuple(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getObject(4) != null)).list()).containsExactly(
                tuple("2019-03-15_realisatie-SWH-2018.csv", 1, "SUPERSEDED", true),
                tuple("2019-03-29_realisatie-SWH-2018-gecorrigeerd.csv", 2, "ACCEPTED", false));
        assertThat(count("SELECT COUNT(*) FROM expenditure")).isEqualTo(8);
    }

    @Test
    void a_file_with_another_partners_rows_is_rejected_whole() {
        FileOutcome outcome = ingest(NVR, BAD.resolve("NVR/begroting-SWH-2019-met-movisie.csv"));

        assertThat(outcome.fate()).isEqualTo(FileOutcome.Fate.REJECTED);
        assertThat(outcome.problems()).containsExactly(
                "regel 4, kolom 'partner' (\"MOVISIE\"): Dit bestand komt van NVR, maar deze regel gaat over MOVISIE. Een partner levert alleen "
                        + "cijfers over zichzelf. Oplossing: Laat MOVISIE zijn eigen bestand sturen, of zet NVR in de kolom 'partner'.",
                "regel 5, kolom 'partner' (\"MOVISIE\"): Dit bestand komt van NVR, maar deze regel gaat over MOVISIE. Een partner levert alleen "
                        + "cijfers over zichzelf. Oplossing: Laat MOVISIE zijn eigen bestand sturen, of zet NVR in de kolom 'partner'.");
        assertThat(count("SELECT COUNT(*) FROM budget_line")).isZero();
        assertThat(count("SELECT COUNT(*) FROM submission")).isZero();
    }

    @Test
    void a_windows_1252_semicolon_file_with_decimal_commas_and_no_byte_order_mark_is_accepted() throws IOException {
        Path file = INBOX.resolve("MOVISIE/2019-03-11_realisatie-SWH-2018.csv");
        assertThat(Files.readAllBytes(file)).startsWith((byte) 'A');

        FileOutcome outcome = ingest(OrganisationCode.of("MOVISIE"), file);

        assertThat(outcome.fate()).isEqualTo(FileOutcome.Fate.ACCEPTED);
        assertThat(jdbc.sql("SELECT amount, explanation FROM expenditure ORDER BY line_no").query(
                (rs, n) -> tuple(rs.getBigDecimal(1), rs.getString(2))).list()).containsExactly(
                tuple(new BigDecimal("59880.89"), "Coördinatie door twee medewerkers in plaats van één."),
                tuple(new BigDecimal("47400.77"), null), tuple(new BigDecimal("5838.68"), null), tuple(new BigDecimal("10912.20"), null));
    }

    @Test
    void warnings_do_not_reject_they_are_kept_with_the_submission_and_written_for_the_partner() throws IOException {
        Path file = Files.createTempDirectory("warn").resolve("activiteiten.csv");
        Files.writeString(file, "alliantie,partner,jaar,activiteit,status,gereed_op,toelichting,opmerking\n"
                + "SWH,NVR,2018,SWH-18-03,lopend,2018-12-31,,\n");

        FileOutcome outcome = ingest(NVR, file);

        assertThat(outcome.fate()).isEqualTo(FileOutcome.Fate.ACCEPTED);
        assertThat(outcome.summary()).contains(", 2 waarschuwingen (zie ");
        assertThat(jdbc.sql("SELECT line_no, column_name, message FROM submission_warning ORDER BY position")
                .query((rs, n) -> tuple(rs.getLong(1), rs.getString(2), rs.getString(3))).list()).containsExactly(
                tuple(1L, "opmerking", "Onbekende kolom voor een bestand 'activiteiten'; deze kolom wordt genegeerd."),
                tuple(2L, "gereed_op", "Er staat een datum 'gereed_op' bij een activiteit met de status 'lopend'."));
    }

    @Test
    void a_file_of_a_hundred_thousand_rows_is_ingested_whole() throws IOException {
        Path file = LargeFiles.expenditureLedger(Files.createTempDirectory("large"), 100_000);

        FileOutcome outcome = ingest(NVR, file);

        assertThat(outcome.fate()).as(outcome.summary()).isEqualTo(FileOutcome.Fate.ACCEPTED);
        assertThat(count("SELECT row_count FROM submission")).isEqualTo(100_000);
        assertThat(count("SELECT COUNT(*) FROM expenditure")).isEqualTo(100_000);
        assertThat(count("SELECT COUNT(DISTINCT line_no) FROM expenditure")).isEqualTo(100_000);
        assertThat(jdbc.sql("SELECT SUM(amount) FROM expenditure").query(BigDecimal.class).single()).isEqualByComparingTo(LargeFiles.ledgerSum(100_000));
        assertThat(jdbc.sql("SELECT READ_COUNT, WRITE_COUNT, COMMIT_COUNT FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = "
                        + "(SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)").query((rs, n) -> tuple(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single()).as("one file, its rows in 20 chunks of 5,000, each its own commit, then the acceptance and the step's end")
                .isEqualTo(tuple(1L, 100_000L, 22L));
    }

    static List<String> problems(Path problemsFile) throws IOException {
        try (Reader reader = Files.newBufferedReader(problemsFile, StandardCharsets.UTF_8)) {
            assertThat(reader.read()).as("a byte-order mark for Excel").isEqualTo('\ufeff');
            return CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map(r -> r.get("regel") + "|" + r.get("kolom") + "|" + r.get("waarde") + "|" + r.get("code") + "|" + r.get("melding")).toList();
        }
    }

    static List<String> expected(Path expectations) throws IOException {
        try (Reader reader = Files.newBufferedReader(expectations, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map(r -> r.get("regel") + "|" + r.get("kolom") + "|" + r.get("waarde") + "|" + r.get("code") + "|" + r.get("melding")).toList();
        }
    }

    static Path keptCopyOf(DataDirectory data, String partner, Path file) throws IOException {
        return data.keptCopy(partner, nl.voortgang.core.submission.Checksum.of(file), file.getFileName().toString());
    }
}
