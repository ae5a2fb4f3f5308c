package nl.voortgang.batch.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.voortgang.batch.JobRuns;
import nl.voortgang.core.organisation.OrganisationCode;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;

/**
 * The {@code ingest} command's work: the given files through the one ingest flow, as one run of {@code ingestJob}.
 * Runs are numbered; a run that was interrupted is not restarted as such: the next run takes the same files again,
 * recognises what was stored, and goes on with a file that was being stored where it stopped.
 */
public class IngestService {

    private final JobOperator jobOperator;
    private final JobRuns jobRuns;
    private final Job ingestJob;
    private final FileIntake intake;
    private final Map<Long, Request> requests = new ConcurrentHashMap<>();

    public IngestService(JobOperator jobOperator, JobRuns jobRuns, Job ingestJob, FileIntake intake) {
        this.jobOperator = jobOperator;
        this.jobRuns = jobRuns;
        this.ingestJob = ingestJob;
        this.intake = intake;
    }

    /** When a file arrived: the date its name starts with, or now. */
    public Instant arrivalOf(Path file) {
        return intake.arrivalOf(file);
    }

    public FileOutcome ingestPartnerFile(OrganisationCode partner, Path file, String submittedBy, Instant receivedAt) {
        return run(partner + ": " + file.getFileName(), List.of(() -> intake.partnerFile(partner, file, receivedAt, submittedBy))).get(0);
    }

    /** A partner's files, each received on the day its name starts with, or now. */
    public List<FileOutcome> ingestPartnerFiles(OrganisationCode partner, List<Path> files, String submittedBy) {
        List<Supplier<FileWork>> works = files.stream()
                .<Supplier<FileWork>>map(f -> () -> intake.partnerFile(partner, f, intake.arrivalOf(f), submittedBy)).toList();
        return run(partner + ": " + files.size() + " bestand(en)", works);
    }

    /** Loads reference files in the order in which they refer to each other (organisations before memberships, …). */
    public List<FileOutcome> ingestReferenceFiles(List<Path> files, String submittedBy) {
        List<Supplier<FileWork>> works = FileIntake.inLoadOrder(files).stream()
                .<Supplier<FileWork>>map(f -> () -> intake.referenceFile(f, intake.arrivalOf(f))).toList();
        return run(ReferenceFileWork.SECRETARIAT + ": " + files.size() + " bestand(en)", works);
    }

    private List<FileOutcome> run(String what, List<Supplier<FileWork>> works) {
        jobRuns.markInterrupted();
        long run = jobRuns.nextRun(ingestJob.getName());
        Request request = new Request(works.iterator());
        requests.put(run, request);
        try {
            JobParameters parameters = new JobParametersBuilder().addLong(JobRuns.RUN, run, true).addString(JobRuns.WHAT, what, false).toJobParameters();
            JobExecution execution = jobOperator.start(ingestJob, parameters);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                String cause = execution.getAllFailureExceptions().stream().findFirst().map(FileSteps::rootMessage)
                        .orElse(execution.getExitStatus().getExitDescription());
                throw new IllegalStateException("de inleesrun " + run + " is niet afgemaakt: " + cause);
            }
            return List.copyOf(request.outcomes);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("de inleesrun " + run + " kon niet starten: " + e.getMessage(), e);
        } finally {
            requests.remove(run);
        }
    }

    /** The files of a run (handed to its step) and their outcomes. */
    FileSteps.Queue queueOf(long run) {
        Request request = requests.get(run);
        if (request == null) {
            throw new IllegalStateException("no files were given for ingest run " + run);
        }
        return request;
    }

    private static final class Request implements FileSteps.Queue {

        private final Iterator<Supplier<FileWork>> works;
        private final List<FileOutcome> outcomes = new ArrayList<>();

        Request(Iterator<Supplier<FileWork>> works) {
            this.works = works;
        }

        @Override
        public FileWork next() {
            return works.hasNext() ? works.next().get() : null;
        }

        @Override
        public void settled(FileWork work, FileOutcome outcome) {
            outcomes.add(outcome);
        }
    }
}
