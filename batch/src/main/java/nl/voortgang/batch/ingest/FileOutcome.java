package nl.voortgang.batch.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.voortgang.batch.Console;

/**
 * What became of one file: its fate, one readable line, the problems worth showing, and where its problems
 * file is.
 *
 * @param detail       the readable line, the same however long it took (it goes into a run's summary)
 * @param problems     the problems as the console shows them
 * @param problemsFile null when there is none
 * @param took         how long the file took; null when it was decided without reading it
 */
public record FileOutcome(Path file, String submitter, Fate fate, String detail, List<String> problems, long errors,
                          Path problemsFile, Duration took) {

    public FileOutcome {
        problems = List.copyOf(problems);
    }

    /** The line the console says: the detail, with how long the file took where it was read. */
    public String summary() {
        if (took == null || !(fate == Fate.ACCEPTED || fate == Fate.REJECTED) || !detail.endsWith(".")) {
            return detail;
        }
        return detail.substring(0, detail.length() - 1) + " (" + Console.seconds(took) + ").";
    }

    public FileOutcome took(Duration duration) {
        return new FileOutcome(file, submitter, fate, detail, problems, errors, problemsFile, duration);
    }

    /** What became of a file. */
    public enum Fate {
        /** Stored: a new submission, or a reference file loaded. */
        ACCEPTED(false),
        /** The same file from the same submitter was stored before; nothing stored again. */
        ALREADY_INGESTED(false),
        /** Refused with its problems; nothing of it stored. */
        REJECTED(true),
        /** The same file was refused before; it still has the same problems. */
        ALREADY_REJECTED(true),
        /** Not a {@code .csv} file (a nightly run's inbox). */
        NOT_CSV(true),
        /** In an inbox folder that belongs to no known partner. */
        UNKNOWN_PARTNER_FOLDER(true),
        /**
         * Left where it is and never read: a symbolic link, a file outside the partner folders, a folder in a partner
         * folder (a nightly run's inbox). Someone has to look at it, so it counts as refused input.
         */
        LEFT_UNREAD(true),
        /** Changed so recently that it may still be being written; left for the next run. */
        LEFT_FOR_NEXT_RUN(false),
        /** The program itself failed; running the same command again resumes it. */
        FAILED(false);

        private final boolean inputRejected;

        Fate(boolean inputRejected) {
            this.inputRejected = inputRejected;
        }

        /** Input that was refused (exit code 2). */
        public boolean inputRejected() {
            return inputRejected;
        }
    }
}
