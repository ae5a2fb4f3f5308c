package nl.voortgang.samples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.voortgang.samples.bench.jmh.InnerLoops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmarks with tiny sizes, so that they keep working: every figure is printed and is a real measurement (more
 * than zero), every ingest in them was accepted, and the cold report was written. Not a measurement itself.
 */
class BenchmarkSmokeTests {

    private static final Path JAR = Path.of("..", "batch", "target", "voortgang.jar");

    @Test
    void the_whole_run_harness_prints_every_figure(@TempDir Path work) throws Exception {
        assertThat(JAR).as("the batch module's package phase builds it; run the whole build first").exists();
        assertThat(JAR.resolveSibling("voortgang-app").resolve("voortgang")).exists();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new Benchmarks(new Benchmarks.Sizes(2_000, 20_000, 2, 2, 20, 1, 2, new Benchmarks.SmallFiles(1, 2, 2, 5)), work, JAR, new PrintStream(printed, true, StandardCharsets.UTF_8)).run();
        String output = printed.toString(StandardCharsets.UTF_8);

        for (String figure : new String[] {"(1) parse ceiling", "(2) storage ceiling", "(3) plain Spring Batch", "(4) Voortgang ingest"}) {
            assertThat(figure(output, Pattern.quote(figure) + ".*?([0-9][0-9,.]*) rows/s")).as(figure + " in%n" + output).isPositive();
        }
        assertThat(figure(output, "\\(4\\)/\\(2\\) = ([0-9.]+)")).as(output).isPositive();
        assertThat(figure(output, "\\(5\\) warm report .*?median ([0-9]+) ms")).as(output).isPositive();
        assertThat(output).containsPattern("stages \\(medians\\): read model [0-9]+ ms, fill [0-9]+ ms, export [0-9]+ ms, finishing .* [1-9][0-9]* pages")
                .containsPattern("finishing \\(medians\\): PDFBox load [0-9]+ ms, structure tree [0-9]+ ms, content as artifacts [0-9]+ ms, save [0-9]+ ms");
        assertThat(figure(output, "ratio launcher / bare Boot = ([0-9.]+)")).as(output).isPositive();
        assertThat(work.resolve("cold.pdf")).isNotEmptyFile();
        assertThat(Files.readAllBytes(work.resolve("cold.pdf"))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(output).containsPattern("\\(6\\) exit code 0 in .*; peak heap [1-9][0-9]* MB");
        assertThat(output).contains("20.000 regels");
        assertThat(figure(output, "\\(7\\) ingest of every file .*?([0-9][0-9,.]*) files/s")).as(output).isPositive();
    }

    @Test
    void the_inner_loop_benchmarks_run_under_jmh() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(InnerLoops.class.getName())
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true)
                .build()).run();

        assertThat(results).extracting(r -> r.getParams().getBenchmark().replaceAll(".*\\.", ""))
                .containsExactlyInAnyOrder("readCsv", "checkFile", "amount", "dateValue", "bigDecimalBaseline");
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }

    /** The number that {@code regex}'s first group finds in the output (thousands separated by commas), or -1. */
    private static double figure(String output, String regex) {
        Matcher m = Pattern.compile(regex).matcher(output);
        return m.find() ? Double.parseDouble(m.group(1).replace(",", "")) : -1;
    }
}
