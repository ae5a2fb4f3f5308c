package nl.voortgang.batch.ingest;

import java.time.Clock;
import java.util.List;
import nl.voortgang.batch.DataDirectory;
import nl.voortgang.batch.storage.ReferenceFiles;
import nl.voortgang.batch.storage.RejectedFiles;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.reference.ReferenceUpdate;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Loads one reference file of the secretariat, in the step's transaction: checked against what is stored, then
 * stored whole, or refused with every problem written next to its kept copy.
 */
public class LoadReferenceFileTasklet implements Tasklet {

    public static final String SECRETARIAT = "secretariaat";

    private final IngestParameters parameters;
    private final ReferenceUpdate referenceUpdate;
    private final ReferenceFiles referenceFiles;
    private final RejectedFiles rejectedFiles;
    private final Clock clock;

    public LoadReferenceFileTasklet(IngestParameters parameters, ReferenceUpdate referenceUpdate, ReferenceFiles referenceFiles,
                                    RejectedFiles rejectedFiles, Clock clock) {
        this.parameters = parameters;
        this.referenceUpdate = referenceUpdate;
        this.referenceFiles = referenceFiles;
        this.rejectedFiles = rejectedFiles;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var copy = parameters.keptCopy();
        CsvSource.Detected detected = CsvSource.detect(copy);
        List<Problem> problems;
        ReferenceUpdate.Result result = null;
        if (detected.source() == null) {
            problems = List.of(detected.problem());
        } else {
            result = referenceUpdate.apply(List.of(detected.source()));
            problems = result.problems();
        }
        if (!problems.isEmpty()) {
            ProblemsFile.write(DataDirectory.problemsFileOf(copy), problems);
        }
        var job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        if (result == null || !result.stored()) {
            long errors = problems.stream().filter(Problem::isError).count();
            String format = result == null || result.files().isEmpty() ? null : result.files().get(0).format();
            rejectedFiles.record(new RejectedFiles.Rejected(SECRETARIAT, parameters.fileName(), format, parameters.receivedAt(), clock.instant(),
                    (int) errors, copy, DataDirectory.problemsFileOf(copy)), parameters.checksum());
            job.putInt(ValidateSubmissionTasklet.ERRORS, (int) errors);
            contribution.setExitStatus(ValidateSubmissionTasklet.REJECTED);
            return RepeatStatus.FINISHED;
        }
        var summary = result.files().get(0);
        referenceFiles.record(parameters.fileName(), parameters.checksum(), summary.format(), summary.rows(), clock.instant(), copy.toString());
        job.putString(ValidateSubmissionTasklet.KIND, summary.format());
        job.putLong(ValidateSubmissionTasklet.ROWS, summary.rows());
        return RepeatStatus.FINISHED;
    }
}
