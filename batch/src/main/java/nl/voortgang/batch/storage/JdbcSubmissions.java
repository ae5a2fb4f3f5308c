package nl.voortgang.batch.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.budget.CostCategory;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.submission.Checksum;
import nl.voortgang.core.submission.ExpenditureTotal;
import nl.voortgang.core.submission.KindDescriptor;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.SubmissionId;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.SubmissionKind;
import nl.voortgang.core.submission.Submissions;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Submissions in the database, as reports and the checks read them: only accepted and superseded ones are seen. How
 * they are stored is the ingest's {@code JdbcSubmissionStore}.
 */
public final class JdbcSubmissions implements Submissions {


    private static final String VISIBLE = "state IN ('ACCEPTED', 'SUPERSEDED')";

    private final JdbcClient jdbc;
    private final JdbcRows rows;

    public JdbcSubmissions(JdbcClient jdbc, JdbcRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    public Optional<Submission> findByChecksum(OrganisationCode partner, Checksum checksum) {
        return select("partner = ? AND checksum = ? AND " + VISIBLE, partner.value(), checksum.sha256()).stream().findFirst();
    }

    @Override
    public List<Submission> history(SubmissionKey key) {
        return select("alliance = ? AND partner = ? AND report_year = ? AND kind = ? AND " + VISIBLE + " ORDER BY version",
                key.alliance().value(), key.partner().value(), key.year(), key.kind().name());
    }

    @Override
    public List<Submission> currentFor(AllianceCode alliance) {
        return select("alliance = ? AND state = 'ACCEPTED' ORDER BY id", alliance.value());
    }

    @Override
    public List<Submission> allFor(AllianceCode alliance) {
        return select("alliance = ? AND " + VISIBLE + " ORDER BY partner, report_year, kind, version", alliance.value());
    }

    @Override
    public List<Submission> all() {
        return select(VISIBLE + " ORDER BY alliance, partner, report_year, kind, version");
    }

    private List<Submission> select(String where, Object... params) {
        List<Submission> found = jdbc.sql("SELECT * FROM submission WHERE " + where).params(params).query((rs, n) -> submission(rs)).list();
        if (found.isEmpty()) {
            return found;
        }
        Map<Long, List<Problem>> warnings = new HashMap<>();
        jdbc.sql("SELECT w.* FROM submission_warning w WHERE w.submission_id IN (:ids) ORDER BY w.submission_id, w.position")
                .param("ids", found.stream().map(s -> s.id().value()).toList())
                .query(rs -> {
                    warnings.computeIfAbsent(rs.getLong("submission_id"), id -> new ArrayList<>()).add(Problem.warning(
                            ProblemCode.valueOf(rs.getString("code")), "", rs.getLong("line_no"), rs.getString("column_name"),
                            rs.getString("value_text"), rs.getString("message"), rs.getString("hint")));
                });
        return found.stream().map(s -> warnings.containsKey(s.id().value()) ? withWarnings(s, warnings.get(s.id().value())) : s).toList();
    }

    private static Submission withWarnings(Submission s, List<Problem> warnings) {
        List<Problem> placed = warnings.stream().map(w -> w.inFile(s.fileName())).toList();
        return new Submission(s.id(), s.key(), s.version(), s.fileName(), s.checksum(), s.receivedAt(), s.submittedBy(), s.rows(),
                s.supersededBy(), placed);
    }

    private static Submission submission(ResultSet rs) throws SQLException {
        Long supersededBy = rs.getObject("superseded_by", Long.class);
        return new Submission(new SubmissionId(rs.getLong("id")),
                new SubmissionKey(AllianceCode.of(rs.getString("alliance")), OrganisationCode.of(rs.getString("partner")),
                        rs.getInt("report_year"), SubmissionKind.valueOf(rs.getString("kind"))),
                rs.getInt("version"), rs.getString("file_name"), new Checksum(rs.getString("checksum")), Sql.instant(rs, "received_at"),
                rs.getString("submitted_by"), rs.getLong("row_count"), supersededBy == null ? null : new SubmissionId(supersededBy),
                List.of());
    }

    @Override
    public <T extends PartnerFigure> List<T> rows(SubmissionId submission, KindDescriptor<T> kind) {
        Optional<SubmissionKey> key = jdbc.sql("SELECT alliance, partner, report_year, kind FROM submission WHERE id = ? AND " + VISIBLE)
                .param(submission.value())
                .query((rs, n) -> new SubmissionKey(AllianceCode.of(rs.getString("alliance")), OrganisationCode.of(rs.getString("partner")),
                        rs.getInt("report_year"), SubmissionKind.valueOf(rs.getString("kind")))).optional();
        if (key.isEmpty() || key.get().kind() != kind.kind()) {
            return List.of();
        }
        return rows.select(submission.value(), key.get(), kind);
    }

    private static Money money(java.math.BigDecimal sum) {
        return sum == null ? null : new Money(sum);
    }

    @Override
    public List<ExpenditureTotal> expenditureTotals(SubmissionId submission) {
        Map<CostCategory, Set<String>> explanations = new LinkedHashMap<>();
        jdbc.sql("SELECT category, explanation FROM expenditure WHERE submission_id = ? AND explanation IS NOT NULL ORDER BY line_no")
                .param(submission.value())
                .query(rs -> {
                    explanations.computeIfAbsent(CostCategory.valueOf(rs.getString("category")), c -> new LinkedHashSet<>())
                            .add(rs.getString("explanation"));
                });
        return jdbc.sql("SELECT category, SUM(amount) AS total, COUNT(*) AS lines, SUM(own_contribution) AS own, "
                        + "SUM(third_party_contribution) AS others FROM expenditure WHERE submission_id = ? GROUP BY category")
                .param(submission.value())
                .query((rs, n) -> {
                    CostCategory category = CostCategory.valueOf(rs.getString("category"));
                    return new ExpenditureTotal(category, new Money(rs.getBigDecimal("total")), rs.getLong("lines"),
                            List.copyOf(explanations.getOrDefault(category, Set.of())), money(rs.getBigDecimal("own")), money(rs.getBigDecimal("others")));
                }).list().stream().sorted(java.util.Comparator.comparing(ExpenditureTotal::category)).toList();
    }

}
