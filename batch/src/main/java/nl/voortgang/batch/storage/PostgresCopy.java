package nl.voortgang.batch.storage;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.submission.RowStorage;
import nl.voortgang.core.submission.SubmissionStore.Line;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows into PostgreSQL with {@code COPY … FROM STDIN} in CSV, on the connection of the caller's transaction (so that the
 * rows count with the rest of the unit of work, or not at all). Every text is quoted, so that an empty text stays empty
 * and only a missing value is NULL.
 */
final class PostgresCopy {

    private PostgresCopy() {
    }

    static <T extends PartnerFigure> void rows(DataSource dataSource, long submission, RowStorage<T> storage, List<Line<T>> lines) {
        List<RowStorage.Column<T>> columns = storage.columns();
        String sql = "COPY " + storage.table() + " (submission_id, line_no, " + columns.stream().map(RowStorage.Column::name)
                .collect(Collectors.joining(", ")) + ") FROM STDIN WITH (FORMAT csv)";
        StringBuilder csv = new StringBuilder(lines.size() * 96);
        for (Line<T> line : lines) {
            csv.append(submission).append(',').append(line.line());
            for (RowStorage.Column<T> column : columns) {
                csv.append(',');
                append(csv, column.type(), column.value().apply(line.row()));
            }
            csv.append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
        } catch (SQLException e) {
            throw new UncategorizedSQLException("COPY into " + storage.table(), sql, e);
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("COPY into " + storage.table(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void append(StringBuilder csv, RowStorage.Type type, Object value) {
        if (value == null) {
            return;
        }
        switch (type) {
            case TEXT -> {
                csv.append('"');
                String text = (String) value;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '"') {
                        csv.append('"');
                    }
                    csv.append(c);
                }
                csv.append('"');
            }
            case DECIMAL -> csv.append(((BigDecimal) value).toPlainString());
            case DATE -> csv.append(value);
        }
    }
}
