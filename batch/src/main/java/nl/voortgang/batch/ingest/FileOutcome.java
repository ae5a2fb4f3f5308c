package nl.voortgang.batch.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What became of one file: its fate, one readable line, the problems worth showing, and where its problems
 * file is.
 *
 * @param problemsFile null when there is none
 */
public record FileOutcome(Path file, String submitter, Fate fate, String summary, List<String> problems, long errors,
                          Path problemsFile, Duration took) {

    public FileOutcome {
        problems = List.copyOf(problems);
    }

    public enum Fate {
        /** Stored: a new submission, or a reference file loaded. */
        ACCEPTED(false),
        /** The same file from the same submitter was stored before; nothing stored again. */
        ALREADY_INGESTED(false),
        /** Refused with its problems; nothing of it stored. */
        REJECTED(true),
        /** The same file was refused before; it still has the same problems. */
        ALREADY_REJECTED(true),
        /** The program itself failed; running the same command again resumes it. */
        FAILED(false);

        private final boolean inputRejected;

        Fate(boolean inputRejected) {
            this.inputRejected = inputRejected;
        }

        public boolean inputRejected() {
            return inputRejected;
        }
    }
}
