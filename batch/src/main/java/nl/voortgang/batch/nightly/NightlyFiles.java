package nl.voortgang.batch.nightly;

import java.util.List;
import nl.voortgang.batch.ingest.FileOutcome.Fate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What each nightly run did with each file, recorded in the same transaction as the work on the file, so that a run
 * restarted after a kill knows every fate it had decided, and where each file was to go.
 */
final class NightlyFiles {

    /**
     * A file's fate in a nightly run.
     *
     * @param movedTo      where the file goes (archive or rejected area); null when it stays in the inbox
     * @param problemsFile where its problems go beside it; null when it has none there
     */
    public record Event(String submitter, String fileName, Fate fate, String detail, String movedTo, String problemsFile) {
    }

    private final JdbcClient jdbc;

    NightlyFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the fate of a file at the given place in the run's list, in the caller's transaction. */
    void record(long run, int position, Event event) {
        jdbc.sql("INSERT INTO nightly_file (run_id, position, submitter, file_name, fate, detail, moved_to, problems_file) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(run, position, event.submitter(), event.fileName(), event.fate().name(), truncate(event.detail()), event.movedTo(),
                        event.problemsFile())
                .update();
    }

    List<Event> of(long run) {
        return jdbc.sql("SELECT * FROM nightly_file WHERE run_id = ? ORDER BY position").param(run)
                .query((rs, n) -> new Event(rs.getString("submitter"), rs.getString("file_name"), Fate.valueOf(rs.getString("fate")),
                        rs.getString("detail"), rs.getString("moved_to"), rs.getString("problems_file"))).list();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "…";
    }
}
