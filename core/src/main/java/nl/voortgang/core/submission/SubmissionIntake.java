package nl.voortgang.core.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.organisation.Organisations;

/**
 * Takes in partner files for embedders that keep everything in memory or in their own store: a file is
 * checked whole and then stored whole, or rejected with every problem. The same file from the same partner
 * a second time is recognised by its checksum and not stored again.
 */
public final class SubmissionIntake {

    private final Organisations organisations;
    private final Alliances alliances;
    private final Submissions submissions;
    private final Clock clock;

    public SubmissionIntake(Organisations organisations, Alliances alliances, Submissions submissions, Clock clock) {
        this.organisations = organisations;
        this.alliances = alliances;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** Checks the file as if it were submitted; stores nothing. */
    public Outcome validate(OrganisationCode sender, Path file) {
        return run(sender, CsvSource.detect(file), () -> checksumOf(file), "validate", clock.instant(), false);
    }

    /** Submits a file received now, or on the day its name starts with ({@link Arrival}). */
    public Outcome submit(OrganisationCode sender, Path file, String submittedBy) {
        Instant receivedAt = Arrival.fromFileName(file.getFileName().toString(), clock.getZone()).orElseGet(clock::instant);
        return submit(sender, file, submittedBy, receivedAt);
    }

    public Outcome submit(OrganisationCode sender, Path file, String submittedBy, Instant receivedAt) {
        return run(sender, CsvSource.detect(file), () -> checksumOf(file), submittedBy, receivedAt, true);
    }

    public Outcome submit(OrganisationCode sender, String name, byte[] content, String submittedBy) {
        return run(sender, CsvSource.detect(name, content), () -> Checksum.of(content), submittedBy, clock.instant(), true);
    }

    private Outcome run(OrganisationCode sender, CsvSource.Detected detected, Supplier<Checksum> checksumOfFile, String submittedBy,
                        Instant receivedAt, boolean store) {
        if (organisations.find(sender).isEmpty()) {
            String file = detected.source() == null ? detected.problem().file() : detected.source().name();
            return Outcome.rejected(null, List.of(Problem.ofFile(file, "Partner " + sender + " is onbekend.",
                    "Gebruik de code van een organisatie uit organisaties.csv, zoals NVR.")));
        }
        if (detected.source() == null) {
            return Outcome.rejected(null, List.of(detected.problem()));
        }
        Checksum checksum = checksumOfFile.get();
        Optional<Submission> earlier = submissions.findByChecksum(sender, checksum);
        if (earlier.isPresent()) {
            return new Outcome(Status.ALREADY_INGESTED, earlier.get().key().kind(), earlier.get(), List.of());
        }
        List<Object> rows = new ArrayList<>();
        SubmissionCheck.Verdict verdict = PartnerFile.check(detected.source(), sender, alliances, submissions, store ? r -> rows.add(r.value()) : r -> { });
        if (!verdict.accepted()) {
            return Outcome.rejected(verdict.kind(), verdict.problems());
        }
        if (!store) {
            return new Outcome(Status.VALID, verdict.kind(), null, verdict.problems());
        }
        NewSubmission submission = new NewSubmission(verdict.key(), detected.source().name(), checksum, receivedAt,
                submittedBy, verdict.rows(), verdict.warnings());
        return new Outcome(Status.ACCEPTED, verdict.kind(), submissions.accept(submission, rows), verdict.problems());
    }

    private static Checksum checksumOf(Path file) {
        try {
            return Checksum.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public enum Status {
        /** Stored as a new version. */
        ACCEPTED,
        /** Checked without storing (a dry run) and found without errors. */
        VALID,
        /** Not stored: the problems say why. */
        REJECTED,
        /** The same bytes from the same partner were stored before; nothing stored twice. */
        ALREADY_INGESTED
    }

    /**
     * @param kind       the kind of file, when it could be recognised
     * @param submission the stored (or earlier stored) submission, if any
     */
    public record Outcome(Status status, SubmissionKind kind, Submission submission, List<Problem> problems) {

        public Outcome {
            problems = List.copyOf(problems);
        }

        static Outcome rejected(SubmissionKind kind, List<Problem> problems) {
            return new Outcome(Status.REJECTED, kind, null, problems);
        }

        public List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }
    }
}
