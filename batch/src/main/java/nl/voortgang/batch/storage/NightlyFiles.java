package nl.voortgang.batch.storage;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What each nightly run did with each file, kept so that the run's summary survives a restart. */
public final class NightlyFiles {

    /** A file's fate in a nightly run. */
    public record Event(String submitter, String fileName, String fate, String detail, String movedTo, String problemsFile) {
    }

    private final JdbcClient jdbc;

    public NightlyFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the fate of a file, once per run: a file handled again after a restart (found "already ingested"
     * because the first attempt stored it but was killed before moving it) keeps its first fate, with where it
     * was moved to now.
     */
    public void record(long run, Event event) {
        Optional<Integer> earlier = jdbc.sql("SELECT position FROM nightly_file WHERE run_id = ? AND submitter = ? AND file_name = ?")
                .params(run, event.submitter(), event.fileName()).query(Integer.class).optional();
        if (earlier.isPresent()) {
            jdbc.sql("UPDATE nightly_file SET moved_to = ? WHERE run_id = ? AND position = ?").params(event.movedTo(), run, earlier.get()).update();
            return;
        }
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM nightly_file WHERE run_id = ?").param(run).query(Integer.class).single() + 1;
        jdbc.sql("INSERT INTO nightly_file (run_id, position, submitter, file_name, fate, detail, moved_to, problems_file) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(run, position, event.submitter(), event.fileName(), event.fate(), truncate(event.detail()), event.movedTo(),
                        event.problemsFile())
                .update();
    }

    public List<Event> of(long run) {
        return jdbc.sql("SELECT * FROM nightly_file WHERE run_id = ? ORDER BY position").param(run)
                .query((rs, n) -> new Event(rs.getString("submitter"), rs.getString("file_name"), rs.getString("fate"), rs.getString("detail"),
                        rs.getString("moved_to"), rs.getString("problems_file"))).list();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "…";
    }
}
