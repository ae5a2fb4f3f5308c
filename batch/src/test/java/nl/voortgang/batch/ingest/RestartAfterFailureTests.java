package nl.voortgang.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.voortgang.batch.BatchTestSupport;
import nl.voortgang.batch.storage.SubmissionRows;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.submission.SubmissionKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A write that fails on a late chunk of a large file, and then the same command again: the job restarts where
 * it stopped, and in the end every row is stored exactly once. Until then, nothing of the file counts.
 */
@Import(RestartAfterFailureTests.FailOnALateChunk.class)
class RestartAfterFailureTests extends BatchTestSupport {

    private static final int ROWS = 60_000;
    private static final int FAILING_CHUNK = 9;

    @TestConfiguration
    static class FailOnALateChunk {

        @Bean
        @Primary
        FailingRows failingRows(JdbcTemplate jdbc) {
            return new FailingRows(jdbc);
        }
    }

    /** Stores rows, but fails once on the chunk it is told to. */
    static class FailingRows extends SubmissionRows {

        final AtomicInteger chunks = new AtomicInteger();
        volatile int failOnChunk = -1;

        FailingRows(JdbcTemplate jdbc) {
            super(jdbc);
        }

        @Override
        public void insert(long submission, SubmissionKind kind, List<Line> lines) {
            if (chunks.incrementAndGet() == failOnChunk) {
                failOnChunk = -1;
                throw new IllegalStateException("disk full (simulated) on chunk " + FAILING_CHUNK);
            }
            super.insert(submission, kind, lines);
        }
    }

    @Autowired
    FailingRows rows;

    @Test
    void a_failure_on_a_late_chunk_then_the_same_command_again_stores_every_row_exactly_once() throws Exception {
        loadSampleReferenceData();
        Path file = LargeFiles.expenditureLedger(Files.createTempDirectory("restart"), ROWS);
        OrganisationCode nvr = OrganisationCode.of("NVR");
        Instant received = Instant.parse("2019-03-15T11:00:00Z");
        rows.failOnChunk = FAILING_CHUNK;

        FileOutcome failed = ingest.ingestPartnerFile(nvr, file, "test", received);

        assertThat(failed.fate()).isEqualTo(FileOutcome.Fate.FAILED);
        assertThat(failed.summary()).contains("disk full (simulated) on chunk 9")
                .endsWith("Er telt nog niets van mee; voer dezelfde opdracht opnieuw uit om verder te gaan waar het stopte.");
        assertThat(count("SELECT COUNT(*) FROM expenditure")).isEqualTo((FAILING_CHUNK - 1) * SubmissionIngestJobConfiguration.CHUNK);
        assertThat(jdbc.sql("SELECT state FROM submission").query(String.class).single()).isEqualTo("PENDING");
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state IN ('ACCEPTED', 'SUPERSEDED')")).isZero();

        FileOutcome again = ingest.ingestPartnerFile(nvr, file, "test", received);

        assertThat(again.fate()).as(again.summary()).isEqualTo(FileOutcome.Fate.ACCEPTED);
        assertThat(count("SELECT COUNT(*) FROM expenditure")).isEqualTo(ROWS);
        assertThat(count("SELECT COUNT(DISTINCT line_no) FROM expenditure")).isEqualTo(ROWS);
        assertThat(jdbc.sql("SELECT SUM(amount) FROM expenditure").query(BigDecimal.class).single())
                .isEqualByComparingTo(LargeFiles.ledgerSum(ROWS));
        assertThat(jdbc.sql("SELECT state, version, row_count FROM submission").query((rs, n) -> tuple(rs.getString(1), rs.getInt(2),
                rs.getLong(3))).single()).isEqualTo(tuple("ACCEPTED", 1, (long) ROWS));
        assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE i WHERE i.JOB_NAME = 'submissionIngestJob'")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT s.STATUS, s.READ_COUNT FROM BATCH_STEP_EXECUTION s WHERE s.STEP_NAME = 'storeSubmissionRowsStep' "
                        + "ORDER BY s.STEP_EXECUTION_ID").query((rs, n) -> tuple(rs.getString(1), rs.getLong(2))).list())
                .as("the restart read only what was left").containsExactly(
                        tuple("FAILED", (long) FAILING_CHUNK * SubmissionIngestJobConfiguration.CHUNK),
                        tuple("COMPLETED", (long) ROWS - (FAILING_CHUNK - 1) * SubmissionIngestJobConfiguration.CHUNK));
    }
}
