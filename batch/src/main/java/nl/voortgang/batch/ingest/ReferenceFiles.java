package nl.voortgang.batch.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.voortgang.batch.storage.Sql;
import nl.voortgang.core.submission.Checksum;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The secretariat's reference files that were loaded. */
public final class ReferenceFiles {

    /** A loaded reference file. */
    public record Loaded(String fileName, String format, long rows, Instant loadedAt) {
    }

    private final JdbcClient jdbc;

    ReferenceFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String fileName, Checksum checksum, String format, long rows, Instant loadedAt, String keptCopy) {
        jdbc.sql("INSERT INTO reference_file (file_name, checksum, format, row_count, loaded_at, kept_copy) VALUES (?, ?, ?, ?, ?, ?)")
                .params(fileName, checksum.sha256(), format, rows, Sql.utc(loadedAt), keptCopy).update();
    }

    public Optional<Loaded> find(Checksum checksum) {
        return jdbc.sql("SELECT * FROM reference_file WHERE checksum = ?").param(checksum.sha256()).query((rs, n) -> loaded(rs)).optional();
    }

    public List<Loaded> all() {
        return jdbc.sql("SELECT * FROM reference_file ORDER BY loaded_at, id").query((rs, n) -> loaded(rs)).list();
    }

    private static Loaded loaded(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Loaded(rs.getString("file_name"), rs.getString("format"), rs.getLong("row_count"), Sql.instant(rs, "loaded_at"));
    }
}
