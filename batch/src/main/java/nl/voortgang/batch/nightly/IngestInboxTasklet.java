package nl.voortgang.batch.nightly;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.DataDirectory;
import nl.voortgang.batch.ingest.FileOutcome;
import nl.voortgang.batch.ingest.IngestService;
import nl.voortgang.batch.ingest.ProblemsFile;
import nl.voortgang.batch.storage.NightlyFiles;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.organisation.Organisations;
import nl.voortgang.core.submission.Arrival;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Ingests every new file of the inbox in a stable order, the secretariat's first, each as its own ingest job,
 * and moves it out of the inbox by its fate: accepted (or already ingested) to the archive, refused to the
 * rejected area next to its problems file. A file that may still be being written stays for the next run; a
 * file that the program failed on stays too, to be retried. Every fate is recorded for the run's summary.
 */
public class IngestInboxTasklet implements Tasklet {

    private final NightlyParameters parameters;
    private final IngestService ingest;
    private final Organisations organisations;
    private final NightlyFiles events;
    private final Console console;
    private final Clock clock;

    public IngestInboxTasklet(NightlyParameters parameters, IngestService ingest, Organisations organisations, NightlyFiles events,
                              Console console, Clock clock) {
        this.parameters = parameters;
        this.ingest = ingest;
        this.organisations = organisations;
        this.events = events;
        this.console = console;
        this.clock = clock;
    }

    /**
     * Each file is ingested by a job of its own, with transactions of its own; a step's thread is inside a
     * transaction of the step, so the files are handled on a thread of their own.
     */
    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "voortgang-nightly-ingest"));
        try {
            worker.submit(() -> {
                ingestInbox();
                return null;
            }).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            worker.shutdown();
        }
        return RepeatStatus.FINISHED;
    }

    private void ingestInbox() {
        Instant now = clock.instant();
        List<Inbox.Entry> reference = new ArrayList<>();
        for (Inbox.Entry entry : new Inbox(parameters.inbox()).entries()) {
            if (!entry.isSecretariat()) {
                flushReference(reference);
            }
            if (entry.isSettling(now, parameters.settle())) {
                console.say(entry.folder() + " " + entry.file().getFileName() + ": net gewijzigd, misschien wordt het nog geschreven; "
                        + "blijft staan voor de volgende run.");
                record(entry, "LEFT_FOR_NEXT_RUN", "gewijzigd om " + entry.modified() + ", minder dan " + parameters.settle().toSeconds()
                        + " seconden voor de run", null, null);
            } else if (!entry.isCsv()) {
                refuse(entry, "NOT_CSV", "Dit is geen CSV-bestand: alleen bestanden die eindigen op .csv worden ingelezen.",
                        "Sla het werkblad in Excel op als 'CSV (gescheiden door lijstscheidingsteken)' en zet dat bestand in de inbox.");
            } else if (entry.isSecretariat()) {
                reference.add(entry);
            } else if (!isKnownPartner(entry.folder())) {
                refuse(entry, "UNKNOWN_PARTNER_FOLDER", "De map '" + entry.folder() + "' hoort bij geen bekende partner.",
                        "Zet het bestand in de map met de code van de partner (zoals NVR), of laat het secretariaat de partner toevoegen "
                                + "aan organisaties.csv.");
            } else {
                Instant received = Arrival.fromFileName(entry.file().getFileName().toString(), clock.getZone()).orElse(entry.modified());
                settle(entry, ingest.ingestPartnerFile(OrganisationCode.of(entry.folder()), entry.file(), "nachtelijke run " + parameters.run(),
                        received));
            }
        }
        flushReference(reference);
    }

    /** Reference files go in together, in the order in which they refer to each other. */
    private void flushReference(List<Inbox.Entry> reference) {
        if (reference.isEmpty()) {
            return;
        }
        List<FileOutcome> outcomes = ingest.ingestReferenceFiles(reference.stream().map(Inbox.Entry::file).toList(),
                "nachtelijke run " + parameters.run());
        for (FileOutcome outcome : outcomes) {
            Inbox.Entry entry = reference.stream().filter(e -> e.file().equals(outcome.file())).findFirst().orElseThrow();
            settle(entry, outcome);
        }
        reference.clear();
    }

    private boolean isKnownPartner(String folder) {
        return OrganisationCode.isValid(folder) && organisations.find(OrganisationCode.of(folder)).isPresent();
    }

    private void settle(Inbox.Entry entry, FileOutcome outcome) {
        switch (outcome.fate()) {
            case ACCEPTED, ALREADY_INGESTED -> record(entry, outcome.fate().name(), outcome.summary(),
                    FileMover.move(entry.file(), parameters.archive().resolve(entry.folder())), null);
            case REJECTED, ALREADY_REJECTED -> {
                Path moved = FileMover.move(entry.file(), parameters.rejected().resolve(entry.folder()));
                Path problems = DataDirectory.problemsFileOf(moved);
                if (outcome.problemsFile() != null && java.nio.file.Files.exists(outcome.problemsFile())) {
                    FileMover.copy(outcome.problemsFile(), problems);
                } else {
                    ProblemsFile.write(problems, List.of(Problem.ofFile(entry.file().getFileName().toString(), outcome.summary(), "")));
                }
                record(entry, outcome.fate().name(), outcome.summary(), moved, problems);
            }
            case FAILED -> record(entry, outcome.fate().name(), outcome.summary(), null, null);
        }
    }

    private void refuse(Inbox.Entry entry, String fate, String message, String hint) {
        String name = entry.file().getFileName().toString();
        Path moved = FileMover.move(entry.file(), parameters.rejected().resolve(entry.folder()));
        Path problems = DataDirectory.problemsFileOf(moved);
        ProblemsFile.write(problems, List.of(Problem.ofFile(name, message, hint)));
        console.say(entry.folder() + " " + name + ": geweigerd. " + message + " Verplaatst naar " + moved + ".");
        record(entry, fate, message, moved, problems);
    }

    private void record(Inbox.Entry entry, String fate, String detail, Path movedTo, Path problems) {
        events.record(parameters.run(), new NightlyFiles.Event(entry.folder(), entry.file().getFileName().toString(), fate, detail,
                movedTo == null ? null : movedTo.toString(), problems == null ? null : problems.toString()));
    }
}
