package nl.voortgang.batch.nightly;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nl.voortgang.batch.JobRuns;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of a nightly run. A run is identified by its number alone: a run that was interrupted is
 * restarted under the same number; the next run gets the next number.
 *
 * @param archive  where accepted files go (a folder per submitter)
 * @param rejected where refused files go, each next to its problems file
 * @param settle   a file changed more recently than this may still be being written: it is left for the next run
 */
public record NightlyParameters(long run, Path inbox, Path out, Path archive, Path rejected, Duration settle) {

    /** The names of the job's parameters; only the run's number identifies a run. */
    private static final String INBOX = "inbox";
    private static final String OUT = "out";
    private static final String ARCHIVE = "archive";
    private static final String REJECTED = "rejected";
    private static final String SETTLE_SECONDS = "settleSeconds";

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addLong(JobRuns.RUN, run, true)
                .addString(INBOX, inbox.toString(), false)
                .addString(OUT, out.toString(), false)
                .addString(ARCHIVE, archive.toString(), false)
                .addString(REJECTED, rejected.toString(), false)
                .addLong(SETTLE_SECONDS, settle.toSeconds(), false)
                .toJobParameters();
    }

    public static NightlyParameters of(Map<String, Object> values) {
        return new NightlyParameters((Long) values.get(JobRuns.RUN), Path.of((String) values.get(INBOX)), Path.of((String) values.get(OUT)),
                Path.of((String) values.get(ARCHIVE)), Path.of((String) values.get(REJECTED)),
                Duration.ofSeconds((Long) values.get(SETTLE_SECONDS)));
    }

    /** The same run with another number (to restart what an interrupted run left). */
    public NightlyParameters withRun(long number) {
        return new NightlyParameters(number, inbox, out, archive, rejected, settle);
    }

    public boolean sameFolders(NightlyParameters other) {
        return inbox.equals(other.inbox) && out.equals(other.out) && archive.equals(other.archive) && rejected.equals(other.rejected);
    }
}
