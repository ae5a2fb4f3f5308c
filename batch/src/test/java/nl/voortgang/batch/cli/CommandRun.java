package nl.voortgang.batch.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.voortgang.batch.Voortgang;

/** One run of the {@code voortgang} command in this JVM: its exit code, and what it wrote to standard output and error. */
record CommandRun(int exitCode, String out, String err) {

    /** Runs the command with exactly these arguments. */
    static CommandRun voortgang(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Voortgang(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs the command on a data directory ({@code --data-dir} first). */
    static CommandRun voortgangOn(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return voortgang(all.toArray(String[]::new));
    }
}
