package nl.voortgang.core.submission;

import java.util.List;
import java.util.Optional;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * Where {@link SubmissionIntake} stores a partner file, step by step (a port). Every method is one unit of work that
 * the store makes atomic: it happens wholly or not at all, also when the process dies half-way. What a restart needs
 * (that a file is being stored, how many of its rows are, that it was refused) is part of that work, so that the
 * same file again finds it through {@link #earlier}.
 * <ul>
 *   <li>a small file is stored whole in one unit ({@link #acceptWhole});</li>
 *   <li>a large file is registered ({@link #begin}), its rows stored chunk by chunk ({@link #store}, each chunk with the
 *       count of rows stored so far), then accepted ({@link #accept}); until then it is invisible to {@link Submissions};</li>
 *   <li>a refused file is recorded with its problems ({@link #refuse}); rows it had stored are removed afterwards, a
 *       part at a time ({@link #discard}).</li>
 * </ul>
 */
public interface SubmissionStore {

    /** What an earlier intake of the same bytes from the same partner left, if anything. */
    Earlier earlier(OrganisationCode sender, Checksum checksum);

    /** Stores a checked file and its rows as the next version for its key, superseding the current one. */
    <T extends PartnerFigure> Submission acceptWhole(IncomingFile file, NewSubmission submission, KindDescriptor<T> kind, List<Line<T>> lines);

    /** Registers a checked file whose rows are about to be stored in chunks; it counts for nothing until accepted. */
    Pending begin(IncomingFile file, Checksum checksum, SubmissionKey key);

    /** Stores a chunk of the rows of a registered file, and counts them on it. */
    <T extends PartnerFigure> void store(Pending pending, KindDescriptor<T> kind, List<Line<T>> lines);

    /**
     * Makes a registered file the next version for its key, superseding the current one, once every one of its rows
     * is stored (a store refuses to accept one whose stored count differs).
     */
    Submission accept(Pending pending, NewSubmission submission);

    /**
     * Records a refused file with its problems; nothing of it counts. {@code pending} is the registration of a large
     * file whose stored rows are to be removed with {@link #discard}, if it has one.
     */
    void refuse(IncomingFile file, Checksum checksum, SubmissionKind kind, List<Problem> problems, Optional<Pending> pending);

    /** Removes up to {@code atMost} stored rows of a refused file; false once none is left (and its registration is gone). */
    boolean discard(Pending pending, int atMost);

    /** A row of a file with the line it stood on: the provenance of every figure. */
    record Line<T>(long line, T row) {
    }

    /** A large file registered and being stored, with how many of its rows already are. */
    record Pending(SubmissionId id, SubmissionKey key, long storedRows) {

        public Pending withStored(long rows) {
            return new Pending(id, key, storedRows + rows);
        }
    }

    /** What an earlier intake of the same bytes left. */
    sealed interface Earlier permits Nothing, Accepted, Refused, Interrupted {
    }

    /** Never seen before. */
    record Nothing() implements Earlier {
    }

    /** Stored, as this submission (possibly superseded since). */
    record Accepted(Submission submission) implements Earlier {
    }

    /** Refused, with these problems. */
    record Refused(List<Problem> problems) implements Earlier {

        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /** Registered and partly stored by an intake that did not finish (the process died): it goes on from here. */
    record Interrupted(Pending pending) implements Earlier {
    }
}
