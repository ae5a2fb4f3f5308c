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
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nl.voortgang.batch.Voortgang;

/**
 * A place to run {@code voortgang nightly} on a copy of the sample inbox, in this JVM or as a separate process,
 * and to read back what it left: the database, the folders and the PDFs.
 */
final class NightlyRun {

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
        return voortgang(arguments());
    }

    /** {@code status} on the run's data directory, in this JVM. */
    Result status() {
        return voortgang("--data-dir", data.toString(), "status");
    }

    /** Any {@code voortgang} command, in this JVM. */
    static Result voortgang(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Voortgang(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(arguments);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Starts as a separate process, as cron would, with these options for its JVM. */
    Process start(String... jvmOptions) throws IOException {
        return start(List.of(jvmOptions), arguments());
    }

    /** Starts the {@code voortgang} command as a separate process on the embedded database, whatever server the tests are given. */
    static Process startEmbedded(List<String> jvmOptions, String... arguments) throws IOException {
        ProcessBuilder process = builder(jvmOptions, arguments);
        process.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE_"));
        return process.start();
    }

    /** Starts the {@code voortgang} command as a separate process. */
    static Process start(List<String> jvmOptions, String... arguments) throws IOException {
        return builder(jvmOptions, arguments).start();
    }

    private static ProcessBuilder builder(List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Duser.language=nl", "-Duser.country=NL", "-Duser.timezone=Europe/Amsterdam", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Voortgang.class.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true);
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

    NightlyState state() throws Exception {
        return NightlyState.of(root, inbox, data, out);
    }

    static List<String> files(Path folder) throws IOException {
        return NightlyState.files(folder);
    }

    static String pdfText(Path pdf) throws IOException {
        return NightlyState.pdfText(pdf);
    }

    /** Copies a folder; the copies look as if they arrived an hour ago (not still being written). */
    static void copy(Path from, Path to) throws IOException {
        InboxCopy.copy(from, to);
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

    static void assertSameState(NightlyState actual, NightlyState expected) {
        assertThat(actual.database().submissions()).as("submissions").containsExactlyElementsOf(expected.database().submissions());
        assertThat(actual.database().rows()).as("rows per submission").containsExactlyElementsOf(expected.database().rows());
        assertThat(actual.database().tables()).as("rows per table").containsExactlyElementsOf(expected.database().tables());
        assertThat(actual.database().rejected()).as("refused files").containsExactlyElementsOf(expected.database().rejected());
        assertThat(actual.database().reference()).as("reference files").containsExactlyElementsOf(expected.database().reference());
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
