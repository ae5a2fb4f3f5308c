package nl.voortgang.batch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import nl.voortgang.batch.DataDirectory;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.csv.CsvTable;
import nl.voortgang.core.csv.FormatDetection;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.reference.ReferenceFormats;
import nl.voortgang.core.reference.ReferenceUpdate;
import nl.voortgang.core.submission.Arrival;
import nl.voortgang.core.submission.IncomingFile;
import nl.voortgang.core.submission.Intake;
import nl.voortgang.core.submission.SubmissionIntake;
import nl.voortgang.core.submission.SubmissionStore;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's side of the one ingest flow: turns a file on disk into the {@link FileWork} that takes it through
 * the flow: a partner file through core's {@link SubmissionIntake} over the database, a reference file through core's
 * {@link ReferenceUpdate}. The nightly run and the {@code ingest} command both come here.
 */
public final class FileIntake {

    private final SubmissionIntake intake;
    private final JdbcSubmissionStore store;
    private final ReferenceUpdate referenceUpdate;
    private final ReferenceFiles referenceFiles;
    private final RejectedFiles rejectedFiles;
    private final DataDirectory dataDirectory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FileIntake(SubmissionIntake intake, JdbcSubmissionStore store, ReferenceUpdate referenceUpdate,
               ReferenceFiles referenceFiles, RejectedFiles rejectedFiles, DataDirectory dataDirectory, TransactionTemplate transaction,
               Clock clock) {
        this.intake = intake;
        this.store = store;
        this.referenceUpdate = referenceUpdate;
        this.referenceFiles = referenceFiles;
        this.rejectedFiles = rejectedFiles;
        this.dataDirectory = dataDirectory;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** When a file arrived: the date its name starts with, or now. */
    public Instant arrivalOf(Path file) {
        return Arrival.fromFileName(file.getFileName().toString(), clock.getZone()).orElseGet(clock::instant);
    }

    /** A partner's file; which partner sent it is {@code partner}, never what the file claims. */
    public FileWork partnerFile(OrganisationCode partner, Path file, Instant receivedAt, String submittedBy) {
        String who = partner.value();
        if (Files.isSymbolicLink(file)) {
            return FileWork.decided(refusedBeforeReading(file, who, who + " " + file.getFileName() + ": geweigerd. Het is een symbolische koppeling; "
                    + "Voortgang leest geen bestanden via een koppeling. Geef het bestand zelf op."));
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return FileWork.decided(refusedBeforeReading(file, who, who + " " + file.getFileName() + ": geweigerd. Het bestand " + file
                    + " bestaat niet of kan niet worden gelezen."));
        }
        return new PartnerFileWork(file, who, intake.open(IncomingFile.of(partner, file, receivedAt, submittedBy)), rejectedFiles, dataDirectory);
    }

    /** A reference file of the secretariat. */
    public FileWork referenceFile(Path file, Instant receivedAt) {
        if (Files.isSymbolicLink(file) || !Files.isRegularFile(file) || !Files.isReadable(file)) {
            return FileWork.decided(refusedBeforeReading(file, ReferenceFileWork.SECRETARIAT, ReferenceFileWork.SECRETARIAT + " " + file.getFileName()
                    + ": geweigerd. Het bestand " + file + " bestaat niet, kan niet worden gelezen of is een symbolische koppeling."));
        }
        return new ReferenceFileWork(file, receivedAt, referenceUpdate, referenceFiles, rejectedFiles, dataDirectory, transaction, clock);
    }

    /**
     * Removes some of the rows that refused files left behind when a run died while it removed them (one unit of work);
     * false when none are left.
     */
    public boolean removeLeftoverRows() {
        List<SubmissionStore.Pending> left = store.leftovers();
        if (left.isEmpty()) {
            return false;
        }
        store.discard(left.get(0), Intake.DISCARD_PER_STEP);
        return true;
    }

    private static FileOutcome refusedBeforeReading(Path file, String who, String message) {
        return new FileOutcome(file, who, FileOutcome.Fate.REJECTED, message, List.of(), 1, null, null);
    }

    /** Reference files in the order in which they refer to each other (organisations before memberships, …); unreadable last. */
    public static List<Path> inLoadOrder(List<Path> files) {
        return files.stream().sorted(Comparator.comparingInt(FileIntake::loadOrder)).toList();
    }

    private static int loadOrder(Path file) {
        CsvSource.Detected detected = CsvSource.detect(file);
        if (detected.source() == null) {
            return Integer.MAX_VALUE;
        }
        try (CsvTable table = CsvTable.open(detected.source())) {
            FormatDetection.Detected<?> format = FormatDetection.detect(file.getFileName().toString(), table.header(), ReferenceFormats.ALL);
            return format.found().map(ReferenceFormats.ALL::indexOf).orElse(Integer.MAX_VALUE);
        } catch (IOException | RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }
}
