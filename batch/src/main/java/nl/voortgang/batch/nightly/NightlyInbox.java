package nl.voortgang.batch.nightly;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import nl.voortgang.batch.CrashPoint;
import nl.voortgang.batch.DataDirectory;
import nl.voortgang.batch.ingest.FileIntake;
import nl.voortgang.batch.ingest.FileOutcome;
import nl.voortgang.batch.ingest.FileOutcome.Fate;
import nl.voortgang.batch.ingest.FileSteps;
import nl.voortgang.batch.ingest.FileWork;
import nl.voortgang.batch.ingest.ProblemsFile;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.organisation.Organisations;
import nl.voortgang.core.submission.Arrival;

/**
 * The files of a nightly run's inbox, in a stable order (the secretariat's first, in the order in which they refer to
 * each other; then each partner's folder), each through the ingest flow. A file's fate and where it goes are recorded
 * in the same transaction as the work that decided it; the file is moved only after that is committed: accepted (or
 * already ingested) to the archive, refused to the rejected area beside its problems. A run restarted after a kill
 * skips every file whose fate it had recorded, moving the ones the kill left in the inbox, so that it ends, summary
 * and all, as an uninterrupted run would.
 */
final class NightlyInbox implements FileSteps.Queue {

    private final NightlyParameters parameters;
    private final FileIntake intake;
    private final NightlyFiles events;
    private final Organisations organisations;
    private final Clock clock;
    private final List<Path[]> moves = new ArrayList<>();
    private final Map<FileWork, Problem> unread = new HashMap<>();
    private Iterator<Inbox.Entry> entries;
    private Map<String, NightlyFiles.Event> recorded;
    private int position;
    private Instant now;

    NightlyInbox(NightlyParameters parameters, FileIntake intake, NightlyFiles events, Organisations organisations, Clock clock) {
        this.parameters = parameters;
        this.intake = intake;
        this.events = events;
        this.organisations = organisations;
        this.clock = clock;
    }

    private void open() {
        now = clock.instant();
        List<Inbox.Entry> all = new Inbox(parameters.inbox()).entries();
        List<Inbox.Entry> ordered = new ArrayList<>();
        Map<Path, Inbox.Entry> secretariat = new HashMap<>();
        all.stream().filter(Inbox.Entry::isSecretariat).forEach(e -> secretariat.put(e.file(), e));
        FileIntake.inLoadOrder(new ArrayList<>(secretariat.keySet())).forEach(f -> ordered.add(secretariat.get(f)));
        all.stream().filter(e -> !e.isSecretariat()).forEach(ordered::add);
        entries = ordered.iterator();
        recorded = new HashMap<>();
        for (NightlyFiles.Event event : events.of(parameters.run())) {
            recorded.put(key(event.submitter(), event.fileName()), event);
        }
        position = recorded.size();
    }

    @Override
    public FileWork next() {
        if (entries == null) {
            open();
        }
        while (entries.hasNext()) {
            Inbox.Entry entry = entries.next();
            NightlyFiles.Event earlier = recorded.get(key(entry.folder(), entry.file().getFileName().toString()));
            if (earlier == null) {
                return work(entry);
            }
            if (earlier.movedTo() != null && Files.exists(entry.file(), LinkOption.NOFOLLOW_LINKS)) {
                moves.add(new Path[] {entry.file(), Path.of(earlier.movedTo())});
            }
        }
        return null;
    }

