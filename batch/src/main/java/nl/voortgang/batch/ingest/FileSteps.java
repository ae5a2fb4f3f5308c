package nl.voortgang.batch.ingest;

import java.time.Duration;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.CrashPoint;
import nl.voortgang.batch.DiskTrouble;
import nl.voortgang.core.submission.Intake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The adapter between the ingest flow and Spring Batch: a tasklet whose every execution, in the step's own
 * transaction, is one unit of work of the flow (a small file whole, or a chunk of a large one, its acceptance or its
 * refusal) together with what the caller records about it ({@link Queue#settled}, such as a nightly run's fate of the
 * file). Spring Batch commits each unit with the step's counters (read: files, write: rows stored, filter: files
 * refused) and restarts a step that did not finish; what a restart needs is in Voortgang's own tables, committed with
 * the unit it describes. After each commit come the crash point of what was done and {@link Queue#committed} (a
 * nightly run moves files then, never before their fate is committed).
 * <p>
 * A unit that fails (a database or disk fault) is rolled back to a savepoint and the file's fate is {@code FAILED}:
 * nothing of that unit counts, the other files go on, and running the same command again goes on where it stopped.
 */
public class FileSteps implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(FileSteps.class);

    /** How many problems the console shows of a refused file; all of them are in its problems file. */
    static final int PROBLEMS_SHOWN = 15;

    /** The files of a step, and what to do when each is settled. */
    public interface Queue {

        /** The next file to work on, or null when none is left (inside the step's transaction). */
        FileWork next();

        /** What became of the file (inside the transaction that settled it). */
        void settled(FileWork work, FileOutcome outcome);

        /** After each commit of the step. */
        default void committed() {
        }
    }

    private final Queue queue;
    private final FileIntake intake;
    private final TransactionTemplate savepoint;
    private final Console console;
    private FileWork current;
    private Console.Progress progress;
    private long started;
    private boolean tidied;

    public FileSteps(Queue queue, FileIntake intake, PlatformTransactionManager transactionManager, Console console) {
        this.queue = queue;
        this.intake = intake;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.console = console;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (!tidied) {
            if (intake.removeLeftoverRows()) {
                afterCommit(null, null);
                return RepeatStatus.CONTINUABLE;
            }
            tidied = true;
        }
        if (current == null) {
            current = queue.next();
            if (current == null) {
                afterCommit(null, null);
                return RepeatStatus.FINISHED;
            }
            contribution.incrementReadCount();
            progress = console.progress("opgeslagen");
            started = System.nanoTime();
        }
        FileWork work = current;
        Intake.Step step = Intake.Step.SETTLED;
        FileOutcome outcome = null;
        if (!work.isDone()) {
            try {
                step = savepoint.execute(status -> work.step());
                contribution.incrementWriteCount(work.rowsStoredByLastStep());
                progress.add(work.rowsStoredByLastStep());
            } catch (RuntimeException e) {
                outcome = failed(work, e);
            }
        }
        if (outcome != null || work.isDone()) {
            work.close();
            outcome = outcome != null ? outcome : work.outcome();
            say(outcome);
            queue.settled(work, outcome);
            if (outcome.fate().inputRejected()) {
                contribution.incrementFilterCount(1);
            }
            current = null;
        }
        afterCommit(work, step);
        return RepeatStatus.CONTINUABLE;
    }

    private void afterCommit(FileWork work, Intake.Step step) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                if (work != null) {
                    CrashPoint.at(work.crashPoint(step));
                }
                queue.committed();
            }
        });
    }

    private FileOutcome failed(FileWork work, RuntimeException e) {
        LOG.error("ingest of {} failed", work.file(), e);
        String detail = DiskTrouble.in(e).map(t -> work.name() + ": afgebroken. " + t.getMessage()).orElse(work.name()
                + ": afgebroken door een fout in het programma (" + rootMessage(e) + "). Er telt nog niets van mee; voer dezelfde opdracht "
                + "opnieuw uit om verder te gaan waar het stopte.");
        return new FileOutcome(work.file(), work.submitter(), FileOutcome.Fate.FAILED, detail, java.util.List.of(), 0, null,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private void say(FileOutcome outcome) {
        console.say(outcome.summary());
        outcome.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> console.say("    " + p));
        if (outcome.problems().size() > PROBLEMS_SHOWN) {
            console.say("    … en nog " + (outcome.problems().size() - PROBLEMS_SHOWN) + " (zie het problemenbestand)");
        }
    }

    static String rootMessage(Throwable e) {
        java.util.Optional<DiskTrouble> trouble = DiskTrouble.in(e);
        if (trouble.isPresent()) {
            return trouble.get().getMessage();
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
