package nl.voortgang.batch.ingest;

import java.time.Clock;
import nl.voortgang.batch.storage.JdbcSubmissions;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Makes a stored submission the current version, in one transaction: only now do its figures count. Checks
 * first that every row of the file was stored, exactly once.
 */
public class AcceptSubmissionTasklet implements Tasklet {

    private final JdbcSubmissions submissions;
    private final Clock clock;

    public AcceptSubmissionTasklet(JdbcSubmissions submissions, Clock clock) {
        this.submissions = submissions;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        long id = job.getLong(ValidateSubmissionTasklet.SUBMISSION_ID);
        long expected = job.getLong(ValidateSubmissionTasklet.ROWS);
        long stored = submissions.storedRows(id);
        if (stored != expected) {
            throw new IllegalStateException("submission " + id + " has " + stored + " rows stored where its file has " + expected);
        }
        submissions.promote(id, clock.instant());
        String keptCopy = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobParameters().getString("keptCopy");
        try {
            java.nio.file.Files.deleteIfExists(RowSpool.of(java.nio.file.Path.of(keptCopy)));
        } catch (java.io.IOException e) {
            // the spool is only a shortcut; a left-over one harms nothing
        }
        return RepeatStatus.FINISHED;
    }
}
