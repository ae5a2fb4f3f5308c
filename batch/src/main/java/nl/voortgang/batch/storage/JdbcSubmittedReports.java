package nl.voortgang.batch.storage;

import java.util.Optional;
import nl.voortgang.core.accountability.SubmittedReport;
import nl.voortgang.core.accountability.SubmittedReports;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.submission.SubmissionId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Submitted reports in {@code submitted_report}, their frozen versions in {@code submitted_report_version}. The caller
 * saves within one transaction (the {@code submit} command does), so that a report is never recorded without its versions.
 */
public class JdbcSubmittedReports implements SubmittedReports {

    private final JdbcClient jdbc;

    public JdbcSubmittedReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(SubmittedReport report) {
        jdbc.sql("INSERT INTO submitted_report (alliance, report_year, submitted_by, submitted_at) VALUES (?, ?, ?, ?)")
                .params(report.alliance().value(), report.year(), report.by(), Sql.utc(report.at())).update();
        for (SubmissionId version : report.versions()) {
            jdbc.sql("INSERT INTO submitted_report_version (alliance, report_year, submission) VALUES (?, ?, ?)")
                    .params(report.alliance().value(), report.year(), version.value()).update();
        }
    }

    @Override
    public Optional<SubmittedReport> find(AllianceCode alliance, int year) {
        var versions = jdbc.sql("SELECT submission FROM submitted_report_version WHERE alliance = ? AND report_year = ? ORDER BY submission")
                .params(alliance.value(), year).query((rs, n) -> new SubmissionId(rs.getLong("submission"))).list();
        return jdbc.sql("SELECT * FROM submitted_report WHERE alliance = ? AND report_year = ?").params(alliance.value(), year)
                .query((rs, n) -> new SubmittedReport(alliance, year, versions, rs.getString("submitted_by"), Sql.instant(rs, "submitted_at")))
                .optional();
    }
}
