package nl.voortgang.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.memory.InMemoryStore;
import nl.voortgang.core.organisation.OrganisationCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every deliberately bad file in {@code samples/bad/} produces exactly the problems its {@code .expected.csv}
 * documents: the same lines, columns, values, codes and messages, in the same order.
 */
class BadSampleFilesTests {

    private static final Path BAD = Path.of("bad");
    private static InMemoryStore store;

    @BeforeAll
    static void the_sample_world_is_loaded() {
        store = new InMemoryStore(Clock.fixed(Instant.parse("2020-06-01T10:00:00Z"), ZoneId.of("Europe/Amsterdam")));
        SampleInbox.load(Path.of("inbox"), store);
    }

    @TestFactory
    Stream<DynamicTest> each_bad_file_gives_exactly_its_documented_problems() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(BAD)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(".expected.csv") && !f.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        return files.stream().map(file -> DynamicTest.dynamicTest(BAD.relativize(file).toString(), () -> {
            List<String> expected = expected(file);
            assertThat(expected).as("an expected-problems file documents %s", file).isNotEmpty();
            assertThat(problems(file)).extracting(p -> p.line() + "|" + p.column() + "|" + p.value() + "|" + p.code() + "|" + p.message())
                    .containsExactlyElementsOf(expected);
        }));
    }

    private static List<Problem> problems(Path file) {
        String folder = file.getParent().getFileName().toString();
        if (folder.equals(SampleInbox.SECRETARIAT)) {
            return store.referenceUpdate().check(List.of(CsvSource.detect(file).source())).problems();
        }
        return store.intake().validate(OrganisationCode.of(folder), file).problems();
    }

    private static List<String> expected(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.[a-z]+$", "") + ".expected.csv";
        Path expectations = file.resolveSibling(name);
        if (!Files.exists(expectations)) {
            return List.of();
        }
        try (Reader reader = Files.newBufferedReader(expectations, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map((CSVRecord r) -> r.get("regel") + "|" + r.get("kolom") + "|" + r.get("waarde") + "|" + r.get("code") + "|" + r.get("melding"))
                    .toList();
        }
    }
}
