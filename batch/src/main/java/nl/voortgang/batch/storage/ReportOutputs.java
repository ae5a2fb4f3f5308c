package nl.voortgang.batch.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The PDFs written, each with the fingerprint of the data it was made from. */
public final class ReportOutputs {

    /** A written PDF. */
    public record Output(Path target, String kind, String alliance, String fingerprint, Instant writtenAt, Long run) {
    }

    private final JdbcClient jdbc;

    public ReportOutputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> fingerprintOf(Path target) {
        return jdbc.sql("SELECT fingerprint FROM report_output WHERE target = ?").param(target.toString()).query(String.class).optional();
    }

    public void record(Output output) {
        jdbc.sql("DELETE FROM report_output WHERE target = ?").param(output.target().toString()).update();
        jdbc.sql("INSERT INTO report_output (target, kind, alliance, fingerprint, written_at, run_id) VALUES (?, ?, ?, ?, ?, ?)")
                .params(output.target().toString(), output.kind(), output.alliance(), output.fingerprint(), Sql.utc(output.writtenAt()), output.run())
                .update();
    }

    public List<Output> writtenIn(long run) {
        return jdbc.sql("SELECT * FROM report_output WHERE run_id = ? ORDER BY target").param(run)
                .query((rs, n) -> new Output(Path.of(rs.getString("target")), rs.getString("kind"), rs.getString("alliance"),
                        rs.getString("fingerprint"), Sql.instant(rs, "written_at"), rs.getObject("run_id", Long.class))).list();
    }
}
