package nl.voortgang.batch.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.DataDirectory;
import nl.voortgang.core.submission.Intake;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.SubmissionIntake.Outcome;

/** A partner file through the core flow's {@link Intake}, with what the console and the summary say of it. */
final class PartnerFileWork implements FileWork {

    private final Path file;
    private final String who;
    private final Intake intake;
    private final RejectedFiles rejectedFiles;
    private final DataDirectory dataDirectory;
    private final long started = System.nanoTime();
    private FileOutcome outcome;

    PartnerFileWork(Path file, String who, Intake intake, RejectedFiles rejectedFiles, DataDirectory dataDirectory) {
        this.file = file;
        this.who = who;
        this.intake = intake;
        this.rejectedFiles = rejectedFiles;
        this.dataDirectory = dataDirectory;
    }

    @Override
    public String name() {
        return who + " " + file.getFileName();
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String submitter() {
        return who;
    }

    @Override
    public Intake.Step step() {
        return intake.step();
    }

    @Override
    public boolean isDone() {
        return intake.isDone();
    }

    @Override
    public long rowsStoredByLastStep() {
        return intake.rowsStoredByLastStep();
    }

    @Override
    public FileOutcome outcome() {
        if (outcome == null) {
            FileOutcome said = said(intake.outcome());
            // a file refused before it was read (an unknown partner) took no time worth saying
            outcome = said.fate() == FileOutcome.Fate.REJECTED && said.problemsFile() == null ? said
                    : said.took(Duration.ofNanos(System.nanoTime() - started));
        }
        return outcome;
    }

    private FileOutcome said(Outcome result) {
        String name = who + " " + file.getFileName() + ": ";
        List<String> shown = result.problems().stream().map(ProblemsFile::shown).toList();
        switch (result.status()) {
            case ACCEPTED -> {
                Submission s = result.submission();
                String warnings = result.warnings().isEmpty() ? "" : ", " + result.warnings().size() + " waarschuwing"
                        + (result.warnings().size() == 1 ? "" : "en") + " (zie " + problemsFileOf(s) + ")";
                return new FileOutcome(file, who, FileOutcome.Fate.ACCEPTED, name + "geaccepteerd als versie " + s.version() + " van "
                        + describe(s) + ", " + Console.rows(s.rows()) + warnings + ".", shown, 0, null, null);
            }
            case ALREADY_INGESTED -> {
                Submission s = result.submission();
                return new FileOutcome(file, who, FileOutcome.Fate.ALREADY_INGESTED, name + "al ingelezen als versie " + s.version() + " van "
                        + describe(s) + "; niets opnieuw opgeslagen.", List.of(), 0, null, null);
            }
            case ALREADY_REJECTED -> {
                var refused = rejectedFiles.find(who, intake.checksum()).orElseThrow();
                return new FileOutcome(file, who, FileOutcome.Fate.ALREADY_REJECTED, name + "dit bestand is al eerder geweigerd, met "
                        + errors(refused.errors()) + "; zie " + refused.problemsFile() + ".", shown, refused.errors(), refused.problemsFile(), null);
            }
            default -> {
                var refused = intake.checksum() == null ? null : rejectedFiles.find(who, intake.checksum()).orElse(null);
                if (refused == null) {
                    return new FileOutcome(file, who, FileOutcome.Fate.REJECTED, name + "geweigerd. " + result.problems().get(0).message(), shown, 1,
                            null, null);
                }
                return new FileOutcome(file, who, FileOutcome.Fate.REJECTED, name + "geweigerd, " + errors(refused.errors())
                        + "; niets opgeslagen. Alle problemen staan in " + refused.problemsFile() + ".", shown, refused.errors(),
                        refused.problemsFile(), null);
            }
        }
    }

    private Path problemsFileOf(Submission s) {
        return DataDirectory.problemsFileOf(dataDirectory.keptCopy(who, s.checksum(), s.fileName()));
    }

    static String errors(long n) {
        return Console.count(n) + (n == 1 ? " fout" : " fouten");
    }

    private static String describe(Submission s) {
        return s.key().kind().dutch() + " " + s.key().alliance() + " " + s.key().year();
    }

    @Override
    public void close() {
        intake.close();
    }
}
