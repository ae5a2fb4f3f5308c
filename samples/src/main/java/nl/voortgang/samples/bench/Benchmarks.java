package nl.voortgang.samples.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.voortgang.batch.ingest.FileOutcome;
import nl.voortgang.batch.report.ReportPublisher;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.progress.ReportScope;
import nl.voortgang.samples.generator.WorldGenerator;

/**
 * Measures Voortgang against the database's own ceiling and against what a Spring user would write, side by side in
 * one run, on the same generated files, and prints the figures.
 *
 * <pre>benchmarks/run [--rows N] [--memory-rows N] [--work DIR]</pre>
 */
public final class Benchmarks {

    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /**
     * How big and how often: the ledger's rows for (1)–(4); the file for (6), 0 to leave it out; the reports' world
     * (partners × years × rows per file); how many timed runs of each cold command and warm reports.
     */
    record Sizes(int rows, int memoryRows, int reportPartners, int reportYears, int reportRows, int coldRuns, int warmReports,
                 SmallFiles smallFiles) {

        static final Sizes FULL = new Sizes(1_000_000, 5_000_000, 10, 5, 200, 5, 21, new SmallFiles(10, 10, 5, 20));

        Sizes withRows(int rows) {
            return new Sizes(rows, memoryRows, reportPartners, reportYears, reportRows, coldRuns, warmReports, smallFiles);
        }

        Sizes withMemoryRows(int memoryRows) {
            return new Sizes(rows, memoryRows, reportPartners, reportYears, reportRows, coldRuns, warmReports, smallFiles);
        }
    }

    /** The world of many small files for (7): alliances × partners × years, rows per ledger. */
    record SmallFiles(int alliances, int partners, int years, int rows) {
    }

    /** A PostgreSQL server to measure (1)–(4) on as well; null to leave it out. */
    record Server(String url, String user, String password) {
    }

    private final Sizes sizes;
    private final int rows;
    private Server postgresql;
    private boolean onlyIngest;
    private final Path work;
    private final Path jar;
    private final PrintStream out;

