package nl.voortgang.core.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.csv.TableSource;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.submission.SubmissionIntake.Outcome;
import nl.voortgang.core.submission.SubmissionIntake.Status;
import nl.voortgang.core.submission.SubmissionStore.Line;
import nl.voortgang.core.submission.SubmissionStore.Pending;

/**
 * One partner file going through {@link SubmissionIntake}, a step at a time. Each {@link #step()} is one unit of work
 * for the {@link SubmissionStore}; a caller that runs every step in a transaction of its own (or none, with a store
 * whose every call is atomic) keeps a file wholly stored or not at all, whenever the process dies.
 * <ol>
 *   <li>The first step recognises the file (unknown sender, the same file stored or refused before), then checks its
 *       first rows. A file that ends within one chunk is stored whole or refused in that step.</li>
 *   <li>A larger file is registered with its first chunk. From then on its checking runs ahead on a thread of its own
 *       while each step stores the next chunk of checked rows: checking and storing share the two halves of the work.
 *       Rows are stored only while no error has been found; the last step accepts the file, or refuses it.</li>
 *   <li>A refused file that had stored rows has them removed, a part per step.</li>
 * </ol>
 * A file registered by an intake that did not finish goes on after the rows that were stored: it is checked again
 * from the start (the checks need every row), and only the rest is stored.
 * <p>
 * A check that fails (a fault in the program, not in the file) refuses the file, saying so; the file is kept with
 * that reason and the rest of the work goes on; the same file sent again is checked again. A failure of the store, or of reading the file, is thrown: nothing of
 * that step counts, and running the same file again goes on where the store says it stopped.
 */
public final class Intake implements AutoCloseable {

    /** Rows of a refused file removed per step. */
    public static final int DISCARD_PER_STEP = 20_000;

    /** What a step did. */
    public enum Step {
        /** Decided without storing anything: unknown sender, unreadable, the same file before. */
        SETTLED,
        /** Registered a large file with its first chunk of rows. */
        REGISTERED,
        /** Stored a chunk of rows of a registered file. */
        STORED,
        /** Accepted the file: it counts from now on. */
        ACCEPTED,
        /** Refused the file with its problems. */
        REFUSED,
        /** Removed stored rows of a refused file. */
        DISCARDED
    }

    private enum Phase { START, STORING, DISCARDING, DONE }

    private final SubmissionIntake flow;
    private final IncomingFile file;
    private Phase phase = Phase.START;
    private Outcome outcome;
    private Checksum checksum;
    private Pending pending;
    private Checker<?> checker;
    private CheckedRows<?> opened;
    private long storedThisStep;
    private long storedRows;

    Intake(SubmissionIntake flow, IncomingFile file) {
        this.flow = flow;
        this.file = file;
    }

    public IncomingFile file() {
        return file;
    }

    /** The file's checksum, once the first step has read it. */
    public Checksum checksum() {
        return checksum;
    }

    public boolean isDone() {
        return phase == Phase.DONE;
    }

    /** The outcome, once done. */
    public Outcome outcome() {
        if (outcome == null || !isDone()) {
            throw new IllegalStateException("the intake of " + file.name() + " is not done");
        }
        return outcome;
    }

    /** Rows checked so far (they may be checked ahead of storing). */
    public long rowsChecked() {
        return checker == null ? 0 : checker.checked;
    }

    /** Rows of this file stored by this intake and earlier, interrupted ones. */
    public long rowsStored() {
        return storedRows;
    }

    /** Rows stored by the last step. */
    public long rowsStoredByLastStep() {
        return storedThisStep;
    }

    /** Does the next unit of work and says what it was. */
    public Step step() {
        storedThisStep = 0;
        return switch (phase) {
            case START -> start();
            case STORING -> storeNext();
            case DISCARDING -> discardNext();
            case DONE -> throw new IllegalStateException("the intake of " + file.name() + " is done");
        };
    }

