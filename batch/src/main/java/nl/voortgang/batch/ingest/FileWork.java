package nl.voortgang.batch.ingest;

import nl.voortgang.core.submission.Intake;

/**
 * One file's way through the ingest flow, as units of work: a step of a job runs one {@link #step()} per
 * transaction until the file {@link #isDone()}. A partner file is the core flow's {@link Intake}; a reference file
 * and a file whose fate is decided without reading it take one step.
 */
public interface FileWork extends AutoCloseable {

    /** The file, as the console and the summary name it. */
    String name();

    /** The file on disk. */
    java.nio.file.Path file();

    /** Who sent it: the partner's code, or the secretariat. */
    String submitter();

    /** What the crash point after a step of this work is called. */
    default String crashPoint(Intake.Step step) {
        return step.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Does the next unit of work and says what it was. */
    Intake.Step step();

    boolean isDone();

    /** What became of the file, once done. */
    FileOutcome outcome();

    /** Rows stored by the last step. */
    long rowsStoredByLastStep();

    /** Stops whatever still runs for the file (a check running ahead); the work is then given up. */
    @Override
    void close();

    /** A file whose fate was decided without reading it. */
    static FileWork decided(FileOutcome outcome) {
        return new DecidedWork(outcome);
    }

    /** A file whose fate was decided without reading it: done before its first step. */
    record DecidedWork(FileOutcome outcome) implements FileWork {

        @Override
        public String name() {
            return outcome.submitter() + " " + outcome.file().getFileName();
        }

        @Override
        public java.nio.file.Path file() {
            return outcome.file();
        }

        @Override
        public String submitter() {
            return outcome.submitter();
        }

        @Override
        public Intake.Step step() {
            return Intake.Step.SETTLED;
        }

        @Override
        public boolean isDone() {
            return true;
        }

        @Override
        public long rowsStoredByLastStep() {
            return 0;
        }

        @Override
        public void close() {
            // nothing runs
        }
    }
}
