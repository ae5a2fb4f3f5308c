package nl.voortgang.samples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Commands run as separate processes, timed from the outside, with their peak memory. */
final class Processes {

    /** How a run went: wall time, exit code, peak resident memory (kB, from /proc; -1 where there is none), output. */
    record Run(double seconds, int exitCode, long peakRssKb, List<String> output) {
    }

    private Processes() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Run run(List<String> command) throws Exception {
        return run(command, java.util.Map.of());
    }

    /** Runs a command with extra environment variables. */
    static Run run(List<String> command, java.util.Map<String, String> environment) throws Exception {
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        long peak = -1;
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        while (process.isAlive()) {
            peak = Math.max(peak, peakRss(status));
            Thread.sleep(100);
        }
        int exit = process.waitFor();
        reader.join();
        return new Run((System.nanoTime() - started) / 1e9, exit, peak, output);
    }

    private static long peakRss(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or no /proc
        }
        return -1;
    }

    /** The median of several runs of the same command. */
    static double medianSeconds(List<String> command, int runs) throws Exception {
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            Run run = run(command);
            if (run.exitCode() != 0) {
                throw new IllegalStateException("failed (" + run.exitCode() + "): " + String.join(" ", command) + "\n" + String.join("\n", run.output()));
            }
            seconds[i] = run.seconds();
        }
        Arrays.sort(seconds);
        return seconds[runs / 2];
    }

    /**
     * A bare Boot application's class path: Spring Boot's own jars from this class path, and a jar in {@code work}
     * holding only {@link BareBootApplication} (class-data sharing takes jars only, and its component scan then finds
     * nothing else).
     */
    static String bareBootClassPath(Path work) throws IOException {
        Path jar = work.resolve("bare-boot.jar");
        String entry = BareBootApplication.class.getName().replace('.', '/') + ".class";
        try (var in = BareBootApplication.class.getClassLoader().getResourceAsStream(entry);
             var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(path -> path.matches(".*/(spring-boot|spring-boot-autoconfigure|spring-core|spring-context"
                        + "|spring-beans|spring-aop|spring-expression|spring-jcl|commons-logging|micrometer-observation|micrometer-commons|logback-classic"
                        + "|logback-core|slf4j-api|jul-to-slf4j|log4j-to-slf4j|log4j-api|jspecify)-[0-9][^/]*\\.jar"))
                .collect(Collectors.joining(java.io.File.pathSeparator, jar.toAbsolutePath() + java.io.File.pathSeparator, ""));
    }
}
