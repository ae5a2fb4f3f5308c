package nl.voortgang.core.submission;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.voortgang.core.csv.Problem;

/** A file that passed every check and is about to be stored: everything but its id and version. */
public record NewSubmission(
        SubmissionKey key,
        String fileName,
        Checksum checksum,
        Instant receivedAt,
        String submittedBy,
        long rows,
        List<Problem> warnings) {

    public NewSubmission {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(submittedBy, "submittedBy");
        warnings = List.copyOf(warnings);
    }

    /** The stored submission, as the next version after {@code history} (oldest first). */
    public Submission asVersionAfter(SubmissionId id, List<Submission> history) {
        int version = history.stream().mapToInt(Submission::version).max().orElse(0) + 1;
        return new Submission(id, key, version, fileName, checksum, receivedAt, submittedBy, rows, null, warnings);
    }
}