    private Step start() {
        if (!flow.isKnownSender(file.sender())) {
            return settle(flow.unknownSender(file));
        }
        try {
            checksum = SubmissionIntake.checksum(file);
        } catch (IOException e) {
            return settle(Outcome.rejected(null, List.of(Problem.ofFile(ProblemCode.FILE_UNREADABLE, file.name(),
                    "Het bestand kan niet worden gelezen (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ").",
                    "Controleer of het bestand bestaat en leesbaar is."))));
        }
        SubmissionStore.Earlier earlier = flow.store().earlier(file.sender(), checksum);
        if (earlier instanceof SubmissionStore.Accepted accepted) {
            return settle(new Outcome(Status.ALREADY_INGESTED, accepted.submission().key().kind(), accepted.submission(), List.of()));
        }
        if (earlier instanceof SubmissionStore.Refused refused && !failedToCheck(refused.problems())) {
            return settle(new Outcome(Status.ALREADY_REJECTED, null, null, refused.problems()));
        }
        if (earlier instanceof SubmissionStore.Interrupted interrupted) {
            pending = interrupted.pending();
            storedRows = pending.storedRows();
        }
        TableSource.Detected detected;
        try {
            detected = flow.tables().detect(file.name(), file.content());
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            return refuse(null, List.of(checkFailed(e)));
        }
        if (detected.source() == null) {
            return refuse(null, List.of(detected.problem()));
        }
        CheckedRows.Opened checking;
        try {
            checking = CheckedRows.open(detected.source(), file.sender(), flow);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            return refuse(null, List.of(checkFailed(e)));
        }
        if (checking.rows() == null) {
            return refuse(null, checking.refused().problems());
        }
        return firstChunk(checking.rows());
    }

    private <T extends PartnerFigure> Step firstChunk(CheckedRows<T> rows) {
        opened = rows;
        Checker<T> checking = new Checker<>(rows, pending == null ? 0 : pending.storedRows(), flow.chunk());
        checker = checking;
        Item<T> first;
        try {
            first = checking.next();
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            return refuse(rows.descriptor().kind(), List.of(checkFailed(e)));
        }
        if (first.verdict != null) {
            return finish(rows.descriptor(), first);
        }
        Step step = Step.STORED;
        if (pending == null) {
            pending = flow.store().begin(file, checksum, rows.key());
            step = Step.REGISTERED;
        }
        store(rows.descriptor(), first.lines);
        checking.runAhead(file.name());
        phase = Phase.STORING;
        return step;
    }

    private Step storeNext() {
        return storeNext(checker);
    }

    private <T extends PartnerFigure> Step storeNext(Checker<T> checking) {
        Item<T> item = checking.take();
        if (item.failure != null) {
            if (item.failure instanceof UncheckedIOException io) {
                throw io;
            }
            if (item.failure instanceof Error error) {
                throw error;
            }
            return refuse(checking.rows.descriptor().kind(), List.of(checkFailed(item.failure)));
        }
        if (item.verdict != null) {
            return finish(checking.rows.descriptor(), item);
        }
        store(checking.rows.descriptor(), item.lines);
        return Step.STORED;
    }

    private <T extends PartnerFigure> void store(KindDescriptor<T> kind, List<Line<T>> lines) {
        if (lines.isEmpty()) {
            return;
        }
        flow.store().store(pending, kind, lines);
        pending = pending.withStored(lines.size());
        storedRows += lines.size();
        storedThisStep += lines.size();
    }

    private <T extends PartnerFigure> Step finish(KindDescriptor<T> kind, Item<T> last) {
        SubmissionCheck.Verdict verdict = last.verdict;
        if (!verdict.accepted()) {
            return refuse(verdict.kind(), verdict.problems());
        }
        NewSubmission submission = new NewSubmission(verdict.key(), file.name(), checksum, file.receivedAt(), file.submittedBy(),
                verdict.rows(), verdict.warnings());
        Submission stored;
        if (pending == null) {
            stored = flow.store().acceptWhole(file, submission, kind, last.lines);
            storedRows += last.lines.size();
            storedThisStep += last.lines.size();
        } else {
            store(kind, last.lines);
            stored = flow.store().accept(pending, submission);
        }
        outcome = new Outcome(Status.ACCEPTED, verdict.kind(), stored, verdict.problems());
        done();
        return Step.ACCEPTED;
    }

    private Step refuse(SubmissionKind kind, List<Problem> problems) {
        flow.store().refuse(file, checksum, kind, problems, Optional.ofNullable(pending));
        outcome = Outcome.rejected(kind, problems);
        if (pending != null) {
            closeChecking();
            phase = Phase.DISCARDING;
        } else {
            done();
        }
        return Step.REFUSED;
    }

    private Step discardNext() {
        if (!flow.store().discard(pending, DISCARD_PER_STEP)) {
            done();
        }
        return Step.DISCARDED;
    }

    private Step settle(Outcome settled) {
        outcome = settled;
        done();
        return Step.SETTLED;
    }

    private void done() {
        phase = Phase.DONE;
        closeChecking();
    }

    /** A file refused because the program could not check it is checked again when it comes again. */
    private static boolean failedToCheck(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.code() == ProblemCode.CHECK_FAILED);
    }

    private Problem checkFailed(Throwable e) {
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return Problem.ofFile(ProblemCode.CHECK_FAILED, file.name(), "Dit bestand kon niet worden gecontroleerd door een fout in het programma ("
                        + (cause.length() > 200 ? cause.substring(0, 200) + "…" : cause) + "); het is geweigerd en bewaard.",
                "Meld dit aan de beheerder van Voortgang, met dit bestand; tot het programma is verbeterd, telt het niet mee.");
    }

    /** Stops checking ahead (if it still runs) and closes the file. */
    @Override
    public void close() {
        closeChecking();
    }

    private void closeChecking() {
        if (checker != null) {
            checker.stop();
        } else if (opened != null) {
            opened.close();
        }
        opened = null;
    }

    /** A chunk of rows to store; or, the last one, with the verdict; or the failure that stopped the checking. */
    private static final class Item<T> {

        final List<Line<T>> lines;
        final SubmissionCheck.Verdict verdict;
        final Throwable failure;

        Item(List<Line<T>> lines, SubmissionCheck.Verdict verdict, Throwable failure) {
            this.lines = lines;
            this.verdict = verdict;
            this.failure = failure;
        }
    }

    /**
     * Reads and checks the file, handing out chunks of rows to store. The first chunk is read on the caller's thread;
     * after {@link #runAhead} the rest is read on a thread of its own, at most two chunks ahead of the storing.
     * Rows are handed out only while the file has no error, and the first {@code skip} of them (stored by an earlier
     * intake) are not handed out again.
     */
    private static final class Checker<T extends PartnerFigure> {

        final CheckedRows<T> rows;
        private final long skip;
        private final int chunk;
        private final BlockingQueue<Item<T>> ahead = new ArrayBlockingQueue<>(2);
        private long handedOut;
        volatile long checked;
        private Thread thread;
        private boolean closed;

        Checker(CheckedRows<T> rows, long skip, int chunk) {
            this.rows = rows;
            this.skip = skip;
            this.chunk = chunk;
        }

        /** The next chunk, read on this thread. */
        Item<T> next() {
            List<Line<T>> lines = new ArrayList<>(Math.min(chunk, 1024));
            while (rows.next()) {
                checked++;
                if (rows.clean()) {
                    if (handedOut++ >= skip) {
                        lines.add(new Line<>(rows.line(), rows.row()));
                    }
                    if (lines.size() == chunk) {
                        return new Item<>(lines, null, null);
                    }
                } else if (!lines.isEmpty()) {
                    lines = new ArrayList<>();
                }
            }
            return new Item<>(rows.clean() ? lines : List.of(), rows.verdict(), null);
        }

        void runAhead(String name) {
            thread = new Thread(this::readAhead, "voortgang-check " + (name.length() > 40 ? name.substring(0, 40) : name));
            thread.setDaemon(true);
            thread.start();
        }

        private void readAhead() {
            try {
                Item<T> item;
                do {
                    try {
                        item = next();
                    } catch (RuntimeException | Error e) {
                        item = new Item<>(List.of(), null, e);
                    }
                    ahead.put(item);
                } while (item.verdict == null && item.failure == null);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } finally {
                rows.close();
            }
        }

        Item<T> take() {
            try {
                return ahead.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the checked rows", e);
            }
        }

        void stop() {
            if (closed) {
                return;
            }
            closed = true;
            if (thread == null) {
                rows.close();
                return;
            }
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
