package nl.voortgang.batch.nightly;

import java.nio.file.Files;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.storage.NightlyFiles;
import nl.voortgang.batch.storage.ReportOutputs;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts a nightly run: the run an earlier, interrupted run left unfinished (killed, or failed) is restarted
 * where it stopped; otherwise the next run starts.
 */
public class NightlyService {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyJob;
    private final NightlyFiles events;
    private final ReportOutputs outputs;
    private final Console console;

    public NightlyService(JobOperator jobOperator, JobRepository jobRepository, Job nightlyJob, NightlyFiles events, ReportOutputs outputs,
                          Console console) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyJob = nightlyJob;
        this.events = events;
        this.outputs = outputs;
        this.console = console;
    }

    /** The outcome of a run: its summary, and whether the job itself completed. */
    public record Result(RunSummary summary, BatchStatus status, String failure) {
    }

    /** Runs the nightly job; the caller holds the run lock, so an execution still marked as running was killed. */
    public Result run(NightlyParameters requested) throws Exception {
        if (!Files.isDirectory(requested.inbox())) {
            throw new IllegalArgumentException("De inbox " + requested.inbox() + " bestaat niet of is geen map.");
        }
        JobInstance last = jobRepository.getLastJobInstance(nightlyJob.getName());
        if (last != null && jobRepository.getJobExecutions(last).isEmpty()) {
            // a run killed between creating its job instance and its first execution left an empty instance
            jobRepository.deleteJobInstance(last);
            last = jobRepository.getLastJobInstance(nightlyJob.getName());
        }
        NightlyParameters parameters = requested.withRun(last == null ? 1 : lastRun(last) + 1);
        JobExecution execution;
        if (last != null) {
            JobExecution lastExecution = jobRepository.getLastJobExecution(last);
            if (lastExecution != null && lastExecution.getStatus().isRunning()) {
                lastExecution = jobOperator.recover(lastExecution);
            }
            NightlyParameters earlier = NightlyParameters.of(parameterValues(lastExecution));
            if (lastExecution != null && lastExecution.getStatus() != BatchStatus.COMPLETED && lastExecution.getStatus() != BatchStatus.ABANDONED
                    && earlier.sameFolders(requested)) {
                console.say("Nachtelijke run " + earlier.run() + " was niet afgemaakt; die gaat verder waar hij stopte.");
                execution = jobOperator.restart(lastExecution);
                return result(earlier, execution);
            }
        }
        execution = jobOperator.start(nightlyJob, parameters.toJobParameters());
        return result(parameters, execution);
    }

    private Result result(NightlyParameters parameters, JobExecution execution) {
        String failure = execution.getAllFailureExceptions().stream().findFirst().map(Throwable::getMessage).orElse(null);
        var files = events.of(parameters.run());
        var pdfs = outputs.writtenIn(parameters.run());
        boolean nothing = pdfs.isEmpty() && files.stream().allMatch(f -> f.fate().equals("LEFT_FOR_NEXT_RUN"));
        return new Result(new RunSummary(parameters.run(), null, null, parameters.inbox().toString(), parameters.out().toString(), files, pdfs,
                nothing), execution.getStatus(), failure);
    }

    private long lastRun(JobInstance instance) {
        JobExecution execution = jobRepository.getLastJobExecution(instance);
        return execution == null ? 0 : execution.getJobParameters().getLong("run");
    }

    private static java.util.Map<String, Object> parameterValues(JobExecution execution) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        execution.getJobParameters().parameters().forEach(p -> values.put(p.name(), p.value()));
        return values;
    }

}
