package nl.voortgang.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.voortgang.batch.Voortgang;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A place to run {@code voortgang nightly} on a copy of the sample inbox, in this JVM or as a separate process,
 * and to read back what it left: the database, the folders and the PDFs.
 */
final class NightlyRun {

    private static final Pattern MADE_ON = Pattern.compile("(Opgesteld op|Generated on) \\d{1,2} \\p{L}+ \\d{4}, \\d{2}:\\d{2}");

    final Path root;
    final Path inbox;
    final Path data;
    final Path out;

    NightlyRun(Path root) throws IOException {
        this.root = root;
        this.inbox = root.resolve("inbox");
        this.data = root.resolve("data");
        this.out = root.resolve("rapporten");
        copy(Path.of("inbox"), inbox);
    }

    record Result(int exitCode, String out, String err) {
    }

    String[] arguments() {
        return new String[] {"--data-dir", data.toString(), "nightly", "--inbox", inbox.toString(), "--out", out.toString()};
    }

    /** Runs in this JVM. */
    Result run() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Voortgang(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(arguments());
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Starts as a separate process, as cron would, with these options for its JVM. */
    Process start(String... jvmOptions) throws IOException {
        return start(List.of(jvmOptions), arguments());
    }

    /** Starts the {@code voortgang} command as a separate process. */
    static Process start(List<String> jvmOptions, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Duser.language=nl", "-Duser.country=NL", "-Duser.timezone=Europe/Amsterdam", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Voortgang.class.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the process's output until a line matches, and returns the lines read so far. */
    static List<String> readUntil(Process process, Predicate<String> line) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        String next;
        while ((next = reader.readLine()) != null) {
            lines.add(next);
            if (line.test(next)) {
                return lines;
            }
        }
        throw new AssertionError("the run ended without printing the line looked for; it printed:\n" + String.join("\n", lines));
    }

    /** Reads the rest of the process's output and waits for it to end. */
    static int finish(Process process) throws Exception {
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return process.waitFor();
    }

    /**
     * What the run left behind, to compare with another run's: the database, the folders, the PDFs' text, and the run's
     * summary (without the moments it started and ended and each PDF was written, and with the paths under the run's own
     * folder; the fingerprints of the data are left out too, as they are made of row ids that a crash may leave unused).
     */
    record State(Database database, List<String> inboxFiles, List<String> archived, List<String> setAside, List<String> pdfs,
                 String summary) {
    }

    /**
     * What a data directory's database holds: the submissions with their states, the rows per submission (count and
     * sum), every row table's size (rows of a submission that is gone included), refused files and reference files.
     */
    record Database(List<String> submissions, List<String> rows, List<String> tables, List<String> rejected, List<String> reference) {

        static Database of(Path data) throws SQLException {
            try (Connection db = DriverManager.getConnection("jdbc:hsqldb:file:" + data.resolve("db/voortgang") + ";shutdown=true", "SA", "")) {
                return new Database(
                        query(db, "SELECT partner, alliance, report_year, kind, version, state, file_name, checksum, row_count, stored_rows, "
                                + "submitted_by FROM submission ORDER BY partner, alliance, report_year, kind, version"),
                        query(db, "SELECT s.checksum, x.n, x.total FROM submission s JOIN ("
                                + "SELECT submission_id, COUNT(*) AS n, SUM(amount) AS total FROM expenditure GROUP BY submission_id "
                                + "UNION ALL SELECT submission_id, COUNT(*), SUM(amount) FROM budget_line GROUP BY submission_id "
                                + "UNION ALL SELECT submission_id, COUNT(*), SUM(result_value) FROM indicator_result GROUP BY submission_id "
                                + "UNION ALL SELECT submission_id, COUNT(*), 0 FROM activity_progress GROUP BY submission_id"
                                + ") x ON x.submission_id = s.id ORDER BY s.checksum"),
                        query(db, "SELECT 'expenditure', COUNT(*) FROM expenditure UNION ALL SELECT 'budget_line', COUNT(*) FROM budget_line "
                                + "UNION ALL SELECT 'indicator_result', COUNT(*) FROM indicator_result UNION ALL SELECT 'activity_progress', COUNT(*) "
                                + "FROM activity_progress UNION ALL SELECT 'submission_warning', COUNT(*) FROM submission_warning"),
                        query(db, "SELECT submitter, file_name, kind, error_count FROM rejected_file ORDER BY submitter, file_name"),
                        query(db, "SELECT file_name, format, row_count FROM reference_file ORDER BY file_name"));
            }
        }

        void assertSameAs(Database expected) {
            assertThat(submissions()).as("submissions").containsExactlyElementsOf(expected.submissions());
            assertThat(rows()).as("rows per submission").containsExactlyElementsOf(expected.rows());
            assertThat(tables()).as("rows per table").containsExactlyElementsOf(expected.tables());
            assertThat(rejected()).as("refused files").containsExactlyElementsOf(expected.rejected());
            assertThat(reference()).as("reference files").containsExactlyElementsOf(expected.reference());
        }
    }

    State state() throws Exception {
        return new State(Database.of(data), files(inbox), files(root.resolve("archief")), files(root.resolve("geweigerd")), pdfTexts(), summary());
    }

    private String summary() throws IOException {
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

    private List<String> pdfTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : files(out)) {
            if (name.endsWith(".pdf")) {
                texts.add(name + ":\n" + pdfText(out.resolve(name)));
            }
        }
        return texts;
    }

