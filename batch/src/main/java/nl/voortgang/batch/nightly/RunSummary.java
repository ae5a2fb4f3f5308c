package nl.voortgang.batch.nightly;

import java.time.Instant;
import java.util.List;
import nl.voortgang.batch.ingest.FileOutcome.Fate;
import nl.voortgang.batch.report.ReportOutputs;

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

    static RunSummary of(NightlyParameters parameters, Instant started, Instant finished, List<NightlyFiles.Event> files,
                         List<ReportOutputs.Output> pdfs) {
        boolean nothing = pdfs.isEmpty() && files.stream().allMatch(f -> f.fate() == Fate.LEFT_FOR_NEXT_RUN);
        return new RunSummary(parameters.run(), started, finished, parameters.inbox().toString(), parameters.out().toString(), files, pdfs,
                nothing);
    }

    public long count(Fate fate) {
        return files.stream().filter(f -> f.fate() == fate).count();
    }

    /** How many files were refused, for whatever reason. */
    public long refused() {
        return files.stream().filter(f -> f.fate().inputRejected()).count();
    }

    /** Whether any file was refused (exit code 2). */
    public boolean anyRefused() {
        return refused() > 0;
    }

    /** Whether the program failed on any file (exit code 1). */
    public boolean anyFailed() {
        return count(Fate.FAILED) > 0;
    }

    /** How many files had each fate, for every fate that occurred. */
    @com.fasterxml.jackson.annotation.JsonProperty("totals")
    public java.util.Map<Fate, Long> totals() {
        java.util.Map<Fate, Long> totals = new java.util.EnumMap<>(Fate.class);
        files.forEach(f -> totals.merge(f.fate(), 1L, Long::sum));
        return totals;
    }

    /** The exit code the run ends with: 1 when the program failed on a file, 2 when a file was refused, otherwise 0. */
    @com.fasterxml.jackson.annotation.JsonProperty("exitCode")
    public int exitCode() {
        return anyFailed() ? 1 : anyRefused() ? 2 : 0;
    }
}
