package nl.voortgang.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import nl.voortgang.batch.BatchTestSupport;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.submission.SubmissionIntake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A write that fails on a late chunk of a large file (the database refuses it, as a full disk would), and then the
 * same command again: the run goes on where it stopped, and in the end every row is stored exactly once. Until then,
 * nothing of the file counts.
 */
class RestartAfterFailureTests extends BatchTestSupport {

    private static final int ROWS = 60_000;
    private static final int FAILING_CHUNK = 9;
    private static final int CHUNK = SubmissionIntake.CHUNK;

    @AfterEach
    void noMoreFailures() {
        if (onPostgresql()) {
            jdbc.sql("DROP TRIGGER IF EXISTS simulated_disk_full ON expenditure").update();
            jdbc.sql("DROP FUNCTION IF EXISTS simulated_disk_full()").update();
        } else {
            jdbc.sql("DROP TRIGGER IF EXISTS simulated_disk_full").update();
        }
    }

    /** A trigger that fails the insert of one line, in the database's own dialect. */
    private void failTheInsertOfLine(long line) {
        String message = "disk full (simulated) on chunk " + FAILING_CHUNK;
        if (onPostgresql()) {
            jdbc.sql("CREATE FUNCTION simulated_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.line_no = " + line
                    + " THEN RAISE EXCEPTION '" + message + "' USING ERRCODE = '45000'; END IF; RETURN NEW; END $$").update();
            jdbc.sql("CREATE TRIGGER simulated_disk_full BEFORE INSERT ON expenditure FOR EACH ROW EXECUTE FUNCTION simulated_disk_full()").update();
        } else {
            jdbc.sql("CREATE TRIGGER simulated_disk_full BEFORE INSERT ON expenditure REFERENCING NEW ROW AS r FOR EACH ROW "
                    + "WHEN (r.line_no = " + line + ") SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '" + message + "'").update();
        }
    }

    @Test
    void a_failure_on_a_late_chunk_then_the_same_command_again_stores_every_row_exactly_once() throws Exception {
        loadSampleReferenceData();
        Path file = LargeFiles.expenditureLedger(Files.createTempDirectory("restart"), ROWS);
        OrganisationCode nvr = OrganisationCode.of("NVR");
        Instant received = Instant.parse("2019-03-15T11:00:00Z");
        long firstLineOfTheFailingChunk = (long) (FAILING_CHUNK - 1) * CHUNK + 2;
        failTheInsertOfLine(firstLineOfTheFailingChunk);

        FileOutcome failed = ingest.ingestPartnerFile(nvr, file, "test", received);

        assertThat(failed.fate()).isEqualTo(FileOutcome.Fate.FAILED);
        assertThat(failed.summary()).contains("disk full (simulated) on chunk 9")
                .endsWith("Er telt nog niets van mee; voer dezelfde opdracht opnieuw uit om verder te gaan waar het stopte.");
        assertThat(count("SELECT COUNT(*) FROM expenditure")).isEqualTo((FAILING_CHUNK - 1) * CHUNK);
        assertThat(jdbc.sql("SELECT state FROM submission").query(String.class).single()).isEqualTo("PENDING");
        assertThat(count("SELECT stored_rows FROM submission")).as("the count of stored rows is kept with the rows").isEqualTo((FAILING_CHUNK - 1) * CHUNK);
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state IN ('ACCEPTED', 'SUPERSEDED')")).isZero();
        noMoreFailures();

        FileOutcome again = ingest.ingestPartnerFile(nvr, file, "test", received);

        assertThat(again.fate()).as(again.summary()).isEqualTo(FileOutcome.Fate.ACCEPTED);
        assertThat(count("SELECT COUNT(*) FROM expenditure")).isEqualTo(ROWS);
        assertThat(count("SELECT COUNT(DISTINCT line_no) FROM expenditure")).isEqualTo(ROWS);
        assertThat(jdbc.sql("SELECT SUM(amount) FROM expenditure").query(BigDecimal.class).single())
                .isEqualByComparingTo(LargeFiles.ledgerSum(ROWS));
        assertThat(jdbc.sql("SELECT state, version, row_count FROM submission").query((rs, n) -> tuple(rs.getString(1), rs.getInt(2),
                rs.getLong(3))).single()).isEqualTo(tuple("ACCEPTED", 1, (long) ROWS));
        assertThat(jdbc.sql("SELECT s.STATUS, s.WRITE_COUNT FROM BATCH_STEP_EXECUTION s WHERE s.STEP_NAME = 'ingestFilesStep' AND "
                        + "s.JOB_EXECUTION_ID IN (SELECT p.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.PARAMETER_NAME = 'what' "
                        + "AND p.PARAMETER_VALUE LIKE 'NVR%') ORDER BY s.STEP_EXECUTION_ID").query((rs, n) -> tuple(rs.getString(1), rs.getLong(2))).list())
                .as("each run of the command is a run of ingestJob; the second stored only what was left").containsExactly(
                        tuple("COMPLETED", (long) (FAILING_CHUNK - 1) * CHUNK),
                        tuple("COMPLETED", (long) ROWS - (FAILING_CHUNK - 1) * CHUNK));
    }
}
