package nl.voortgang.batch.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.voortgang.core.activity.ActivityProgress;
import nl.voortgang.core.alliance.ActivityCode;
import nl.voortgang.core.alliance.ActivityStatus;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.IndicatorCode;
import nl.voortgang.core.budget.BudgetLine;
import nl.voortgang.core.budget.BudgetStatus;
import nl.voortgang.core.budget.CostCategory;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.indicator.Disaggregation;
import nl.voortgang.core.indicator.IndicatorResult;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.submission.Checksum;
import nl.voortgang.core.submission.ExpenditureTotal;
import nl.voortgang.core.submission.NewSubmission;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.SubmissionId;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.SubmissionKind;
import nl.voortgang.core.submission.Submissions;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Submissions in the database. A submission is stored in three moves, so that a large file can be written in
 * chunks that a restart resumes: {@link #registerPending} (the submission, invisible to reports), its rows
 * ({@link SubmissionRows}), then {@link #promote} (in one transaction: the next version number, the older
 * version superseded, the warnings). Only accepted and superseded submissions are seen through the port.
 */
public final class JdbcSubmissions implements Submissions {

    private static final String VISIBLE = "state IN ('ACCEPTED', 'SUPERSEDED')";

    private final JdbcClient jdbc;
    private final SubmissionRows rows;

    public JdbcSubmissions(JdbcClient jdbc, SubmissionRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    public SubmissionRows rows() {
        return rows;
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
                            "", rs.getLong("line_no"), rs.getString("column_name"), rs.getString("value_text"), rs.getString("message"),
                            rs.getString("hint")));
                });
        return found.stream().map(s -> warnings.containsKey(s.id().value()) ? withWarnings(s, warnings.get(s.id().value())) : s).toList();
    }

    private static Submission withWarnings(Submission s, List<Problem> warnings) {
        List<Problem> placed = warnings.stream().map(w -> new Problem(s.fileName(), w.line(), w.column(), w.value(), w.message(), w.hint(),
                w.severity())).toList();
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

    /** Stores the submission and its rows as the next version, all in the caller's transaction. */
    @Override
    public Submission accept(NewSubmission submission, List<?> figures) {
        long id = registerPending(submission, submission.fileName());
        List<SubmissionRows.Line> lines = new ArrayList<>();
        long line = 1;
        for (Object figure : figures) {
            lines.add(new SubmissionRows.Line(++line, figure));
        }
        rows.insert(id, submission.key().kind(), lines);
        return promote(id, Instant.now());
    }

    /**
     * Registers a checked file whose rows are about to be stored, with its warnings, or finds the one registered
     * by an earlier, interrupted attempt at the same file. Returns its id.
     */
    public long registerPending(NewSubmission submission, String keptCopy) {
        Optional<Long> earlier = jdbc.sql("SELECT id FROM submission WHERE partner = ? AND checksum = ?")
                .params(submission.key().partner().value(), submission.checksum().sha256()).query(Long.class).optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        SubmissionKey key = submission.key();
        jdbc.sql("INSERT INTO submission (partner, alliance, report_year, kind, state, file_name, checksum, received_at, submitted_by, "
                        + "row_count, kept_copy) VALUES (?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?)")
                .params(key.partner().value(), key.alliance().value(), key.year(), key.kind().name(), submission.fileName(),
                        submission.checksum().sha256(), Sql.utc(submission.receivedAt()), submission.submittedBy(), submission.rows(), keptCopy)
                .update();
        long id = jdbc.sql("SELECT id FROM submission WHERE partner = ? AND checksum = ?")
                .params(key.partner().value(), submission.checksum().sha256()).query(Long.class).single();
        int position = 0;
        for (Problem w : submission.warnings()) {
            jdbc.sql("INSERT INTO submission_warning (submission_id, position, line_no, column_name, value_text, message, hint) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, position++, w.line(), w.column(), w.value(), w.message(), w.hint()).update();
        }
        return id;
    }

    /** Makes a pending submission the current version of its key; the current one becomes superseded. Idempotent. */
    public Submission promote(long id, Instant storedAt) {
        String state = jdbc.sql("SELECT state FROM submission WHERE id = ?").param(id).query(String.class).single();
        if (state.equals("PENDING")) {
            Map<String, Object> key = jdbc.sql("SELECT alliance, partner, report_year, kind FROM submission WHERE id = ?").param(id)
                    .query().singleRow();
            Object[] keyParams = {key.get("alliance"), key.get("partner"), key.get("report_year"), key.get("kind")};
            String sameKey = "alliance = ? AND partner = ? AND report_year = ? AND kind = ?";
            int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM submission WHERE " + sameKey + " AND " + VISIBLE)
                    .params(keyParams).query(Integer.class).single() + 1;
            List<Object> supersede = new ArrayList<>(List.of(id));
            supersede.addAll(List.of(keyParams));
            jdbc.sql("UPDATE submission SET state = 'SUPERSEDED', superseded_by = ? WHERE " + sameKey + " AND state = 'ACCEPTED'")
                    .params(supersede).update();
            jdbc.sql("UPDATE submission SET state = 'ACCEPTED', version = ?, stored_at = ? WHERE id = ?")
                    .params(version, Sql.utc(storedAt), id).update();
        }
        return select("id = ?", id).get(0);
    }

    /** How many rows of a submission are stored, as counted with every chunk stored. */
    public long storedRows(long id) {
        return jdbc.sql("SELECT stored_rows FROM submission WHERE id = ?").param(id).query(Long.class).single();
    }

    /** Rows of a submission, with the alliance, partner and year of the submission they belong to. */
    private static String rowsOf(String table) {
        return "SELECT r.*, s.alliance AS s_alliance, s.partner AS s_partner, s.report_year AS s_year FROM " + table
                + " r JOIN submission s ON s.id = r.submission_id WHERE r.submission_id = ? ORDER BY r.line_no";
    }

    @Override
    public List<BudgetLine> budgetLines(SubmissionId submission) {
        return jdbc.sql(rowsOf("budget_line")).param(submission.value())
                .query((rs, n) -> new BudgetLine(AllianceCode.of(rs.getString("s_alliance")), OrganisationCode.of(rs.getString("s_partner")),
                        rs.getInt("s_year"), CostCategory.valueOf(rs.getString("category")), new Money(rs.getBigDecimal("amount")),
                        BudgetStatus.valueOf(rs.getString("status")), rs.getString("note"))).list();
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
        return jdbc.sql("SELECT category, SUM(amount) AS total, COUNT(*) AS lines FROM expenditure WHERE submission_id = ? GROUP BY category")
                .param(submission.value())
                .query((rs, n) -> {
                    CostCategory category = CostCategory.valueOf(rs.getString("category"));
                    return new ExpenditureTotal(category, new Money(rs.getBigDecimal("total")), rs.getLong("lines"),
                            List.copyOf(explanations.getOrDefault(category, Set.of())));
                }).list().stream().sorted(java.util.Comparator.comparing(ExpenditureTotal::category)).toList();
    }

    @Override
    public List<ActivityProgress> activityProgress(SubmissionId submission) {
        return jdbc.sql(rowsOf("activity_progress")).param(submission.value())
                .query((rs, n) -> new ActivityProgress(AllianceCode.of(rs.getString("s_alliance")), OrganisationCode.of(rs.getString("s_partner")),
                        rs.getInt("s_year"),
                        ActivityCode.of(rs.getString("activity")), ActivityStatus.valueOf(rs.getString("status")), Sql.date(rs, "completed_on"),
                        rs.getString("explanation"))).list();
    }

    @Override
    public List<IndicatorResult> indicatorResults(SubmissionId submission) {
        return jdbc.sql(rowsOf("indicator_result")).param(submission.value())
                .query((rs, n) -> new IndicatorResult(AllianceCode.of(rs.getString("s_alliance")), OrganisationCode.of(rs.getString("s_partner")),
                        rs.getInt("s_year"),
                        IndicatorCode.of(rs.getString("indicator")), Sql.plain(rs.getBigDecimal("result_value")),
                        rs.getString("dimension") == null ? null : new Disaggregation(rs.getString("dimension"), rs.getString("category")),
                        rs.getString("explanation"))).list();
    }

}
