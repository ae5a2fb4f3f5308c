package nl.voortgang.batch.storage;

import java.util.List;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.ministry.AssessedDocument;
import nl.voortgang.core.ministry.Assessment;
import nl.voortgang.core.ministry.AssessmentOutcome;
import nl.voortgang.core.ministry.Assessments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ministry's assessments in {@code ministry_assessment}; the primary key keeps one per alliance, year and document. */
public class JdbcAssessments implements Assessments {

    private final JdbcClient jdbc;

    public JdbcAssessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Assessment a) {
        jdbc.sql("INSERT INTO ministry_assessment (alliance, report_year, document, outcome, assessed_on, note, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.alliance().value(), a.year(), a.document().name(), a.outcome().name(), a.assessedOn(), a.note(), a.recordedBy(),
                        Sql.utc(a.recordedAt())).update();
    }

    @Override
    public List<Assessment> of(AllianceCode alliance) {
        return jdbc.sql("SELECT * FROM ministry_assessment WHERE alliance = ? ORDER BY report_year, document").params(alliance.value())
                .query((rs, n) -> new Assessment(alliance, rs.getInt("report_year"), AssessedDocument.valueOf(rs.getString("document")),
                        AssessmentOutcome.valueOf(rs.getString("outcome")), Sql.date(rs, "assessed_on"), rs.getString("note"),
                        rs.getString("recorded_by"), Sql.instant(rs, "recorded_at"))).list();
    }
}
