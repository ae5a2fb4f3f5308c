package nl.voortgang.batch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.DataDirectory;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.reference.ReferenceUpdate;
import nl.voortgang.core.submission.Checksum;
import nl.voortgang.core.submission.IncomingFile;
import nl.voortgang.core.submission.Intake;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One reference file of the secretariat, in one unit of work: checked against what is stored and stored whole, with
 * the record that it was loaded; or refused with every problem written next to its kept copy. The same file again
 * is recognised by its checksum.
 */
final class ReferenceFileWork implements FileWork {

    static final String SECRETARIAT = "secretariaat";

    private final Path file;
    private final Instant receivedAt;
    private final ReferenceUpdate referenceUpdate;
    private final ReferenceFiles referenceFiles;
    private final RejectedFiles rejectedFiles;
    private final DataDirectory dataDirectory;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private FileOutcome outcome;

    ReferenceFileWork(Path file, Instant receivedAt, ReferenceUpdate referenceUpdate, ReferenceFiles referenceFiles,
                      RejectedFiles rejectedFiles, DataDirectory dataDirectory, TransactionTemplate transaction, Clock clock) {
        this.file = file;
        this.receivedAt = receivedAt;
        this.referenceUpdate = referenceUpdate;
        this.referenceFiles = referenceFiles;
        this.rejectedFiles = rejectedFiles;
        this.dataDirectory = dataDirectory;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public String name() {
        return SECRETARIAT + " " + file.getFileName();
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String submitter() {
        return SECRETARIAT;
    }

    @Override
    public String crashPoint(Intake.Step step) {
        return "reference-" + step.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Intake.Step step() {
        long started = System.nanoTime();
        Intake.Step step = load();
        outcome = outcome.took(Duration.ofNanos(System.nanoTime() - started));
        return step;
    }

    private Intake.Step load() {
        String name = SECRETARIAT + " " + file.getFileName() + ": ";
        Checksum checksum;
        try {
            checksum = Checksum.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<ReferenceFiles.Loaded> loaded = referenceFiles.find(checksum);
        if (loaded.isPresent()) {
            outcome = new FileOutcome(file, SECRETARIAT, FileOutcome.Fate.ALREADY_INGESTED, name + "al ingelezen als '" + loaded.get().format()
                    + "'; niets opnieuw opgeslagen.", List.of(), 0, null, null);
            return Intake.Step.SETTLED;
        }
        Optional<RejectedFiles.Rejected> refusedBefore = rejectedFiles.find(SECRETARIAT, checksum);
        if (refusedBefore.isPresent()) {
            var r = refusedBefore.get();
            outcome = new FileOutcome(file, SECRETARIAT, FileOutcome.Fate.ALREADY_REJECTED, name + "dit bestand is al eerder geweigerd, met "
                    + PartnerFileWork.errors(r.errors()) + "; zie " + r.problemsFile() + ".",
                    ProblemsFile.read(r.problemsFile()).stream().map(ProblemsFile::shown).toList(), r.errors(), r.problemsFile(), null);
            return Intake.Step.SETTLED;
        }
        Path copy = dataDirectory.keep(new IncomingFile.OnDisk(file), file.getFileName().toString(), SECRETARIAT, checksum);
        Path problemsFile = DataDirectory.problemsFileOf(copy);
        CsvSource.Detected detected = CsvSource.detect(copy);
        return transaction.execute(status -> {
            List<Problem> problems;
            ReferenceUpdate.Result result = null;
            if (detected.source() == null) {
                problems = List.of(detected.problem());
            } else {
                result = referenceUpdate.apply(List.of(detected.source()));
                problems = result.problems();
            }
            if (!problems.isEmpty()) {
                ProblemsFile.write(problemsFile, problems);
            }
            if (result != null && result.stored()) {
                var summary = result.files().get(0);
                referenceFiles.record(file.getFileName().toString(), checksum, summary.format(), summary.rows(), clock.instant(), dataDirectory.stored(copy));
                outcome = new FileOutcome(file, SECRETARIAT, FileOutcome.Fate.ACCEPTED, name + "ingelezen als '" + summary.format() + "', "
                        + Console.rows(summary.rows()) + ".", List.of(), 0, null, null);
                return Intake.Step.ACCEPTED;
            }
            long errors = Problem.errorCount(problems);
            String format = result == null || result.files().isEmpty() ? null : result.files().get(0).format();
            rejectedFiles.record(new RejectedFiles.Rejected(SECRETARIAT, file.getFileName().toString(), format, receivedAt, clock.instant(),
                    (int) errors, copy, problemsFile), checksum);
            outcome = new FileOutcome(file, SECRETARIAT, FileOutcome.Fate.REJECTED, name + "geweigerd, " + PartnerFileWork.errors(errors)
                    + "; niets opgeslagen. Alle problemen staan in " + problemsFile + ".",
                    problems.stream().map(ProblemsFile::shown).toList(), errors, problemsFile, null);
            return Intake.Step.REFUSED;
        });
    }

    @Override
    public boolean isDone() {
        return outcome != null;
    }

    @Override
    public FileOutcome outcome() {
        return outcome;
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
