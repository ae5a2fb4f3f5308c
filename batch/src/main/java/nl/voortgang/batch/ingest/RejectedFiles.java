package nl.voortgang.batch.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.voortgang.batch.storage.Sql;
import nl.voortgang.core.submission.Checksum;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Files that were read and refused, with where their copy and their problems are kept. */
public final class RejectedFiles {

    /** A refused file; {@code kind} is the partner-file kind or the reference format, when it was recognised. */
    public record Rejected(String submitter, String fileName, String kind, Instant receivedAt, Instant rejectedAt, int errors,
                           Path keptCopy, Path problemsFile) {
    }

    private final JdbcClient jdbc;
    private final nl.voortgang.batch.DataDirectory dataDirectory;

    RejectedFiles(JdbcClient jdbc, nl.voortgang.batch.DataDirectory dataDirectory) {
        this.jdbc = jdbc;
        this.dataDirectory = dataDirectory;
    }

    /** Records the refusal, once per submitter and checksum, in the caller's transaction. */
    void record(Rejected rejected, Checksum checksum) {
        if (find(rejected.submitter(), checksum).isPresent()) {
            return;
        }
        jdbc.sql("INSERT INTO rejected_file (submitter, file_name, checksum, kind, received_at, rejected_at, error_count, kept_copy, "
                        + "problems_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(rejected.submitter(), rejected.fileName(), checksum.sha256(), rejected.kind(), Sql.utc(rejected.receivedAt()),
                        Sql.utc(rejected.rejectedAt()), rejected.errors(), dataDirectory.stored(rejected.keptCopy()),
                        dataDirectory.stored(rejected.problemsFile()))
                .update();
    }

    public Optional<Rejected> find(String submitter, Checksum checksum) {
        return jdbc.sql("SELECT * FROM rejected_file WHERE submitter = ? AND checksum = ?").params(submitter, checksum.sha256())
                .query((rs, n) -> rejected(rs)).optional();
    }

    public List<Rejected> all() {
        return jdbc.sql("SELECT * FROM rejected_file ORDER BY rejected_at, id").query((rs, n) -> rejected(rs)).list();
    }

    private Rejected rejected(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Rejected(rs.getString("submitter"), rs.getString("file_name"), rs.getString("kind"), Sql.instant(rs, "received_at"),
                Sql.instant(rs, "rejected_at"), rs.getInt("error_count"), dataDirectory.resolve(rs.getString("kept_copy")),
                dataDirectory.resolve(rs.getString("problems_file")));
    }
}
