package nl.voortgang.batch.nightly;

import java.time.Instant;
import java.util.List;
import nl.voortgang.batch.storage.NightlyFiles;
import nl.voortgang.batch.storage.ReportOutputs;

/**
 * What a nightly run did: each file's fate and each PDF written. Written as {@code nachtelijke-run.json} in the
 * output folder (machine-readable) and said on the console (readable).
 *
 * @param nothingToDo true when the run found no new file and no report that needed writing
 */
public record RunSummary(long run, Instant started, Instant finished, String inbox, String out, List<NightlyFiles.Event> files,
                         List<ReportOutputs.Output> pdfs, boolean nothingToDo) {

    public RunSummary {
        files = List.copyOf(files);
        pdfs = List.copyOf(pdfs);
    }

    public long count(String fate) {
        return files.stream().filter(f -> f.fate().equals(fate)).count();
    }

    /** Whether any file was refused (exit code 2) or failed (exit code 1). */
    public boolean anyRefused() {
        return files.stream().anyMatch(f -> f.fate().equals("REJECTED") || f.fate().equals("ALREADY_REJECTED")
                || f.fate().equals("NOT_CSV") || f.fate().equals("UNKNOWN_PARTNER_FOLDER"));
    }

    public boolean anyFailed() {
        return files.stream().anyMatch(f -> f.fate().equals("FAILED"));
    }
}
