package nl.voortgang.batch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.DataDirectory;
import nl.voortgang.batch.storage.JdbcAlliances;
import nl.voortgang.batch.storage.JdbcSubmissions;
import nl.voortgang.batch.storage.RejectedFiles;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.submission.NewSubmission;
import nl.voortgang.core.submission.PartnerFile;
import nl.voortgang.core.submission.SubmissionCheck;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Checks a partner file whole, streaming, before anything of it is stored, and spools the rows that read well
 * ({@link RowSpool}) for the store step. A file with errors is refused:
 * every problem goes to {@code <name>.problems.csv} next to the kept copy, the refusal is recorded, and the step
 * ends with exit status {@code REJECTED}. A file without errors is registered as a pending submission (with its
 * warnings) whose id the next steps find in the job's execution context.
 */
public class ValidateSubmissionTasklet implements Tasklet {

    public static final ExitStatus REJECTED = new ExitStatus("REJECTED");
    static final String SUBMISSION_ID = "submissionId";
    static final String KIND = "kind";
    static final String ROWS = "rows";
    static final String ERRORS = "errors";
    static final String ALLIANCE = "alliance";
    static final String YEAR = "year";

    private final IngestParameters parameters;
    private final JdbcAlliances alliances;
    private final JdbcSubmissions submissions;
    private final RejectedFiles rejectedFiles;
    private final Console console;
    private final Clock clock;

    public ValidateSubmissionTasklet(IngestParameters parameters, JdbcAlliances alliances, JdbcSubmissions submissions,
                                     RejectedFiles rejectedFiles, Console console, Clock clock) {
        this.parameters = parameters;
        this.alliances = alliances;
        this.submissions = submissions;
        this.rejectedFiles = rejectedFiles;
        this.console = console;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        Path copy = parameters.keptCopy();
        CsvSource.Detected detected = CsvSource.detect(copy);
        SubmissionCheck.Verdict verdict;
        if (detected.source() == null) {
            verdict = new SubmissionCheck.Verdict(null, null, 0, List.of(detected.problem()));
        } else {
            Console.Progress progress = console.progress("gecontroleerd");
            try (RowSpool.Writer spool = new RowSpool.Writer(RowSpool.of(copy))) {
                verdict = PartnerFile.check(detected.source(), OrganisationCode.of(parameters.submitter()), alliances, submissions, row -> {
                    spool(spool, row);
                    progress.add(1);
                });
            }
        }
        if (!verdict.problems().isEmpty()) {
            ProblemsFile.write(DataDirectory.problemsFileOf(copy), verdict.problems());
        }
        if (!verdict.accepted()) {
            Files.deleteIfExists(RowSpool.of(copy));
            List<Problem> errors = verdict.errors().isEmpty() ? verdict.problems() : verdict.errors();
            rejectedFiles.record(new RejectedFiles.Rejected(parameters.submitter(), parameters.fileName(),
                    verdict.kind() == null ? null : verdict.kind().name(), parameters.receivedAt(), clock.instant(), errors.size(), copy,
                    DataDirectory.problemsFileOf(copy)), parameters.checksum());
            job.putInt(ERRORS, errors.size());
            contribution.setExitStatus(REJECTED);
            return RepeatStatus.FINISHED;
        }
        long id = submissions.registerPending(new NewSubmission(verdict.key(), parameters.fileName(), parameters.checksum(),
                parameters.receivedAt(), parameters.submittedBy(), verdict.rows(), verdict.warnings()), copy.toString());
        job.putLong(SUBMISSION_ID, id);
        job.putString(KIND, verdict.kind().name());
        job.putLong(ROWS, verdict.rows());
        job.putString(ALLIANCE, verdict.key().alliance().value());
        job.putInt(YEAR, verdict.key().year());
        return RepeatStatus.FINISHED;
    }

    private static void spool(RowSpool.Writer spool, nl.voortgang.core.csv.ParsedRow<?> row) {
        try {
            spool.write(row.line(), row.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
