package nl.voortgang.samples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import nl.voortgang.samples.InboxCopy;
import nl.voortgang.samples.NightlyState;
import nl.voortgang.samples.generator.WorldGenerator;

/**
 * Kills {@code voortgang nightly} ({@code kill -9}) at random moments and runs the same command again, as an operator
 * whose server crashes would, then compares each end state with that of an uninterrupted run: the database, the
 * inbox, archive and rejected area, the PDFs' text and the run's summary ({@link NightlyState}). Two worlds: the
 * sample inbox with a ledger of 200,000 rows, and a generated alliance of 6 partners × 5 years with ledgers of 2,000
 * rows. Not part of {@code mvn verify}; {@code benchmarks/random-kills} runs it.
 *
 * <pre>benchmarks/random-kills [--kills N] [--seed S] [--work DIR]</pre>
 */
public final class RandomKills {

    private final Path work;
    private final int kills;
    private final Random random;
    private final List<String> command;

    private RandomKills(Path work, int kills, long seed, List<String> command) {
        this.work = work;
        this.kills = kills;
        this.random = new Random(seed);
        this.command = command;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of("target", "random-kills");
        int kills = 20;
        long seed = System.currentTimeMillis();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--kills" -> kills = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; known: --kills N, --seed S, --work DIR");
            }
        }
        List<String> command = List.of(Processes.java(), "-Duser.language=nl", "-Duser.country=NL", "-Duser.timezone=Europe/Amsterdam",
                "-cp", System.getProperty("java.class.path"), "nl.voortgang.batch.Voortgang");
        System.out.printf(Locale.ENGLISH, "Random kills of the nightly run, %s: %d kills, seed %d%n", LocalDate.now(), kills, seed);
        int equal = new RandomKills(work.toAbsolutePath(), kills, seed, command).run();
        System.out.printf(Locale.ENGLISH, "%d of %d equal to an uninterrupted run%n", equal, kills);
        System.exit(equal == kills ? 0 : 1);
    }

    private int run() throws Exception {
        clean(work);
        Path samples = work.resolve("worlds/samples");
        InboxCopy.copy(Path.of("samples", "inbox"), samples);
        WorldGenerator.writeLedger(samples.resolve("NVR/2020-03-30_realisatie-SWH-2019-boekhouding.csv"), "SWH", "NVR", 2019, 200_000,
                new long[] {40_000, 30_000, 10_000, 5_000, 8_000}, new Random(3));
        Path generated = work.resolve("worlds/generated");
        new WorldGenerator(1, 6, 5, 2_000, 11).writeInbox(generated);
        int equal = 0;
        int kill = 0;
        for (Path world : List.of(samples, generated)) {
            Path uninterrupted = work.resolve(world.getFileName() + "-uninterrupted");
            double seconds = nightly(world, uninterrupted, null);
            NightlyState expected = state(uninterrupted);
            System.out.printf(Locale.ENGLISH, "%s: an uninterrupted run takes %.1f s%n", world.getFileName(), seconds);
            int here = kills / 2 + (world == samples ? kills % 2 : 0);
            for (int i = 0; i < here; i++) {
                kill++;
                double at = seconds * (0.15 + 0.8 * random.nextDouble());
                Path folder = work.resolve(world.getFileName() + "-kill-" + kill);
                nightly(world, folder, at);
                nightly(null, folder, null);
                List<String> differences = state(folder).differences(expected);
                if (differences.isEmpty()) {
                    equal++;
                }
                System.out.printf(Locale.ENGLISH, "  kill %2d at %5.2f s: %s%n", kill, at, differences.isEmpty() ? "equal"
                        : "DIFFERENT\n      " + String.join("\n      ", differences));
            }
        }
        return equal;
    }

    /** Runs the nightly command on a copy of {@code world} in {@code folder} (or again on what is there), killed after {@code killAt} s. */
    private double nightly(Path world, Path folder, Double killAt) throws Exception {
        if (world != null) {
            InboxCopy.copy(world, folder.resolve("inbox"));
        }
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of("--data-dir", folder.resolve("data").toString(), "nightly", "--inbox", folder.resolve("inbox").toString(),
                "--out", folder.resolve("rapporten").toString()));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(folder.resolve("run-" + System.nanoTime() + ".log").toFile())
                .start();
        if (killAt != null && !process.waitFor((long) (killAt * 1000), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        } else {
            process.waitFor();
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static NightlyState state(Path folder) throws Exception {
        return NightlyState.of(folder, folder.resolve("inbox"), folder.resolve("data"), folder.resolve("rapporten"));
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
