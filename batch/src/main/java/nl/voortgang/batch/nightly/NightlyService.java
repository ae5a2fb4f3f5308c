package nl.voortgang.batch.nightly;

import java.nio.file.Files;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.JobRuns;
import nl.voortgang.batch.report.ReportOutputs;
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
    private final JobRuns jobRuns;
    private final Job nightlyJob;
    private final NightlyFiles events;
    private final ReportOutputs outputs;
    private final Console console;

    NightlyService(JobOperator jobOperator, JobRepository jobRepository, JobRuns jobRuns, Job nightlyJob, NightlyFiles events,
                   ReportOutputs outputs, Console console) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobRuns = jobRuns;
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
        jobRuns.markInterrupted();
        long next = jobRuns.nextRun(nightlyJob.getName());
        JobInstance last = jobRepository.getLastJobInstance(nightlyJob.getName());
        JobExecution lastExecution = last == null ? null : jobRepository.getLastJobExecution(last);
        if (lastExecution != null && lastExecution.getStatus() != BatchStatus.COMPLETED && lastExecution.getStatus() != BatchStatus.ABANDONED) {
            NightlyParameters earlier = NightlyParameters.of(parameterValues(lastExecution));
            if (earlier.sameFolders(requested)) {
                console.say("Nachtelijke run " + earlier.run() + " was niet afgemaakt; die gaat verder waar hij stopte.");
                return result(earlier, jobOperator.restart(lastExecution));
            }
        }
        NightlyParameters parameters = requested.withRun(next);
        return result(parameters, jobOperator.start(nightlyJob, parameters.toJobParameters()));
    }

    private Result result(NightlyParameters parameters, JobExecution execution) {
        String failure = execution.getAllFailureExceptions().stream().findFirst().map(Throwable::getMessage).orElse(null);
        var files = events.of(parameters.run());
        var pdfs = outputs.writtenIn(parameters.run());
        return new Result(RunSummary.of(parameters, null, null, files, pdfs), execution.getStatus(), failure);
    }

    private static java.util.Map<String, Object> parameterValues(JobExecution execution) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        execution.getJobParameters().parameters().forEach(p -> values.put(p.name(), p.value()));
        return values;
    }

}
