package nl.voortgang.batch.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import nl.voortgang.core.activity.ActivityProgress;
import nl.voortgang.core.budget.BudgetLine;
import nl.voortgang.core.budget.Expenditure;
import nl.voortgang.core.indicator.IndicatorResult;
import nl.voortgang.core.submission.SubmissionKind;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores the rows of a submission: one prepared statement per chunk, executed as a JDBC batch. A row is keyed by
 * its submission and the line it came from, so a row can never be stored twice.
 */
public class SubmissionRows {

    /** A row of a partner file with the line on which it stood. */
    public record Line(long line, Object figure) {
    }

    private final JdbcTemplate jdbc;

    public SubmissionRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the rows and counts them on the submission, in the caller's transaction. */
    public void insert(long submission, SubmissionKind kind, List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(insertSql(kind), lines, lines.size(), (statement, line) -> {
            statement.setLong(1, submission);
            statement.setLong(2, line.line());
            bind(statement, line.figure());
        });
        jdbc.update("UPDATE submission SET stored_rows = stored_rows + ? WHERE id = ?", lines.size(), submission);
    }

    private static String insertSql(SubmissionKind kind) {
        return switch (kind) {
            case BUDGET -> "INSERT INTO budget_line (submission_id, line_no, category, amount, status, note) VALUES (?, ?, ?, ?, ?, ?)";
            case EXPENDITURE -> "INSERT INTO expenditure (submission_id, line_no, category, amount, booked_on, description, explanation) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)";
            case ACTIVITY_PROGRESS -> "INSERT INTO activity_progress (submission_id, line_no, activity, status, completed_on, explanation) "
                    + "VALUES (?, ?, ?, ?, ?, ?)";
            case INDICATOR_RESULTS -> "INSERT INTO indicator_result (submission_id, line_no, indicator, result_value, dimension, category, "
                    + "explanation) VALUES (?, ?, ?, ?, ?, ?, ?)";
        };
    }

    private static void bind(PreparedStatement s, Object figure) throws SQLException {
        if (figure instanceof BudgetLine b) {
            s.setString(3, b.category().name());
            s.setBigDecimal(4, b.amount().amount());
            s.setString(5, b.status().name());
            text(s, 6, b.note());
        } else if (figure instanceof Expenditure e) {
            s.setString(3, e.category().name());
            s.setBigDecimal(4, e.amount().amount());
            s.setObject(5, e.bookedOn(), Types.DATE);
            text(s, 6, e.description());
            text(s, 7, e.explanation());
        } else if (figure instanceof ActivityProgress a) {
            s.setString(3, a.activity().value());
            s.setString(4, a.status().name());
            s.setObject(5, a.completedOn(), Types.DATE);
            text(s, 6, a.explanation());
        } else if (figure instanceof IndicatorResult r) {
            s.setString(3, r.indicator().value());
            s.setBigDecimal(4, r.value());
            text(s, 5, r.disaggregation() == null ? null : r.disaggregation().dimension());
            text(s, 6, r.disaggregation() == null ? null : r.disaggregation().category());
            text(s, 7, r.explanation());
        } else {
            throw new IllegalArgumentException("not a row of a partner file: " + figure);
        }
    }

    private static void text(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }
}
