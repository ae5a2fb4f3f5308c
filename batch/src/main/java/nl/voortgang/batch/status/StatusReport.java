package nl.voortgang.batch.status;

import nl.voortgang.core.accountability.ReportSubmission;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.progress.Cycle;
import nl.voortgang.core.progress.ReportUnavailable;
import nl.voortgang.core.review.ReviewState;
import nl.voortgang.core.review.Reviews;
import nl.voortgang.core.submission.Timeliness;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.JobRuns;
import nl.voortgang.batch.ingest.FileOutcome;
import nl.voortgang.batch.ingest.ReferenceFiles;
import nl.voortgang.batch.ingest.RejectedFiles;
import nl.voortgang.batch.storage.RunLock;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.submission.Arrival;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.Submissions;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What is in the data directory: submissions per alliance, partner, year and kind with their versions and
 * states; refused files; reference files; and the most recent job runs.
 */
public class StatusReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final List<String> JOB_ORDER = List.of("nightlyJob", "ingestJob");

    private final Submissions submissions;
    private final Alliances alliances;
    private final RejectedFiles rejectedFiles;
    private final ReferenceFiles referenceFiles;
    private final JdbcClient jdbc;
    private final RunLock runLock;
    private final ZoneId zone;

    private final Reviews reviews;
    private final ReportSubmission reportSubmission;
    private final java.time.Clock clock;

    StatusReport(Submissions submissions, Alliances alliances, RejectedFiles rejectedFiles, ReferenceFiles referenceFiles, JdbcClient jdbc, RunLock runLock,
                 Reviews reviews, ReportSubmission reportSubmission, java.time.Clock clock) {
        this.reviews = reviews;
        this.reportSubmission = reportSubmission;
        this.clock = clock;
        ZoneId zone = clock.getZone();
        this.submissions = submissions;
        this.alliances = alliances;
        this.rejectedFiles = rejectedFiles;
        this.referenceFiles = referenceFiles;
        this.jdbc = jdbc;
        this.runLock = runLock;
        this.zone = zone;
    }

    /** The status as lines of text; {@code alliance} null for all alliances. */
    public List<String> lines(String alliance, int recentRuns) {
        List<String> lines = new ArrayList<>();
        List<Submission> all = submissions.all().stream().filter(s -> alliance == null || s.key().alliance().value().equals(alliance))
                .sorted(java.util.Comparator.comparing((Submission s) -> s.key().alliance()).thenComparing(s -> s.key().partner())
                        .thenComparingInt(s -> s.key().year()).thenComparing(s -> s.key().kind()).thenComparingInt(Submission::version))
                .toList();
        lines.add("Inzendingen (" + all.size() + ")");
        if (all.isEmpty()) {
            lines.add("  nog geen");
        } else {
            lines.add(String.format("  %-9s %-16s %-5s %-13s %-6s %-12s %-16s %8s  %s  %s", "alliantie", "partner", "jaar", "soort", "versie",
                    "status", "ontvangen", "regels", "bestand", "beoordeling door de penvoerder"));
            for (Submission s : all) {
                lines.add(String.format("  %-9s %-16s %-5d %-13s %-6s %-12s %-16s %8s  %s  %s", s.key().alliance(), s.key().partner(), s.key().year(),
                        s.key().kind().dutch(), "v" + s.version(), s.isCurrent() ? "in gebruik" : "vervangen", received(s),
                        Console.count(s.rows()), s.fileName(), review(s)));
            }
        }
        cycle(lines, alliance);
        var refused = rejectedFiles.all();
        List<String> refusedUnread = refusedWithoutReading();
        lines.add("");
        lines.add("Geweigerde bestanden (" + (refused.size() + refusedUnread.size()) + ")");
        for (var r : refused) {
            lines.add(String.format("  %-16s %-16s %3d %-7s  %s  → %s", r.submitter(), when(r.rejectedAt()), r.errors(), r.errors() == 1 ? "fout" : "fouten",
                    r.fileName(), r.problemsFile()));
        }
        lines.addAll(refusedUnread);
        var reference = referenceFiles.all();
        lines.add("");
        lines.add("Referentiebestanden (" + reference.size() + ")");
        for (var f : reference) {
            lines.add(String.format("  %-16s %-22s %12s  %s", when(f.loadedAt()), f.format(), Console.rows(f.rows()), f.fileName()));
        }
        lines.add("");
        lines.add("Recente taken (de laatste " + recentRuns + " per taak)");
        boolean anotherRunHoldsTheLock = runLock.isHeldByALiveRun();
        for (String job : jobs()) {
            lines.addAll(recentRuns(job, recentRuns, anotherRunHoldsTheLock));
        }
        return lines;
    }

    /** Why the status of this alliance cannot be shown (it is not known), or empty when it can. */
    public Optional<String> refusal(String alliance) {
        if (alliance == null || AllianceCode.isValid(alliance) && alliances.find(AllianceCode.of(alliance)).isPresent()) {
            return Optional.empty();
        }
        List<String> known = alliances.all().stream().map(a -> a.code().value()).sorted().toList();
        return Optional.of(known.isEmpty() ? "Alliantie " + alliance + " is onbekend: er zijn nog geen allianties ingelezen "
                + "(allianties.csv van het secretariaat, met de nachtelijke run of ingest --reference)."
                : "Alliantie " + alliance + " is onbekend. Bekende allianties: " + String.join(", ", known) + ".");
    }

    /**
     * Files the nightly run refused without reading them (a file that is no CSV or workbook, a file in a folder of no known
     * partner; and what its last run left unread where it is: links, files outside the partner folders): they have no kept copy, so they are not among the refused files that were read; where their problems (or the file) went instead.
     */
    private List<String> refusedWithoutReading() {
        return jdbc.sql("SELECT submitter, file_name, moved_to, problems_file, run_id FROM nightly_file WHERE fate IN ('"
                        + FileOutcome.Fate.NOT_CSV + "', '" + FileOutcome.Fate.UNKNOWN_PARTNER_FOLDER + "') OR (fate = '" + FileOutcome.Fate.LEFT_UNREAD
                        + "' AND run_id = (SELECT MAX(run_id) FROM nightly_file)) ORDER BY run_id, position")
                .query((rs, n) -> String.format("  %-16s %-16s %3d %-7s  %s  → %s", rs.getString("submitter"), "nachtrun " + rs.getLong("run_id"), 1,
                        "fout", rs.getString("file_name"), rs.getString("problems_file") != null ? rs.getString("problems_file")
                                : rs.getString("moved_to") != null ? rs.getString("moved_to") : "niet verplaatst"))
                .list();
    }

    /** The jobs that have runs: the nightly run first, then the ingests, then any other (older versions' jobs). */
    private List<String> jobs() {
        return jdbc.sql("SELECT DISTINCT JOB_NAME FROM BATCH_JOB_INSTANCE").query(String.class).list().stream()
                .sorted(java.util.Comparator.comparingInt((String job) -> JOB_ORDER.indexOf(job) < 0 ? JOB_ORDER.size() : JOB_ORDER.indexOf(job))
                        .thenComparing(job -> job))
                .toList();
    }

    /** The last runs of one job, newest first: so that many ingests never crowd the nightly runs out. */
    private List<String> recentRuns(String job, int recentRuns, boolean anotherRunHoldsTheLock) {
        return jdbc.sql("SELECT i.JOB_NAME, e.START_TIME, e.END_TIME, e.STATUS, e.EXIT_CODE, "
                        + "(SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                        + "AND p.PARAMETER_NAME = '" + JobRuns.RUN + "') AS RUN, "
                        + "(SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                        + "AND p.PARAMETER_NAME = '" + JobRuns.WHAT + "') AS WHAT "
                        + "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                        + "WHERE i.JOB_NAME = ? ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST " + Math.max(0, recentRuns) + " ROWS ONLY")
                .param(job)
                .query((rs, n) -> {
                    String status = rs.getString("STATUS");
                    boolean dead = !anotherRunHoldsTheLock && (status.equals("STARTED") || status.equals("STARTING") || status.equals("STOPPING"));
                    return String.format("  %-16s %-12s %5s %-10s %-10s %s", rs.getTimestamp("START_TIME") == null ? ""
                                    : when(rs.getTimestamp("START_TIME").toInstant()), rs.getString("JOB_NAME"), rs.getString("RUN") == null ? ""
                                    : rs.getString("RUN"), dead ? "FAILED" : status, dead ? "afgebroken" : rs.getString("EXIT_CODE"),
                            rs.getString("WHAT") == null ? "" : rs.getString("WHAT"));
                })
                .list();
    }

    /** A receipt whose moment is only the day its file's name gave shows that day, without a time nobody gave. */
    /** The lead organisation's latest act on the version: who approved or returned it, and the note; else received. */
    private String review(Submission s) {
        return reviews.latest(s.id()).map(act -> act.state().dutch() + " door " + act.by() + " " + when(act.at())
                + (act.note() == null ? "" : ": " + act.note())).orElse(ReviewState.RECEIVED.dutch());
    }

    /** Per alliance with submissions, the cycle's acts up to its latest year: the lead's submissions, the ministry's assessments. */
    private void cycle(List<String> lines, String only) {
        for (Alliance a : alliances.all().stream().filter(a -> only == null || a.code().value().equals(only))
                .sorted(java.util.Comparator.comparing(Alliance::code)).toList()) {
            var latest = submissions.currentFor(a.code()).stream().mapToInt(s -> s.key().year()).max();
            if (latest.isEmpty()) {
                continue;
            }
            List<Cycle.Step> steps;
            try {
                steps = reportSubmission.steps(a.code(), latest.getAsInt());
            } catch (ReportUnavailable e) {
                continue;
            }
            lines.add("");
            lines.add("Verantwoordingscyclus " + a.code() + " (beoordeeld op " + DAY.format(java.time.LocalDate.now(clock)) + ")");
            for (Cycle.Step step : steps) {
                String due = step.due() == null ? "geen termijn in de regeling" : (step.dueBefore() ? "vóór " + DAY.format(step.due().plusDays(1))
                        : "uiterlijk " + DAY.format(step.due()));
                String done = step.doneOn() == null ? "" : "  " + (step.outcome() == null ? "" : step.outcome().dutch() + " ") + "op "
                        + DAY.format(step.doneOn()) + (step.by() == null ? "" : " (" + step.by() + ")")
                        + (step.note() == null ? "" : ": " + step.note());
                String status = step.doneOn() == null && step.due() == null ? "nog niet" : step.status().dutch();
                lines.add(String.format("  %-5d %-60s %-28s %-22s%s", step.year(), step.act().dutch(), due,
                        (step.status() == Timeliness.LATE || step.status() == Timeliness.MISSING ? "▲ " : "") + status, done).stripTrailing());
            }
        }
    }

    private String received(Submission s) {
        return Arrival.isOnlyADay(s.fileName(), s.receivedAt(), zone) ? DAY.format(s.receivedAt().atZone(zone)) : when(s.receivedAt());
    }

    private String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }
}
