package nl.voortgang.core.submission;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.csv.TableSource;
import nl.voortgang.core.csv.Tables;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.organisation.Organisations;

/**
 * The one way a partner file comes in, for everyone: the in-memory store, the {@code voortgang} application, its
 * dry run and embedders. A file is registered, checked whole, stored in chunks and accepted, or refused with every
 * problem; the same file from the same partner a second time is recognised by its checksum and not stored again.
 * Where it is stored is a {@link SubmissionStore}.
 * <p>
 * {@link #submit} runs the whole flow. {@link #open} gives the flow as {@link Intake steps}, each one unit of work
 * for the store, so that a framework can run each step in a transaction of its own and count it (the application's
 * Spring Batch jobs do). A file interrupted half-way (the process died) goes on where its store says it stopped
 * when the same file comes in again.
 */
public final class SubmissionIntake {

    /** Rows per chunk: a file with more is stored in chunks, each its own unit of work. */
    public static final int CHUNK = 5_000;

    /** Problems kept in full per file; beyond them only a count per kind of problem is kept, so that memory stays bounded. */
    public static final int PROBLEMS_KEPT = 1_000;

    private final Organisations organisations;
    private final Alliances alliances;
    private final Submissions submissions;
    private final SubmissionStore store;
    private final Clock clock;
    private final int chunk;
    private final Tables tables;
    private final int problemsKept;

    public SubmissionIntake(Organisations organisations, Alliances alliances, Submissions submissions, SubmissionStore store, Clock clock) {
        this(organisations, alliances, submissions, store, clock, CHUNK, Tables.csv(), PROBLEMS_KEPT);
    }

    private SubmissionIntake(Organisations organisations, Alliances alliances, Submissions submissions, SubmissionStore store, Clock clock,
                             int chunk, Tables tables, int problemsKept) {
        this.organisations = organisations;
        this.alliances = alliances;
        this.submissions = submissions;
        this.store = store;
        this.clock = clock;
        this.chunk = chunk;
        this.tables = tables;
        this.problemsKept = problemsKept;
    }

    /** The same flow with chunks of another size. */
    public SubmissionIntake withChunksOf(int rows) {
        return new SubmissionIntake(organisations, alliances, submissions, store, clock, rows, tables, problemsKept);
    }

    /** The same flow, reading files with these readers (CSV, and workbooks where the application has a reader for them). */
    public SubmissionIntake readingWith(Tables readers) {
        return new SubmissionIntake(organisations, alliances, submissions, store, clock, chunk, readers, problemsKept);
    }

    /** The same flow, keeping at most {@code count} problems per file in full. */
    public SubmissionIntake keepingProblems(int count) {
        return new SubmissionIntake(organisations, alliances, submissions, store, clock, chunk, tables, count);
    }

    /** A file on disk, received now or on the day its name starts with ({@link Arrival}). */
    public IncomingFile incoming(OrganisationCode sender, Path file, String submittedBy) {
        Instant receivedAt = Arrival.fromFileName(file.getFileName().toString(), clock.getZone()).orElseGet(clock::instant);
        return IncomingFile.of(sender, file, receivedAt, submittedBy);
    }

    /** Checks the file as if it were submitted, whole, with every problem; stores nothing (a dry run). */
    public Outcome validate(IncomingFile file) {
        if (!isKnownSender(file.sender())) {
            return unknownSender(file);
        }
        TableSource.Detected detected = tables.detect(file.name(), file.content());
        if (detected.source() == null) {
            return Outcome.rejected(null, List.of(detected.problem()));
        }
        CheckedRows.Opened opened = CheckedRows.open(detected.source(), file.sender(), this);
        if (opened.rows() == null) {
            return Outcome.rejected(null, opened.refused().problems());
        }
        try (CheckedRows<?> rows = opened.rows()) {
            while (rows.next()) {
                // every row goes through the checks; nothing is kept
            }
            SubmissionCheck.Verdict verdict = rows.verdict();
            return verdict.accepted() ? new Outcome(Status.VALID, verdict.kind(), null, verdict.problems())
                    : Outcome.rejected(verdict.kind(), verdict.problems());
        }
    }

    public Outcome validate(OrganisationCode sender, Path file) {
        return validate(incoming(sender, file, "validate"));
    }

    /** Runs the whole flow for one file. */
    public Outcome submit(IncomingFile file) {
        try (Intake intake = open(file)) {
            while (!intake.isDone()) {
                intake.step();
            }
            return intake.outcome();
        }
    }

    public Outcome submit(OrganisationCode sender, Path file, String submittedBy) {
        return submit(incoming(sender, file, submittedBy));
    }

    public Outcome submit(OrganisationCode sender, Path file, String submittedBy, Instant receivedAt) {
        return submit(IncomingFile.of(sender, file, receivedAt, submittedBy));
    }

    public Outcome submit(OrganisationCode sender, String name, byte[] content, String submittedBy) {
        return submit(IncomingFile.of(sender, name, content, clock.instant(), submittedBy));
    }

    /** The flow for one file, to be run step by step; close it when done (or given up). */
    public Intake open(IncomingFile file) {
        return new Intake(this, file);
    }

    Outcome unknownSender(IncomingFile file) {
        String partners = partners().stream().map(OrganisationCode::value).collect(java.util.stream.Collectors.joining(", "));
        return Outcome.rejected(null, List.of(Problem.ofFile(ProblemCode.UNKNOWN_PARTNER, file.name(), "Partner " + file.sender()
                        + " is onbekend: er is geen organisatie met die code.",
                partners.isEmpty() ? "Laat het secretariaat eerst de organisaties en allianties inlezen."
                        : "Gebruik de code van de partner die het bestand stuurde: " + partners + ".")));
    }

    /** Whether the sender is a known organisation (whether it is a partner of the file's alliance that year is a check of the rows). */
    boolean isKnownSender(OrganisationCode sender) {
        return organisations.find(sender).isPresent();
    }

    /** The organisations that are a partner in some alliance (the ministry, a party or a network are not), by code. */
    public List<OrganisationCode> partners() {
        return alliances.all().stream().flatMap(a -> a.members().stream()).distinct().sorted(java.util.Comparator.comparing(OrganisationCode::value))
                .toList();
    }

    Organisations organisations() {
        return organisations;
    }

    Alliances alliances() {
        return alliances;
    }

    Submissions submissions() {
        return submissions;
    }

    SubmissionStore store() {
        return store;
    }

    int chunk() {
        return chunk;
    }

    Tables tables() {
        return tables;
    }

    int problemsKept() {
        return problemsKept;
    }

    static Checksum checksum(IncomingFile file) throws IOException {
        return file.content().checksum();
    }

    public enum Status {
        /** Stored as a new version. */
        ACCEPTED,
        /** Checked without storing (a dry run) and found without errors. */
        VALID,
        /** Not stored: the problems say why. */
        REJECTED,
        /** The same bytes from the same partner were stored before; nothing stored twice. */
        ALREADY_INGESTED,
        /** The same bytes from the same partner were refused before, with the same problems; nothing stored. */
        ALREADY_REJECTED
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

        public List<Problem> warnings() {
            return problems.stream().filter(p -> !p.isError()).toList();
        }
    }
}
