package nl.voortgang.core.submission;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.voortgang.core.csv.Problem;

/**
 * One partner's accepted file of one kind, for one alliance and year. Versions count up per key; a newer
 * version supersedes the older, which stays in the history.
 *
 * @param submittedBy  who handed the file in (the sending partner, and the person or run that ingested it)
 * @param supersededBy the newer version that replaced this one; null while this one is current
 * @param warnings     the warnings found when it was accepted (errors reject a file, so there are none)
 */
public record Submission(
        SubmissionId id,
        SubmissionKey key,
        int version,
        String fileName,
        Checksum checksum,
        Instant receivedAt,
        String submittedBy,
        long rows,
        SubmissionId supersededBy,
        List<Problem> warnings) {

    public Submission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(submittedBy, "submittedBy");
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1: " + version);
        }
        warnings = List.copyOf(warnings);
    }

    public boolean isCurrent() {
        return supersededBy == null;
    }

    public State state() {
        return isCurrent() ? State.ACCEPTED : State.SUPERSEDED;
    }

    public Submission supersededBy(SubmissionId newer) {
        return new Submission(id, key, version, fileName, checksum, receivedAt, submittedBy, rows, newer, warnings);
    }

    public enum State {
        /** The version in use. */
        ACCEPTED,
        /** Replaced by a newer version; kept in the history. */
        SUPERSEDED
    }
}
