package nl.voortgang.batch;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Voortgang's runs in Spring Batch's job repository: numbered per job, and never shown as running once the process
 * that ran them is gone. Whoever holds the run lock is the only run there is, so an execution still marked as
 * running then belongs to a process that was killed: it is marked as failed, saying so.
 */
public final class JobRuns {

    /** Every job Voortgang has run, also the ones of earlier versions that may be in an older database. */
    static final List<String> JOBS = List.of("nightlyJob", "ingestJob", "submissionIngestJob", "referenceIngestJob");
    /** The job parameter that numbers the runs of a job, and identifies each. */
    public static final String RUN = "run";
    /** A job parameter that says in words what a run is about (not identifying). */
    public static final String WHAT = "what";
    public static final String INTERRUPTED = "afgebroken: het proces stopte voordat de run klaar was";

    private final JobRepository jobRepository;

    public JobRuns(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /** Marks every execution still said to be running as failed; call it while holding the run lock. */
    public void markInterrupted() {
        for (String job : JOBS) {
            for (JobExecution execution : jobRepository.findRunningJobExecutions(job)) {
                LocalDateTime now = LocalDateTime.now();
                for (StepExecution step : execution.getStepExecutions()) {
                    if (step.getStatus().isRunning()) {
                        step.setStatus(BatchStatus.FAILED);
                        step.setExitStatus(ExitStatus.FAILED.addExitDescription(INTERRUPTED));
                        step.setEndTime(now);
                        jobRepository.update(step);
                    }
                }
                execution.setStatus(BatchStatus.FAILED);
                execution.setExitStatus(ExitStatus.FAILED.addExitDescription(INTERRUPTED));
                execution.setEndTime(now);
                jobRepository.update(execution);
            }
        }
    }

    /** The number of the next run of a job: one more than the last; a job instance a kill left without execution is removed. */
    public long nextRun(String job) {
        JobInstance last = jobRepository.getLastJobInstance(job);
        if (last != null && jobRepository.getJobExecutions(last).isEmpty()) {
            jobRepository.deleteJobInstance(last);
            last = jobRepository.getLastJobInstance(job);
        }
        if (last == null) {
            return 1;
        }
        JobExecution execution = jobRepository.getLastJobExecution(last);
        Long run = execution == null ? null : execution.getJobParameters().getLong(RUN);
        return run == null ? 1 : run + 1;
    }
}
