package nl.voortgang.batch.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.DataDirectory;
import nl.voortgang.batch.storage.JdbcOrganisations;
import nl.voortgang.batch.storage.JdbcSubmissions;
import nl.voortgang.batch.storage.ReferenceFiles;
import nl.voortgang.batch.storage.RejectedFiles;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.csv.CsvTable;
import nl.voortgang.core.csv.FormatDetection;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.reference.ReferenceFormats;
import nl.voortgang.core.submission.Arrival;
import nl.voortgang.core.submission.Checksum;
import nl.voortgang.core.submission.Submission;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Ingests files one job instance each, identified by the file's checksum and its submitter: the same file again
 * is recognised before any job runs, and an interrupted job is restarted where it stopped. Says one readable line
 * per file.
 */
public class IngestService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IngestService.class);

    /** How many problems the console shows of a refused file; all of them are in its problems file. */
    static final int PROBLEMS_SHOWN = 15;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job submissionIngestJob;
    private final Job referenceIngestJob;
    private final JdbcOrganisations organisations;
    private final JdbcSubmissions submissions;
    private final RejectedFiles rejectedFiles;
    private final ReferenceFiles referenceFiles;
    private final DataDirectory dataDirectory;
    private final Console console;
    private final Clock clock;

    public IngestService(JobOperator jobOperator, JobRepository jobRepository, Job submissionIngestJob, Job referenceIngestJob,
                         JdbcOrganisations organisations, JdbcSubmissions submissions, RejectedFiles rejectedFiles,
                         ReferenceFiles referenceFiles, DataDirectory dataDirectory, Console console, Clock clock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.submissionIngestJob = submissionIngestJob;
        this.referenceIngestJob = referenceIngestJob;
        this.organisations = organisations;
        this.submissions = submissions;
        this.rejectedFiles = rejectedFiles;
        this.referenceFiles = referenceFiles;
        this.dataDirectory = dataDirectory;
        this.console = console;
        this.clock = clock;
    }

    /** When a file arrived: the date its name starts with, or now. */
    public Instant arrivalOf(Path file) {
        return Arrival.fromFileName(file.getFileName().toString(), clock.getZone()).orElseGet(clock::instant);
    }

    public FileOutcome ingestPartnerFile(OrganisationCode partner, Path file, String submittedBy, Instant receivedAt) {
        long started = System.nanoTime();
        String who = partner.value();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return say(refusedBeforeReading(file, who, "Het bestand " + file + " bestaat niet of kan niet worden gelezen.", started));
        }
        if (organisations.find(partner).isEmpty()) {
            return say(refusedBeforeReading(file, who, "Partner " + partner + " is onbekend. Bekende organisaties: "
                    + organisations.all().stream().map(o -> o.code().value()).collect(Collectors.joining(", ")) + ".", started));
        }
        Checksum checksum = checksum(file);
        Optional<Submission> earlier = submissions.findByChecksum(partner, checksum);
        if (earlier.isPresent()) {
            Submission s = earlier.get();
            return say(new FileOutcome(file, who, FileOutcome.Fate.ALREADY_INGESTED, who + " " + file.getFileName() + ": al ingelezen als versie "
                    + s.version() + " van " + describe(s) + "; niets opnieuw opgeslagen.", List.of(), 0, null, since(started)));
        }
        Optional<FileOutcome> refused = refusedBefore(file, who, checksum, started);
        if (refused.isPresent()) {
            return say(refused.get());
        }
        Path copy = dataDirectory.keep(file, who, checksum);
        IngestParameters parameters = new IngestParameters(who, checksum, copy, file.getFileName().toString(), receivedAt, submittedBy);
        JobExecution execution = run(submissionIngestJob, parameters);
        if (isRejected(execution)) {
            return say(rejected(file, who, copy, started));
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return say(failed(file, who, execution, started));
        }
        Submission stored = submissions.findByChecksum(partner, checksum).orElseThrow();
        String warnings = stored.warnings().isEmpty() ? "" : ", " + stored.warnings().size() + " waarschuwing"
                + (stored.warnings().size() == 1 ? "" : "en") + " (zie " + DataDirectory.problemsFileOf(copy) + ")";
        return say(new FileOutcome(file, who, FileOutcome.Fate.ACCEPTED, who + " " + file.getFileName() + ": geaccepteerd als versie "
                + stored.version() + " van " + describe(stored) + ", " + Console.rows(stored.rows()) + warnings + " ("
                + Console.seconds(since(started)) + ").", stored.warnings().stream().map(w -> w.describe()).toList(), 0, null, since(started)));
    }

    /** Loads reference files in the order in which they refer to each other (organisations before memberships, …). */
    public List<FileOutcome> ingestReferenceFiles(List<Path> files, String submittedBy) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path file : files.stream().sorted(Comparator.comparingInt(IngestService::loadOrder)).toList()) {
            outcomes.add(ingestReferenceFile(file, submittedBy, arrivalOf(file)));
        }
        return outcomes;
    }

    public FileOutcome ingestReferenceFile(Path file, String submittedBy, Instant receivedAt) {
        long started = System.nanoTime();
        String who = LoadReferenceFileTasklet.SECRETARIAT;
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return say(refusedBeforeReading(file, who, "Het bestand " + file + " bestaat niet of kan niet worden gelezen.", started));
        }
        Checksum checksum = checksum(file);
        Optional<ReferenceFiles.Loaded> loaded = referenceFiles.find(checksum);
        if (loaded.isPresent()) {
            return say(new FileOutcome(file, who, FileOutcome.Fate.ALREADY_INGESTED, who + " " + file.getFileName() + ": al ingelezen als '"
                    + loaded.get().format() + "'; niets opnieuw opgeslagen.", List.of(), 0, null, since(started)));
        }
        Optional<FileOutcome> refused = refusedBefore(file, who, checksum, started);
        if (refused.isPresent()) {
            return say(refused.get());
        }
        Path copy = dataDirectory.keep(file, who, checksum);
        JobExecution execution = run(referenceIngestJob, new IngestParameters(who, checksum, copy, file.getFileName().toString(), receivedAt,
                submittedBy));
        if (isRejected(execution)) {
            return say(rejected(file, who, copy, started));
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return say(failed(file, who, execution, started));
        }
        var context = execution.getExecutionContext();
        return say(new FileOutcome(file, who, FileOutcome.Fate.ACCEPTED, who + " " + file.getFileName() + ": ingelezen als '"
                + context.getString(ValidateSubmissionTasklet.KIND) + "', " + Console.rows(context.getLong(ValidateSubmissionTasklet.ROWS))
                + " (" + Console.seconds(since(started)) + ").", List.of(), 0, null, since(started)));
    }

    private JobExecution run(Job job, IngestParameters parameters) {
        var jobParameters = parameters.toJobParameters();
        try {
            var instance = jobRepository.getJobInstance(job.getName(), jobParameters);
            if (instance != null && jobRepository.getJobExecutions(instance).isEmpty()) {
                // a run killed between creating the job instance and its first execution left an empty instance
                jobRepository.deleteJobInstance(instance);
            }
            JobExecution last = jobRepository.getLastJobExecution(job.getName(), jobParameters);
            if (last != null && last.getStatus().isRunning()) {
                // this run holds the run lock, so an execution still marked as running was interrupted (killed)
                jobOperator.recover(last);
            }
            return jobOperator.start(job, jobParameters);
        } catch (Exception e) {
            throw new IllegalStateException("the job for " + parameters.fileName() + " could not be started: " + e.getMessage(), e);
        }
    }

    private static boolean isRejected(JobExecution execution) {
        return execution.getStatus() == BatchStatus.COMPLETED
                && ValidateSubmissionTasklet.REJECTED.getExitCode().equals(execution.getExitStatus().getExitCode());
    }

    private Optional<FileOutcome> refusedBefore(Path file, String who, Checksum checksum, long started) {
        return rejectedFiles.find(who, checksum).map(r -> new FileOutcome(file, who, FileOutcome.Fate.ALREADY_REJECTED,
                who + " " + file.getFileName() + ": dit bestand is al eerder geweigerd, met " + r.errors() + " "
                        + (r.errors() == 1 ? "fout" : "fouten") + "; zie " + r.problemsFile() + ".", shownProblems(r.problemsFile()),
                r.errors(), r.problemsFile(), since(started)));
    }

    private FileOutcome rejected(Path file, String who, Path copy, long started) {
        Path problems = DataDirectory.problemsFileOf(copy);
        List<String> shown = shownProblems(problems);
        long errors = rejectedFiles.find(who, checksum(copy)).map(RejectedFiles.Rejected::errors).orElse(0);
        return new FileOutcome(file, who, FileOutcome.Fate.REJECTED, who + " " + file.getFileName() + ": geweigerd, " + errors + " "
                + (errors == 1 ? "fout" : "fouten") + "; niets opgeslagen. Alle problemen staan in " + problems + " ("
                + Console.seconds(since(started)) + ").", shown, errors, problems, since(started));
    }

    private FileOutcome failed(Path file, String who, JobExecution execution, long started) {
        String cause = execution.getAllFailureExceptions().stream().findFirst().map(IngestService::rootMessage)
                .orElse(execution.getExitStatus().getExitDescription());
        LOG.error("ingest of {} failed: {}", file, execution.getAllFailureExceptions());
        return new FileOutcome(file, who, FileOutcome.Fate.FAILED, who + " " + file.getFileName() + ": afgebroken door een fout in het programma ("
                + cause + "). Er telt nog niets van mee; voer dezelfde opdracht opnieuw uit om verder te gaan waar het stopte.", List.of(), 0, null,
                since(started));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private static FileOutcome refusedBeforeReading(Path file, String who, String message, long started) {
        return new FileOutcome(file, who, FileOutcome.Fate.REJECTED, message, List.of(), 1, null, since(started));
    }

    private FileOutcome say(FileOutcome outcome) {
        console.say(outcome.summary());
        outcome.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> console.say("    " + p));
        if (outcome.problems().size() > PROBLEMS_SHOWN) {
            console.say("    … en nog " + (outcome.problems().size() - PROBLEMS_SHOWN) + " (zie het problemenbestand)");
        }
        return outcome;
    }

    /** The problems as lines, read back from the problems file (apostrophes that guard against formulas removed). */
    static List<String> shownProblems(Path problemsFile) {
        if (problemsFile == null || !Files.exists(problemsFile)) {
            return List.of();
        }
        try (Reader reader = Files.newBufferedReader(problemsFile, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\ufeff') {
                reader.reset();
            }
            List<String> lines = new ArrayList<>();
            for (CSVRecord r : CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                StringBuilder line = new StringBuilder();
                line.append(r.get("regel").isEmpty() ? "bestand" : "regel " + r.get("regel"));
                if (!r.get("kolom").isEmpty()) {
                    line.append(", kolom '").append(unguard(r.get("kolom"))).append('\'');
                }
                if (!r.get("waarde").isEmpty()) {
                    line.append(" (\"").append(unguard(r.get("waarde"))).append("\")");
                }
                line.append(": ").append(r.get("ernst").equals("waarschuwing") ? "waarschuwing: " : "").append(unguard(r.get("melding")));
                if (!r.get("oplossing").isEmpty()) {
                    line.append(" Oplossing: ").append(unguard(r.get("oplossing")));
                }
                lines.add(line.toString());
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unguard(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
    }

    private static String describe(Submission s) {
        return s.key().kind().dutch() + " " + s.key().alliance() + " " + s.key().year();
    }

    private static Checksum checksum(Path file) {
        try {
            return Checksum.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** A reference file's place in the load order: its format's place in {@link ReferenceFormats#ALL}; unreadable last. */
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
