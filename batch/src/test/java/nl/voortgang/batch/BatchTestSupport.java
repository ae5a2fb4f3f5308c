package nl.voortgang.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.voortgang.batch.ingest.FileOutcome;
import nl.voortgang.batch.ingest.IngestService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a data directory of its own (one per test class), emptied before every test: no
 * submissions, no job history, no reference data, no kept files. Tagged {@code database}: these tests also run on
 * PostgreSQL (the Maven profile {@code postgresql}), with the same assertions.
 */
@org.junit.jupiter.api.Tag("database")
@SpringBootTest(classes = VoortgangApplication.class, properties = "logging.file.name=target/voortgang-test.log")
public abstract class BatchTestSupport {

    /** This module's copy of the sample world's inbox (see src/test/resources/world/README.md). */
    public static final Path INBOX = Path.of("src", "test", "resources", "world", "inbox").toAbsolutePath().normalize();
    /** The bad files the tests here send, with the problems they must give. */
    public static final Path BAD = Path.of("src", "test", "resources", "world", "bad").toAbsolutePath().normalize();

    private static final Path DATA_DIR = temporaryDirectory();

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected IngestService ingest;

    @Autowired
    protected DataDirectory dataDirectory;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("voortgang.data-dir", DATA_DIR::toString);
    }

    @BeforeEach
    void startEmpty() throws IOException {
        TestDatabase.TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
        Path files = DATA_DIR.resolve("files");
        if (Files.exists(files)) {
            try (Stream<Path> walk = Files.walk(files)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    protected List<FileOutcome> loadSampleReferenceData() {
        try (Stream<Path> files = Files.list(INBOX.resolve("secretariaat"))) {
            List<FileOutcome> outcomes = ingest.ingestReferenceFiles(files.sorted().toList(), "test");
            outcomes.forEach(o -> org.assertj.core.api.Assertions.assertThat(o.fate()).as(o.summary()).isEqualTo(FileOutcome.Fate.ACCEPTED));
            return outcomes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows a query gives, each column by its name in capitals (HSQLDB says {@code PARTNER}, PostgreSQL {@code partner}). */
    protected List<java.util.Map<String, Object>> rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query().listOfRows().stream().map(row -> {
            java.util.Map<String, Object> named = new java.util.LinkedHashMap<>();
            row.forEach((column, value) -> named.put(column.toUpperCase(java.util.Locale.ROOT), value));
            return named;
        }).toList();
    }

    /** Whether the tests run on PostgreSQL (the Maven profile {@code postgresql}) rather than the embedded HSQLDB. */
    protected boolean onPostgresql() {
        return TestDatabase.serverUrl() != null && TestDatabase.serverUrl().startsWith("jdbc:postgresql:");
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("voortgang-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
