package nl.voortgang.batch.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.JobRuns;
import nl.voortgang.batch.ingest.ReferenceFiles;
import nl.voortgang.batch.ingest.RejectedFiles;
import nl.voortgang.batch.storage.RunLock;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.Submissions;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What is in the data directory: submissions per alliance, partner, year and kind with their versions and
 * states; refused files; reference files; and the most recent job runs.
 */
public class StatusReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final Submissions submissions;
    private final RejectedFiles rejectedFiles;
    private final ReferenceFiles referenceFiles;
    private final JdbcClient jdbc;
    private final RunLock runLock;
    private final ZoneId zone;

    StatusReport(Submissions submissions, RejectedFiles rejectedFiles, ReferenceFiles referenceFiles, JdbcClient jdbc, RunLock runLock,
                 ZoneId zone) {
        this.submissions = submissions;
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
            lines.add(String.format("  %-9s %-16s %-5s %-13s %-6s %-12s %-16s %8s  %s", "alliantie", "partner", "jaar", "soort", "versie",
                    "status", "ontvangen", "regels", "bestand"));
            for (Submission s : all) {
                lines.add(String.format("  %-9s %-16s %-5d %-13s %-6s %-12s %-16s %8s  %s", s.key().alliance(), s.key().partner(), s.key().year(),
                        s.key().kind().dutch(), "v" + s.version(), s.isCurrent() ? "in gebruik" : "vervangen", when(s.receivedAt()),
                        Console.count(s.rows()), s.fileName()));
            }
        }
        var refused = rejectedFiles.all();
        lines.add("");
        lines.add("Geweigerde bestanden (" + refused.size() + ")");
        for (var r : refused) {
            lines.add(String.format("  %-16s %-16s %3d %-7s  %s  → %s", r.submitter(), when(r.rejectedAt()), r.errors(), r.errors() == 1 ? "fout" : "fouten",
                    r.fileName(), r.problemsFile()));
        }
        var reference = referenceFiles.all();
        lines.add("");
        lines.add("Referentiebestanden (" + reference.size() + ")");
        for (var f : reference) {
            lines.add(String.format("  %-16s %-22s %12s  %s", when(f.loadedAt()), f.format(), Console.rows(f.rows()), f.fileName()));
        }
        lines.add("");
        lines.add("Recente taken");
        boolean anotherRunHoldsTheLock = runLock.isHeldByALiveRun();
        jdbc.sql("SELECT i.JOB_NAME, e.START_TIME, e.END_TIME, e.STATUS, e.EXIT_CODE, "
                        + "(SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                        + "AND p.PARAMETER_NAME = '" + JobRuns.RUN + "') AS RUN, "
                        + "(SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                        + "AND p.PARAMETER_NAME = '" + JobRuns.WHAT + "') AS WHAT "
                        + "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                        + "ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST " + recentRuns + " ROWS ONLY")
                .query((rs, n) -> {
                    String status = rs.getString("STATUS");
                    boolean dead = !anotherRunHoldsTheLock && (status.equals("STARTED") || status.equals("STARTING") || status.equals("STOPPING"));
                    return String.format("  %-16s %-12s %5s %-10s %-10s %s", rs.getTimestamp("START_TIME") == null ? ""
                                    : when(rs.getTimestamp("START_TIME").toInstant()), rs.getString("JOB_NAME"), rs.getString("RUN") == null ? ""
                                    : rs.getString("RUN"), dead ? "FAILED" : status, dead ? "afgebroken" : rs.getString("EXIT_CODE"),
                            rs.getString("WHAT") == null ? "" : rs.getString("WHAT"));
                })
                .list().forEach(lines::add);
        return lines;
    }

    private String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }
}
