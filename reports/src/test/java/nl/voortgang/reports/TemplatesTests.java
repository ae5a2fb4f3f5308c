package nl.voortgang.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every template compiles with the JasperReports on the classpath (so that an upgrade of JasperReports or of the
 * Jackson it reads JRXML with cannot break a report unnoticed), the styles load, and the two languages have the same
 * words.
 */
class TemplatesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/nl/voortgang/reports/templates");

    static List<Path> jrxmlFiles() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("jrxmlFiles")
    void every_template_compiles(Path jrxml) {
        assertThatCode(() -> JasperCompileManager.compileReport(jrxml.toString())).doesNotThrowAnyException();
    }

    @Test
    void every_template_is_used_by_a_renderer_and_every_renderer_template_exists() throws IOException {
        List<String> names = jrxmlFiles().stream().map(f -> f.getFileName().toString().replace(".jrxml", "")).toList();
        List<String> used = Stream.concat(ProgressReportRenderer.TEMPLATES.stream(), NewsletterRenderer.TEMPLATES.stream()).toList();
        assertThat(used).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void the_shared_styles_load() throws IOException {
        try (InputStream in = Files.newInputStream(TEMPLATES.resolve("styles.jrtx"))) {
            assertThat(JRXmlTemplateLoader.load(in).getStyles()).extracting("name").contains("Base", "Heading1", "TableHead", "Cell");
        }
    }

    @Test
    void dutch_and_english_have_the_same_words() throws IOException {
        assertThat(keys("labels_en.properties")).isEqualTo(keys("labels_nl.properties"));
    }

    @Test
    void the_build_precompiles_every_template_for_the_renderers_to_load() throws IOException {
        for (Path jrxml : jrxmlFiles()) {
            String compiled = Templates.FOLDER + jrxml.getFileName().toString().replace(".jrxml", ".jasper");
            assertThat(getClass().getClassLoader().getResource(compiled)).as(compiled).isNotNull();
        }
    }

    @Test
    void a_renderer_loads_its_templates_once() {
        new ProgressReportRenderer().warmUp();
        assertThat(Templates.get("progress-report")).isSameAs(Templates.get("progress-report"));
    }

    private static java.util.Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/nl/voortgang/reports").resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new java.util.TreeSet<>(properties.stringPropertyNames());
    }
}