    Benchmarks(Sizes sizes, Path work, Path jar, PrintStream out) {
        this.sizes = sizes;
        this.rows = sizes.rows();
        this.work = work;
        this.jar = jar;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Sizes sizes = Sizes.FULL;
        Server server = null;
        boolean onlyIngest = false;
        Path work = Path.of("target", "bench");
        Path jar = Path.of("batch", "target", "voortgang.jar");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> sizes = sizes.withRows(Integer.parseInt(args[i + 1]));
                case "--memory-rows" -> sizes = sizes.withMemoryRows(Integer.parseInt(args[i + 1]));
                case "--work" -> work = Path.of(args[i + 1]);
                case "--jar" -> jar = Path.of(args[i + 1]);
                case "--postgresql" -> server = new Server(args[i + 1], env("PGUSER", "voortgang"), env("PGPASSWORD", "voortgang-test"));
                case "--only" -> onlyIngest = args[i + 1].equals("ingest");
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; known: --rows N, --memory-rows N, --work DIR, --jar FILE, "
                        + "--postgresql JDBC-URL (user and password from PGUSER and PGPASSWORD), --only ingest");
            }
        }
        Benchmarks benchmarks = new Benchmarks(sizes, work, jar, System.out);
        benchmarks.postgresql = server;
        benchmarks.onlyIngest = onlyIngest;
        benchmarks.run();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    void run() throws Exception {
        clean(work);
        Files.createDirectories(work);
        out.printf(Locale.ENGLISH, "Voortgang benchmarks, %s: %d cores, Java %s, %s %s%n", LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));

        Path inbox = work.resolve("world/inbox");
        new WorldGenerator(1, sizes.reportPartners(), sizes.reportYears(), sizes.reportRows(), 2018).writeInbox(inbox);
        Path ledger = work.resolve("ledger/realisatie-A01-2018.csv");
        Files.createDirectories(ledger.getParent());
        WorldGenerator.writeLedger(ledger, "A01", "P01-01", 2018, rows, new long[] {500_000, 400_000, 300_000, 200_000, 100_000}, new Random(7));
        out.printf(Locale.ENGLISH, "Input: a generated expenditure ledger of %,d rows (%,.1f MB; 8 columns, Dutch values, ';' separated)%n%n", rows,
                Files.size(ledger) / 1e6);

        out.println("Ingest of that file, HSQLDB in file mode with the settings Voortgang uses");
        LedgerRows.parseOnly(ledger);
        long started = System.nanoTime();
        LedgerRows.parseOnly(ledger);
        double parse = rate(rows, (System.nanoTime() - started) / 1e9);
        out.printf(Locale.ENGLISH, "  (1) parse ceiling: Commons CSV, parse only, warm                 %,10.0f rows/s%n", parse);
        double ceiling = rate(rows, StorageCeiling.run(ledger, work));
        out.printf(Locale.ENGLISH, "  (2) storage ceiling: plain JDBC, batches of 5,000, PK only        %,10.0f rows/s%n", ceiling);
        double plain = rate(rows, PlainSpringBatch.run(ledger, work));
        out.printf(Locale.ENGLISH, "  (3) plain Spring Batch: FlatFileItemReader + JdbcBatchItemWriter  %,10.0f rows/s%n", plain);
        double voortgang = voortgangIngest(inbox, ledger);
        out.printf(Locale.ENGLISH, "  (4) Voortgang ingest, end to end (check whole, store, accept)     %,10.0f rows/s%n", voortgang);
        out.printf(Locale.ENGLISH, "      (4)/(1) = %.2f    (4)/(2) = %.2f (target at least 0.60, towards 0.85)    (4)/(3) = %.2f (target 3: see BENCHMARKS.md)%n%n",
                voortgang / parse, voortgang / ceiling, voortgang / plain);

        if (postgresql != null) {
            onPostgresql(inbox, ledger);
        }
        if (onlyIngest) {
            return;
        }
        reports(inbox);
        smallFiles();
        if (sizes.memoryRows() > 0) {
            memory();
        }
    }

    /** (2p), (2c), (3p), (4p): the same ledger into the PostgreSQL server, each on an empty database. */
    private void onPostgresql(Path inbox, Path ledger) throws Exception {
        String version;
        try (var db = java.sql.DriverManager.getConnection(postgresql.url(), postgresql.user(), postgresql.password())) {
            version = db.getMetaData().getDatabaseProductName() + " " + db.getMetaData().getDatabaseProductVersion();
        }
        out.println("Ingest of the same file into " + version + " (" + postgresql.url() + ", this machine), each on an empty database");
        String separator = postgresql.url().contains("?") ? "&" : "?";
        emptyServer();
        double batches;
        try (var db = java.sql.DriverManager.getConnection(postgresql.url() + separator + "reWriteBatchedInserts=true", postgresql.user(),
                postgresql.password())) {
            batches = rate(rows, StorageCeiling.inserts(ledger, db));
        }
        out.printf(Locale.ENGLISH, "  (2p) plain JDBC, batches of 5,000, reWriteBatchedInserts=true, PK only  %,10.0f rows/s%n", batches);
        emptyServer();
        double copy;
        try (var db = java.sql.DriverManager.getConnection(postgresql.url(), postgresql.user(), postgresql.password())) {
            copy = rate(rows, StorageCeiling.copies(ledger, db));
        }
        out.printf(Locale.ENGLISH, "  (2c) the driver's COPY, 5,000 rows a copy and a transaction, PK only     %,10.0f rows/s%n", copy);
        emptyServer();
        double plain = rate(rows, PlainSpringBatch.run(ledger, postgresql.url() + separator + "reWriteBatchedInserts=true", postgresql.user(),
                postgresql.password(), "postgresql"));
        out.printf(Locale.ENGLISH, "  (3p) plain Spring Batch (reWriteBatchedInserts=true)                      %,10.0f rows/s%n", plain);
        emptyServer();
        double voortgang = voortgangIngest(inbox, ledger, work.resolve("voortgang-ingest-postgresql"), Map.of("spring.datasource.url",
                postgresql.url(), "spring.datasource.username", postgresql.user(), "spring.datasource.password", postgresql.password()));
        out.printf(Locale.ENGLISH, "  (4p) Voortgang ingest, end to end (check whole, store with COPY, accept)  %,10.0f rows/s%n", voortgang);
        out.printf(Locale.ENGLISH, "      (4p)/(2c) = %.2f (target at least 0.70)    (4p)/(2p) = %.2f    (4p)/(3p) = %.2f (target at least 2)%n%n",
                voortgang / copy, voortgang / batches, voortgang / plain);
        emptyServer();
    }

    private void emptyServer() throws Exception {
        try (var db = java.sql.DriverManager.getConnection(postgresql.url(), postgresql.user(), postgresql.password());
             var statement = db.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }

    private double voortgangIngest(Path inbox, Path ledger) throws Exception {
        return voortgangIngest(inbox, ledger, work.resolve("voortgang-ingest"), Map.of());
    }

    private double voortgangIngest(Path inbox, Path ledger, Path dataDir, Map<String, String> properties) throws Exception {
        try (InProcessApplication application = new InProcessApplication(dataDir, properties)) {
            application.loadReference(inbox);
            FileOutcome outcome = application.ingest().ingestPartnerFile(OrganisationCode.of("P01-01"), ledger, "benchmark",
                    java.time.Instant.parse("2019-03-10T11:00:00Z"));
            if (outcome.fate() != FileOutcome.Fate.ACCEPTED) {
                throw new IllegalStateException(outcome.summary());
            }
            return rate(rows, outcome.took().toNanos() / 1e9);
        }
    }

    /** Where the warm report's time goes: the medians of its stages over as many reports as (5) times. */
    private void warmReportStages(Path data) throws Exception {
        int n = sizes.warmReports();
        double[][] stages = new double[9][n];
        long pages = 0;
        try (InProcessApplication application = new InProcessApplication(data)) {
            var builder = application.context.getBean(nl.voortgang.core.progress.ProgressReportBuilder.class);
            var renderer = application.context.getBean(nl.voortgang.reports.ProgressReportRenderer.class);
            ReportScope scope = ReportScope.toDate(AllianceCode.of("A01"), 2018 + sizes.reportYears() - 1);
            for (int i = -Math.max(1, n * 3 / 2); i < n; i++) {
                long started = System.nanoTime();
                var report = builder.build(scope);
                long built = System.nanoTime();
                java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
                var timing = renderer.renderTimed(List.of(report), Locale.forLanguageTag("nl-NL"), pdf);
                if (i >= 0) {
                    stages[0][i] = (built - started) / 1e6;
                    stages[1][i] = timing.fill().toNanos() / 1e6;
                    stages[2][i] = timing.export().toNanos() / 1e6;
                    stages[3][i] = timing.finish().toNanos() / 1e6;
                    stages[4][i] = pdf.size() / 1024.0;
                    stages[5][i] = timing.finishing().load().toNanos() / 1e6;
                    stages[6][i] = timing.finishing().structure().toNanos() / 1e6;
                    stages[7][i] = timing.finishing().content().toNanos() / 1e6;
                    stages[8][i] = timing.finishing().save().toNanos() / 1e6;
                }
                if (i == 0) {
                    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
                        pages = document.getNumberOfPages();
                    }
                }
            }
        }
        for (double[] stage : stages) {
            Arrays.sort(stage);
        }
        out.printf(Locale.ENGLISH, "      stages (medians): read model %.0f ms, fill %.0f ms, export %.0f ms, finishing (PDF/A-2, PDF/UA-1, save) %.0f ms; "
                + "%d pages, %.0f KB%n", stages[0][n / 2], stages[1][n / 2], stages[2][n / 2], stages[3][n / 2], pages, stages[4][n / 2]);
        out.printf(Locale.ENGLISH, "      finishing (medians): PDFBox load %.0f ms, structure tree %.0f ms, content as artifacts %.0f ms, save %.0f ms%n",
                stages[5][n / 2], stages[6][n / 2], stages[7][n / 2], stages[8][n / 2]);
    }

    private void reports(Path inbox) throws Exception {
        out.printf(Locale.ENGLISH, "Reports: the to-date report of an alliance of %d partners × %d years with full submissions%n", sizes.reportPartners(),
                sizes.reportYears());
        Path data = work.resolve("reports-data");
        nl.voortgang.batch.Voortgang cli = new nl.voortgang.batch.Voortgang(new PrintStream(java.io.OutputStream.nullOutputStream()),
                new PrintStream(java.io.OutputStream.nullOutputStream()));
        int loaded = cli.run("--data-dir", data.toString(), "nightly", "--inbox", inbox.toString(), "--out", work.resolve("reports-out").toString(),
                "--settle-seconds", "0");
        if (loaded != 0) {
            throw new IllegalStateException("the generated world did not load cleanly (exit " + loaded + ")");
        }
        double[] millis = new double[sizes.warmReports()];
        try (InProcessApplication application = new InProcessApplication(data)) {
            ReportPublisher publisher = application.context.getBean(ReportPublisher.class);
            ReportScope scope = ReportScope.toDate(AllianceCode.of("A01"), 2018 + sizes.reportYears() - 1);
            for (int i = -Math.max(1, millis.length * 3 / 2); i < millis.length; i++) {
                long started = System.nanoTime();
                publisher.writeReport(scope, Locale.forLanguageTag("nl-NL"), work.resolve("warm.pdf"));
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - started) / 1e6;
                }
            }
        }
        Arrays.sort(millis);
        double median = millis[millis.length / 2];
        out.printf(Locale.ENGLISH, "  (5) warm report (read model from the database, fill, PDF/A export): median %.0f ms, %.1f PDFs/s (target under 250 ms)%n",
                median, 1000 / median);
        warmReportStages(data);
        List<String> report = List.of("--data-dir", data.toString(), "report", "--alliance", "A01", "--year", String.valueOf(2018 + sizes.reportYears() - 1), "--to-date", "--out",
                work.resolve("cold.pdf").toString());
        Path launcher = jar.resolveSibling("voortgang-app").resolve("voortgang");
        double coldJar = Processes.medianSeconds(concat(List.of(Processes.java(), "-jar", jar.toString()), report), sizes.coldRuns());
        double coldLauncher = Processes.medianSeconds(concat(List.of(launcher.toString()), report), sizes.coldRuns());
        List<String> bareCommand = List.of(Processes.java(), "-cp", Processes.bareBootClassPath(work), BareBootApplication.class.getName());
        double bare = Processes.medianSeconds(bareCommand, sizes.coldRuns());
        Path bareArchive = work.resolve("bare-boot.jsa");
        Processes.medianSeconds(concat(List.of(Processes.java(), "-XX:ArchiveClassesAtExit=" + bareArchive), bareCommand.subList(1, bareCommand.size())), 1);
        double bareTreated = Processes.medianSeconds(concat(List.of(Processes.java(), "-XX:SharedArchiveFile=" + bareArchive, "-XX:TieredStopAtLevel=1"),
                bareCommand.subList(1, bareCommand.size())), sizes.coldRuns());
        out.printf(Locale.ENGLISH, "      cold report command (medians of %d runs, wall time from process start to exit, PDF written):%n", sizes.coldRuns());
        out.printf(Locale.ENGLISH, "        voortgang-app/voortgang report (launcher: class-data sharing, quick compiler)  %5.2f s%n", coldLauncher);
        out.printf(Locale.ENGLISH, "        java -jar voortgang.jar report                                               %5.2f s%n", coldJar);
        out.printf(Locale.ENGLISH, "        a bare Spring Boot application that starts and exits, java -cp                %5.2f s%n", bare);
        out.printf(Locale.ENGLISH, "        the same bare application with the launcher's JVM settings and its own archive  %5.2f s%n", bareTreated);
        out.printf(Locale.ENGLISH, "      ratio launcher / bare Boot = %.2f (target under 2); java -jar / bare Boot = %.2f; like for like (both tuned) = %.2f%n",
                coldLauncher / bare, coldJar / bare, coldLauncher / bareTreated);
        out.println();
    }

    /** (7): an inbox of many small files through the nightly run, with where the ingest's time goes. */
    private void smallFiles() throws Exception {
        SmallFiles world = sizes.smallFiles();
        Path inbox = work.resolve("small-world/inbox");
        new WorldGenerator(world.alliances(), world.partners(), world.years(), world.rows(), 2018).writeInbox(inbox);
        long files;
        try (Stream<Path> walk = Files.walk(inbox)) {
            files = walk.filter(Files::isRegularFile).count();
        }
        out.printf(Locale.ENGLISH, "Many small files: a generated inbox of %,d files (%d alliances × %d partners × %d years, %d rows a ledger), nightly in this JVM%n",
                files, world.alliances(), world.partners(), world.years(), world.rows());
        Path data = work.resolve("small-data");
        nl.voortgang.batch.Voortgang cli = new nl.voortgang.batch.Voortgang(new PrintStream(java.io.OutputStream.nullOutputStream()),
                new PrintStream(java.io.OutputStream.nullOutputStream()));
        long started = System.nanoTime();
        int exit = cli.run("--data-dir", data.toString(), "nightly", "--inbox", inbox.toString(), "--out", work.resolve("small-out").toString(),
                "--settle-seconds", "0");
        double wall = (System.nanoTime() - started) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("the small files did not all load (exit " + exit + ")");
        }
        double ingest = 0;
        double reports = 0;
        long commits = 0;
        try (var db = java.sql.DriverManager.getConnection("jdbc:hsqldb:file:" + data.resolve("db/voortgang") + ";shutdown=true", "SA", "");
             var rs = db.createStatement().executeQuery("SELECT STEP_NAME, START_TIME, END_TIME, COMMIT_COUNT FROM BATCH_STEP_EXECUTION")) {
            while (rs.next()) {
                double seconds = java.time.Duration.between(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()).toMillis() / 1e3;
                if (rs.getString(1).equals("ingestInboxStep")) {
                    ingest = seconds;
                    commits = rs.getLong(4);
                } else if (rs.getString(1).equals("writeReportsStep")) {
                    reports = seconds;
                }
            }
        }
        out.printf(Locale.ENGLISH, "  (7) ingest of every file (ingestInboxStep): %.1f s, %,.0f files/s (target at least 200), %.2f commits a file%n", ingest,
                files / ingest, (double) commits / files);
        out.printf(Locale.ENGLISH, "      the whole command in this JVM: %.1f s, of which %.1f s for the PDFs%n%n", wall, reports);
    }

    private void memory() throws Exception {
        out.printf(Locale.ENGLISH, "Memory: ingest of a %,d-row file with JAVA_OPTS=-Xmx256m voortgang-app/voortgang ingest%n", sizes.memoryRows());
        Path inbox = work.resolve("memory-world/inbox");
        new WorldGenerator(1, 1, 2, 10, 2018).writeInbox(inbox);
        Path big = work.resolve("ledger/realisatie-A01-2019-groot.csv");
        WorldGenerator.writeLedger(big, "A01", "P01-01", 2019, sizes.memoryRows(), new long[] {500_000, 400_000, 300_000, 200_000, 100_000}, new Random(9));
        Path data = work.resolve("memory-data");
        Path launcher = jar.resolveSibling("voortgang-app").resolve("voortgang");
        List<String> reference = new ArrayList<>(List.of(launcher.toString(), "--data-dir", data.toString(), "ingest", "--reference"));
        try (Stream<Path> files = Files.list(inbox.resolve("secretariaat"))) {
            files.forEach(f -> reference.add(f.toString()));
        }
        Processes.Run loaded = Processes.run(reference);
        if (loaded.exitCode() != 0) {
            throw new IllegalStateException("reference data did not load: " + loaded.output());
        }
        Path gcLog = work.resolve("memory-gc.log");
        Processes.Run run = Processes.run(List.of(launcher.toString(), "--data-dir", data.toString(), "ingest", "--partner", "P01-01", big.toString()),
                java.util.Map.of("JAVA_OPTS", "-Xmx256m -Xlog:gc:file=" + gcLog.toAbsolutePath()));
        long peakHeap = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC.matcher(line);
            if (m.find()) {
                peakHeap = Math.max(peakHeap, Long.parseLong(m.group(1)));
            }
        }
        long progress = run.output().stream().filter(l -> l.contains("… ")).count();
        String verdict = run.output().stream().filter(l -> l.contains("geaccepteerd") || l.contains("geweigerd") || l.contains("gestopt"))
                .findFirst().orElse(String.join(" | ", run.output()));
        out.printf(Locale.ENGLISH, "  (6) exit code %d in %.1f s (%,.0f rows/s); peak heap %d MB (of 256 MB); peak RSS %s; %d progress lines%n", run.exitCode(),
                run.seconds(), rate(sizes.memoryRows(), run.seconds()), peakHeap, run.peakRssKb() < 0 ? "not measured" : (run.peakRssKb() / 1024) + " MB",
                progress);
        out.println("      " + verdict);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static double rate(long rows, double seconds) {
        return rows / seconds;
    }

    private static void clean(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
