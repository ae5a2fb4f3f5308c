package nl.voortgang.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a nightly run left behind, to compare with another run's: the database, the inbox, the archive and the rejected
 * area, the PDFs' text, and the run's summary. The summary is compared without the moments it started and ended and
 * each PDF was written, with the paths under the run's own folder, and without the fingerprints of the data (they are
 * made of row ids, which a crash may leave unused).
 */
public record NightlyState(Database database, List<String> inboxFiles, List<String> archived, List<String> setAside, List<String> pdfs,
                           String summary) {

    private static final Pattern MADE_ON = Pattern.compile("(Opgesteld op|Generated on) \\d{1,2} \\p{L}+ \\d{4}, \\d{2}:\\d{2}");

    /** The state of a run whose inbox, data directory and output folder are in {@code root}; archive and rejected area beside the inbox. */
    public static NightlyState of(Path root, Path inbox, Path data, Path out) throws IOException, SQLException {
        return of(root, inbox, Database.of(data), out);
    }

    /** The same, with the database's state read elsewhere (a database server). */
    public static NightlyState of(Path root, Path inbox, Database database, Path out) throws IOException {
        return new NightlyState(database, files(inbox), files(root.resolve("archief")), files(root.resolve("geweigerd")), pdfTexts(out),
                summary(root, out));
    }

    /** What differs from another run's state, part by part; empty when nothing does. */
    public List<String> differences(NightlyState expected) {
        List<String> differences = new ArrayList<>(database.differences(expected.database));
        differ(differences, "inbox", inboxFiles, expected.inboxFiles);
        differ(differences, "archive", archived, expected.archived);
        differ(differences, "rejected area", setAside, expected.setAside);
        differ(differences, "PDFs", pdfs, expected.pdfs);
        differ(differences, "the run's summary", List.of(summary), List.of(expected.summary));
        return differences;
    }

    private static void differ(List<String> differences, String what, List<String> actual, List<String> expected) {
        if (actual.equals(expected)) {
            return;
        }
        int i = 0;
        while (i < Math.min(actual.size(), expected.size()) && actual.get(i).equals(expected.get(i))) {
            i++;
        }
        differences.add(what + ": " + actual.size() + " where " + expected.size() + " were expected; the first difference, at "
                + (i + 1) + ": " + (i < actual.size() ? shorten(actual.get(i)) : "(none)") + " where " + (i < expected.size() ? shorten(expected.get(i)) : "(none)"));
    }

    private static String shorten(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    /**
     * What a data directory's database holds: the submissions with their states, the rows per submission (count and
     * sum), every row table's size (rows of a submission that is gone included), refused files and reference files.
     */
    public record Database(List<String> submissions, List<String> rows, List<String> tables, List<String> rejected, List<String> reference) {

        /** The embedded database of a data directory. */
        public static Database of(Path data) throws SQLException {
            try (Connection db = DriverManager.getConnection("jdbc:hsqldb:file:" + data.resolve("db/voortgang") + ";shutdown=true", "SA", "")) {
                return of(db);
            }
        }

        /** Any database Voortgang runs on; the queries are plain SQL. */
        public static Database of(Connection db) throws SQLException {
            {
                return new Database(
                        query(db, "SELECT partner, alliance, report_year, kind, version, state, file_name, checksum, row_count, stored_rows, "
                                + "submitted_by FROM submission ORDER BY partner, alliance, report_year, kind, version"),
                        query(db, "SELECT s.checksum, x.n, x.total FROM submission s JOIN ("
                                + "SELECT submission_id, COUNT(*) AS n, SUM(amount) AS total FROM expenditure GROUP BY submission_id "
                                + "UNION ALL SELECT submission_id, COUNT(*), SUM(amount) FROM budget_line GROUP BY submission_id "
                                + "UNION ALL SELECT submission_id, COUNT(*), SUM(result_value) FROM indicator_result GROUP BY submission_id "
                                + "UNION ALL SELECT submission_id, COUNT(*), 0 FROM activity_progress GROUP BY submission_id "
                                + "UNION ALL SELECT submission_id, COUNT(*), 0 FROM narrative GROUP BY submission_id"
                                + ") x ON x.submission_id = s.id ORDER BY s.checksum"),
                        query(db, "SELECT 'expenditure', COUNT(*) FROM expenditure UNION ALL SELECT 'budget_line', COUNT(*) FROM budget_line "
                                + "UNION ALL SELECT 'indicator_result', COUNT(*) FROM indicator_result UNION ALL SELECT 'activity_progress', COUNT(*) "
                                + "FROM activity_progress UNION ALL SELECT 'narrative', COUNT(*) FROM narrative "
                                + "UNION ALL SELECT 'submission_warning', COUNT(*) FROM submission_warning"),
                        query(db, "SELECT submitter, file_name, kind, error_count FROM rejected_file ORDER BY submitter, file_name"),
                        query(db, "SELECT file_name, format, row_count FROM reference_file ORDER BY file_name"));
            }
        }

        /** What differs from another database's state, part by part; empty when nothing does. */
        public List<String> differences(Database expected) {
            List<String> differences = new ArrayList<>();
            differ(differences, "submissions", submissions, expected.submissions);
            differ(differences, "rows per submission", rows, expected.rows);
            differ(differences, "rows per table", tables, expected.tables);
            differ(differences, "refused files", rejected, expected.rejected);
            differ(differences, "reference files", reference, expected.reference);
            return differences;
        }
    }

    private static String summary(Path root, Path out) throws IOException {
        Path file = out.resolve("nachtelijke-run.json");
        if (!Files.exists(file)) {
            return "(no summary)";
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(file.toFile());
        tree.remove(List.of("started", "finished"));
        for (var pdf : tree.withArray("pdfs")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) pdf).remove(List.of("writtenAt", "fingerprint"));
        }
        String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        String uri = root.toUri().toString();
        return text.replace(uri.endsWith("/") ? uri : uri + "/", "").replace(root + "/", "").replace(root.toString(), ".");
    }

    /** The text of every PDF in a folder, by name, without the moment each was made. */
    public static List<String> pdfTexts(Path out) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : files(out)) {
            if (name.endsWith(".pdf")) {
                texts.add(name + ":\n" + pdfText(out.resolve(name)));
            }
        }
        return texts;
    }

    /** The text of a PDF, without the moment it was made (the one thing that differs between two runs). */
    public static String pdfText(Path pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').lines()
                    .map(line -> MADE_ON.matcher(line).replaceAll("$1 …"))
                    .reduce("", (a, b) -> a + b + "\n");
        }
    }

    private static List<String> query(Connection db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (var statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : " | ").append(value(rs, i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** A value as text the same way on every database: numbers without trailing zeros, text without the padding of a CHAR. */
    private static String value(ResultSet rs, int column) throws SQLException {
        int type = rs.getMetaData().getColumnType(column);
        if (type == java.sql.Types.NUMERIC || type == java.sql.Types.DECIMAL) {
            java.math.BigDecimal number = rs.getBigDecimal(column);
            return number == null ? "null" : number.stripTrailingZeros().toPlainString();
        }
        String text = rs.getString(column);
        return text == null ? "null" : text.stripTrailing();
    }

    public static List<String> files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

}