    private FileWork work(Inbox.Entry entry) {
        String name = entry.file().getFileName().toString();
        String who = entry.folder() + " " + name + ": ";
        if (entry.unread() != null) {
            return FileWork.decided(new FileOutcome(entry.file(), entry.folder(), Fate.LEFT_UNREAD, who + "niet gelezen: " + entry.unread(),
                    List.of(), 1, null, null));
        }
        if (entry.isSettling(now, parameters.settle())) {
            return FileWork.decided(new FileOutcome(entry.file(), entry.folder(), Fate.LEFT_FOR_NEXT_RUN, who
                    + "net gewijzigd (om " + entry.modified() + "), misschien wordt het nog geschreven; blijft staan voor de volgende run.",
                    List.of(), 0, null, null));
        }
        if (!entry.isReadKind()) {
            return refused(entry, Fate.NOT_CSV, ProblemCode.NOT_CSV, "Dit is geen CSV-bestand of Excel-werkmap: alleen bestanden die eindigen op "
                            + ".csv, .txt of .xlsx worden ingelezen.",
                    "Sla het werkblad in Excel op als 'Excel-werkmap (.xlsx)' of 'CSV (gescheiden door lijstscheidingsteken)' en zet dat bestand in de inbox.");
        }
        if (entry.isSecretariat()) {
            return intake.referenceFile(entry.file(), received(entry));
        }
        if (!isKnownPartner(entry.folder())) {
            return refused(entry, Fate.UNKNOWN_PARTNER_FOLDER, ProblemCode.UNKNOWN_PARTNER_FOLDER,
                    "De map '" + entry.folder() + "' hoort bij geen bekende partner.",
                    "Zet het bestand in de map met de code van de partner (zoals NVR), of laat het secretariaat de partner toevoegen "
                            + "aan organisaties.csv.");
        }
        return intake.partnerFile(OrganisationCode.of(entry.folder()), entry.file(), received(entry), "nachtelijke run " + parameters.run());
    }

    /** A file refused without reading it, with its one problem. */
    private FileWork refused(Inbox.Entry entry, Fate fate, ProblemCode code, String message, String hint) {
        Problem problem = Problem.ofFile(code, entry.file().getFileName().toString(), message, hint);
        FileWork work = FileWork.decided(new FileOutcome(entry.file(), entry.folder(), fate, entry.folder() + " " + entry.file().getFileName()
                + ": geweigerd. " + message, List.of(ProblemsFile.shown(problem)), 1, null, null));
        unread.put(work, problem);
        return work;
    }

    private Instant received(Inbox.Entry entry) {
        return Arrival.fromFileName(entry.file().getFileName().toString(), clock.getZone()).orElse(entry.modified());
    }

    private boolean isKnownPartner(String folder) {
        return OrganisationCode.isValid(folder) && organisations.find(OrganisationCode.of(folder)).isPresent();
    }

    /**
     * Records the file's fate and where it goes, in the transaction that decided it. A refused file's problems are
     * written beside where it goes now; the file follows once this is committed.
     */
    @Override
    public void settled(FileWork work, FileOutcome outcome) {
        Path file = work.file();
        Path target = null;
        Path problems = null;
        if (outcome.fate() == Fate.ACCEPTED || outcome.fate() == Fate.ALREADY_INGESTED) {
            target = FileMover.plan(file, parameters.archive().resolve(outcome.submitter()));
        } else if (outcome.fate().inputRejected() && outcome.fate() != Fate.LEFT_UNREAD) {
            target = FileMover.plan(file, parameters.rejected().resolve(outcome.submitter()));
            problems = DataDirectory.problemsFileOf(target);
            Problem problem = unread.remove(work);
            if (problem != null) {
                ProblemsFile.write(problems, List.of(problem));
            } else if (outcome.problemsFile() != null && Files.exists(outcome.problemsFile())) {
                FileMover.copy(outcome.problemsFile(), problems);
            } else {
                ProblemsFile.write(problems, List.of(Problem.ofFile(ProblemCode.FILE_UNREADABLE, file.getFileName().toString(),
                        outcome.detail(), "")));
            }
        }
        events.record(parameters.run(), ++position, new NightlyFiles.Event(outcome.submitter(), file.getFileName().toString(), outcome.fate(),
                outcome.detail(), target == null ? null : target.toString(), problems == null ? null : problems.toString()));
        if (target != null) {
            moves.add(new Path[] {file, target});
        }
    }

    /** Moves the files whose fate was just committed. */
    @Override
    public void committed() {
        for (Path[] move : moves) {
            FileMover.move(move[0], move[1]);
            CrashPoint.at("moved");
        }
        moves.clear();
    }

    private static String key(String folder, String file) {
        return folder + "/" + file;
    }
}
