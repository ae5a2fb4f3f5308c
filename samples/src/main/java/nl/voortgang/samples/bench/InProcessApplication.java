package nl.voortgang.samples.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.VoortgangApplication;
import nl.voortgang.batch.ingest.FileOutcome;
import nl.voortgang.batch.ingest.IngestService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The voortgang application started in this JVM on a data directory, quietly, for measuring. */
final class InProcessApplication implements AutoCloseable {

    final ConfigurableApplicationContext context;

    InProcessApplication(Path dataDir) {
        this(dataDir, Map.of());
    }

    /** The application with these properties besides its data directory (a database server's {@code spring.datasource.*}). */
    InProcessApplication(Path dataDir, Map<String, String> properties) {
        SpringApplication application = new SpringApplication(VoortgangApplication.class);
        application.setDefaultProperties(Map.of("voortgang.data-dir", dataDir.toAbsolutePath().toString()));
        application.addInitializers(c -> c.getBeanFactory().registerSingleton("console",
                new Console(new PrintStream(OutputStream.nullOutputStream()), false)));
        // as command-line arguments: they go before the application's own properties
        this.context = application.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    IngestService ingest() {
        return context.getBean(IngestService.class);
    }

    /** Loads the secretariat's files of a generated inbox. */
    void loadReference(Path inbox) throws Exception {
        try (Stream<Path> files = Files.list(inbox.resolve("secretariaat"))) {
            List<FileOutcome> outcomes = ingest().ingestReferenceFiles(files.sorted().toList(), "benchmark");
            outcomes.stream().filter(o -> o.fate() != FileOutcome.Fate.ACCEPTED).findFirst().ifPresent(o -> {
                throw new IllegalStateException(o.summary());
            });
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
