package nl.voortgang.batch.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.voortgang.batch.storage.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The PDFs written, each with the fingerprint of the data it was made from. */
public final class ReportOutputs {

    /** What a PDF is; {@code label} is how its file name starts and how the table keeps it. */
    public enum Kind {
        PROGRESS_REPORT("voortgangsrapportage"),
        NEWSLETTER("nieuwsbrief");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Kind ofLabel(String label) {
            for (Kind kind : values()) {
                if (kind.label.equals(label)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("no kind of PDF is called " + label);
        }
    }

    /** A written PDF. */
    public record Output(Path target, Kind kind, String alliance, String fingerprint, Instant writtenAt, Long run) {
    }

    private final JdbcClient jdbc;

    ReportOutputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> fingerprintOf(Path target) {
        return jdbc.sql("SELECT fingerprint FROM report_output WHERE target = ?").param(target.toString()).query(String.class).optional();
    }

    void record(Output output) {
        jdbc.sql("DELETE FROM report_output WHERE target = ?").param(output.target().toString()).update();
        jdbc.sql("INSERT INTO report_output (target, kind, alliance, fingerprint, written_at, run_id) VALUES (?, ?, ?, ?, ?, ?)")
                .params(output.target().toString(), output.kind().label(), output.alliance(), output.fingerprint(), Sql.utc(output.writtenAt()),
                        output.run())
                .update();
    }

    public List<Output> writtenIn(long run) {
        return jdbc.sql("SELECT * FROM report_output WHERE run_id = ? ORDER BY target").param(run)
                .query((rs, n) -> new Output(Path.of(rs.getString("target")), Kind.ofLabel(rs.getString("kind")), rs.getString("alliance"),
                        rs.getString("fingerprint"), Sql.instant(rs, "written_at"), rs.getObject("run_id", Long.class))).list();
    }
}
