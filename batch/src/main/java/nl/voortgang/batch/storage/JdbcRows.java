package nl.voortgang.batch.storage;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.submission.KindDescriptor;
import nl.voortgang.core.submission.RowStorage;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.SubmissionStore.Line;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of partner files in the database, for any kind, from the kind's {@link RowStorage}: a table keyed by the
 * submission and the line each row came from, with the columns the kind declares. A row can never be stored twice.
 */
public final class JdbcRows {

    private final JdbcTemplate jdbc;
    private Boolean copies;

    public JdbcRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the database is PostgreSQL, which takes rows with COPY. */
    private boolean copies() {
        if (copies == null) {
            copies = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) -> connection.isWrapperFor(org.postgresql.PGConnection.class)));
        }
        return copies;
    }

    /**
     * Stores the rows in the caller's transaction: on PostgreSQL with {@code COPY} (the driver's {@code CopyManager}, far
     * faster than inserts), elsewhere with one prepared statement, as one JDBC batch.
     */
    public <T extends PartnerFigure> void insert(long submission, KindDescriptor<T> kind, List<Line<T>> lines) {
        if (lines.isEmpty()) {
            return;
        }
        RowStorage<T> storage = kind.storage();
        List<RowStorage.Column<T>> columns = storage.columns();
        if (copies()) {
            PostgresCopy.rows(jdbc.getDataSource(), submission, storage, lines);
            return;
        }
        String sql = "INSERT INTO " + storage.table() + " (submission_id, line_no, "
                + columns.stream().map(RowStorage.Column::name).collect(Collectors.joining(", ")) + ") VALUES (?, ?"
                + ", ?".repeat(columns.size()) + ")";
        jdbc.batchUpdate(sql, lines, lines.size(), (statement, line) -> {
            statement.setLong(1, submission);
            statement.setLong(2, line.line());
            for (int i = 0; i < columns.size(); i++) {
                bind(statement, i + 3, columns.get(i).type(), columns.get(i).value().apply(line.row()));
            }
        });
    }

    /** The rows of a submission with this key, in the order of its file. */
    public <T extends PartnerFigure> List<T> select(long submission, SubmissionKey key, KindDescriptor<T> kind) {
        RowStorage<T> storage = kind.storage();
        List<RowStorage.Column<T>> columns = storage.columns();
        String sql = "SELECT " + columns.stream().map(RowStorage.Column::name).collect(Collectors.joining(", ")) + " FROM " + storage.table()
                + " WHERE submission_id = ? ORDER BY line_no";
        return jdbc.query(sql, (rs, n) -> {
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = read(rs, i + 1, columns.get(i).type());
            }
            return storage.assemble(key, values);
        }, submission);
    }

    /** Removes the rows of a submission up to a number of lines past its first remaining one; returns how many went. */
    public int deleteSome(long submission, KindDescriptor<?> kind, int lines) {
        String table = kind.storage().table();
        Long first = jdbc.queryForObject("SELECT MIN(line_no) FROM " + table + " WHERE submission_id = ?", Long.class, submission);
        if (first == null) {
            return 0;
        }
        return jdbc.update("DELETE FROM " + table + " WHERE submission_id = ? AND line_no < ?", submission, first + lines);
    }

    private static void bind(PreparedStatement statement, int index, RowStorage.Type type, Object value) throws SQLException {
        switch (type) {
            case TEXT -> {
                if (value == null) {
                    statement.setNull(index, Types.VARCHAR);
                } else {
                    statement.setString(index, (String) value);
                }
            }
            case DECIMAL -> {
                if (value == null) {
                    statement.setNull(index, Types.DECIMAL);
                } else {
                    statement.setBigDecimal(index, (BigDecimal) value);
                }
            }
            case DATE -> statement.setObject(index, value, Types.DATE);
        }
    }

    private static Object read(ResultSet rs, int index, RowStorage.Type type) throws SQLException {
        return switch (type) {
            case TEXT -> rs.getString(index);
            case DECIMAL -> rs.getBigDecimal(index);
            case DATE -> rs.getObject(index, LocalDate.class);
        };
    }
}
