package nl.voortgang.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README promises a developer who embeds {@code core}: the embedding example compiles and runs with nothing
 * on its class path but {@code core}'s jar and its three dependencies (Commons CSV, Commons IO, Commons Codec), and
 * prints what it prints inside the build.
 */
class PlainClassPathEmbeddingTests {

    private static final Pattern CORE_AND_ITS_DEPENDENCIES = Pattern.compile(
            ".*(/voortgang-core-[^/]*\\.jar|/core/target/classes/?|/commons-csv-[^/]*\\.jar|/commons-io-[^/]*\\.jar|/commons-codec-[^/]*\\.jar)$");

    @TempDir
    Path classes;

    @Test
    void the_example_compiles_and_runs_on_cores_jar_and_its_three_dependencies_alone() throws Exception {
        List<String> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> CORE_AND_ITS_DEPENDENCIES.matcher(entry.replace('\\', '/')).matches()).toList();
        assertThat(classPath).as("core and its dependencies on the build's class path").hasSize(4);
        String plain = String.join(File.pathSeparator, classPath);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = javac.run(null, diagnostics, diagnostics, "--release", "17", "-cp", plain, "-d", classes.toString(),
                Path.of("src/main/java/nl/voortgang/samples/BudgetVersusSpending.java").toString());
        assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-cp", plain + File.pathSeparator + classes, BudgetVersusSpending.class.getName(), "inbox")
                .redirectErrorStream(true).start();
        String printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor()).as(printed).isZero();

        ByteArrayOutputStream inTheBuild = new ByteArrayOutputStream();
        BudgetVersusSpending.print(Path.of("inbox"), new PrintStream(inTheBuild, true, StandardCharsets.UTF_8));
        assertThat(printed).isEqualTo(inTheBuild.toString(StandardCharsets.UTF_8)).contains("Samen werkt het! (SWH)", "Totaal");
        try (var compiledClasses = Files.list(classes.resolve("nl/voortgang/samples"))) {
            assertThat(compiledClasses).as("only the example itself was compiled")
                    .allMatch(f -> f.getFileName().toString().startsWith("BudgetVersusSpending"));
        }
    }
}
