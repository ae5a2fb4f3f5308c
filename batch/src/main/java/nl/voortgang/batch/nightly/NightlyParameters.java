package nl.voortgang.batch.nightly;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addLong("run", run, true)
                .addString("inbox", inbox.toString(), false)
                .addString("out", out.toString(), false)
                .addString("archive", archive.toString(), false)
                .addString("rejected", rejected.toString(), false)
                .addLong("settleSeconds", settle.toSeconds(), false)
                .toJobParameters();
    }

    public static NightlyParameters of(Map<String, Object> values) {
        return new NightlyParameters((Long) values.get("run"), Path.of((String) values.get("inbox")), Path.of((String) values.get("out")),
                Path.of((String) values.get("archive")), Path.of((String) values.get("rejected")),
                Duration.ofSeconds((Long) values.get("settleSeconds")));
    }

    /** The same run with another number (to restart what an interrupted run left). */
    public NightlyParameters withRun(long number) {
        return new NightlyParameters(number, inbox, out, archive, rejected, settle);
    }

    public boolean sameFolders(NightlyParameters other) {
        return inbox.equals(other.inbox) && out.equals(other.out) && archive.equals(other.archive) && rejected.equals(other.rejected);
    }
}
