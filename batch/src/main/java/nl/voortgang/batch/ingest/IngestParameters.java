package nl.voortgang.batch.ingest;

import java.nio.file.Path;
import java.time.Instant;
import nl.voortgang.core.submission.Checksum;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of an ingest job. A job instance is identified by who submitted the file and its checksum,
 * never by a timestamp: the same file again is the same instance (already done, or restarted where it stopped).
 *
 * @param submitter  the partner code, or {@code secretariaat} for reference files
 * @param keptCopy   the copy in the data directory that the job reads (the original may move)
 * @param submittedBy who ran the ingest (a person, or the nightly run)
 */
public record IngestParameters(String submitter, Checksum checksum, Path keptCopy, String fileName, Instant receivedAt, String submittedBy) {

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString("submitter", submitter, true)
                .addString("checksum", checksum.sha256(), true)
                .addString("keptCopy", keptCopy.toString(), false)
                .addString("fileName", fileName, false)
                .addString("receivedAt", receivedAt.toString(), false)
                .addString("submittedBy", submittedBy, false)
                .toJobParameters();
    }

    /** From the values of a running job's parameters (as {@code #{jobParameters}} gives them). */
    public static IngestParameters of(java.util.Map<String, Object> values) {
        return new IngestParameters((String) values.get("submitter"), new Checksum((String) values.get("checksum")),
                Path.of((String) values.get("keptCopy")), (String) values.get("fileName"), Instant.parse((String) values.get("receivedAt")),
                (String) values.get("submittedBy"));
    }
}