    /** The text of a PDF, without the moment it was made (the one thing that differs between two runs). */
    static String pdfText(Path pdf) throws IOException {
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
                    row.append(i == 1 ? "" : " | ").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    static List<String> files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    /** Copies a folder; the copies look as if they arrived an hour ago (not still being written). */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    Files.setLastModifiedTime(target, FileTime.from(Instant.now().minusSeconds(3600)));
                }
            }
        }
    }

    /** Adds a large, valid expenditure ledger of NVR (a correction of its 2019 figures for Samen werkt het!). */
    void addLargeLedger(int rows) throws IOException {
        Path file = inbox.resolve("NVR").resolve("2020-03-30_realisatie-SWH-2019-boekhouding.csv");
        writeLedger(file, rows, 0);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    /**
     * Writes an expenditure ledger of NVR for Samen werkt het! 2019; with {@code movisieAt} above 0, that data row is
     * about Movisie, which refuses the whole file (and only there: every row before it is good).
     */
    static void writeLedger(Path file, int rows, int movisieAt) throws IOException {
        String[] categories = {"personeelskosten", "activiteitenkosten", "communicatiekosten", "overheadkosten"};
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("alliantie;partner;jaar;datum;kostensoort;gerealiseerd;omschrijving\n");
            for (int i = 1; i <= rows; i++) {
                out.write("SWH;" + (i == movisieAt ? "MOVISIE" : "NVR") + ";2019;" + String.format("%02d-%02d-2019", 1 + i % 28, 1 + i % 12) + ";"
                        + categories[i % 4] + ";" + (1 + i % 97) + "," + String.format("%02d", i % 100) + ";Boeking " + i + "\n");
            }
        }
    }

    static void assertSameState(State actual, State expected) {
        actual.database().assertSameAs(expected.database());
        assertThat(actual.inboxFiles()).as("inbox").containsExactlyElementsOf(expected.inboxFiles());
        assertThat(actual.archived()).as("archive").containsExactlyElementsOf(expected.archived());
        assertThat(actual.setAside()).as("rejected area").containsExactlyElementsOf(expected.setAside());
        assertThat(actual.summary()).as("the run's summary").isEqualTo(expected.summary());
        assertThat(actual.pdfs()).as("PDFs").hasSameSizeAs(expected.pdfs());
        for (int i = 0; i < expected.pdfs().size(); i++) {
            List<String> got = actual.pdfs().get(i).lines().toList();
            List<String> want = expected.pdfs().get(i).lines().toList();
            for (int line = 0; line < Math.min(got.size(), want.size()); line++) {
                assertThat(got.get(line)).as("%s, line %d", want.get(0), line).isEqualTo(want.get(line));
            }
            assertThat(got).as(want.get(0)).hasSameSizeAs(want);
        }
    }
}
