package nl.voortgang.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.voortgang.core.csv.Column;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.csv.CsvTable;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.csv.RecordFormat;
import nl.voortgang.core.reference.ReferenceFormats;
import nl.voortgang.core.submission.SubmissionKind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code docs/csv-formats.md} stays true to the format definitions, and every example in it parses cleanly. */
class FormatDocumentationTests {

    private static final Path DOC = Path.of("..", "docs", "csv-formats.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (ja|nee) \\|");
    private static final Pattern EXAMPLE = Pattern.compile("```csv\\n(.*?)```", Pattern.DOTALL);

    private static List<RecordFormat<?>> formats() {
        List<RecordFormat<?>> all = new ArrayList<>(SubmissionKind.formats());
        all.addAll(ReferenceFormats.ALL);
        return all;
    }

    private static Map<String, String> sections() throws IOException {
        String text = Files.readString(DOC, StandardCharsets.UTF_8);
        Map<String, String> sections = new LinkedHashMap<>();
        String[] parts = text.split("\\n### ");
        for (int i = 1; i < parts.length; i++) {
            String body = parts[i];
            sections.put(body.substring(0, body.indexOf('\n')).trim(), body.split("\\n## ")[0]);
        }
        return sections;
    }

    @Test
    void every_problem_code_is_documented_with_its_meaning_and_no_other_code_is() throws IOException {
        Pattern row = Pattern.compile("^\\| `([A-Z_]+)` \\| (.+) \\|$");
        Map<String, String> documented = new LinkedHashMap<>();
        String section = Files.readString(DOC, StandardCharsets.UTF_8).split("\\n## Problemen en hun codes\\n")[1];
        section.lines().map(row::matcher).filter(Matcher::find).forEach(m -> documented.put(m.group(1), m.group(2)));
        Map<String, String> defined = new LinkedHashMap<>();
        for (ProblemCode code : ProblemCode.values()) {
            defined.put(code.name(), code.description());
        }
        assertThat(documented).containsExactlyEntriesOf(defined);
    }

    @Test
    void every_format_is_documented_once_and_nothing_else_is() throws IOException {
        assertThat(sections().keySet()).containsExactlyInAnyOrderElementsOf(formats().stream().map(RecordFormat::name).toList());
    }

    @TestFactory
    Stream<DynamicTest> each_documented_table_lists_the_columns_of_its_format() throws IOException {
        Map<String, String> sections = sections();
        return formats().stream().map(format -> DynamicTest.dynamicTest(format.name(), () -> {
            List<String> documented = sections.get(format.name()).lines().map(ROW::matcher).filter(Matcher::find)
                    .map(m -> m.group(1) + (m.group(2).equals("ja") ? " (verplicht)" : "")).toList();
            List<String> defined = format.columns().stream().map(c -> c.name() + (c.required() ? " (verplicht)" : "")).toList();
            assertThat(documented).containsExactlyElementsOf(defined);
        }));
    }

    @TestFactory
    Stream<DynamicTest> each_documented_example_parses_without_a_single_problem() throws IOException {
        Map<String, String> sections = sections();
        return formats().stream().map(format -> DynamicTest.dynamicTest(format.name(), () -> {
            Matcher example = EXAMPLE.matcher(sections.get(format.name()));
            assertThat(example.find()).as("an example for %s", format.name()).isTrue();
            CsvSource source = CsvSource.detect(format.name() + ".csv", example.group(1).getBytes(StandardCharsets.UTF_8)).source();
            try (CsvTable table = CsvTable.open(source)) {
                var result = format.readAll(table);
                assertThat(result.problems()).isEmpty();
                assertThat(result.values()).isNotEmpty();
            }
            assertThat(format.columns()).extracting(Column::name).doesNotHaveDuplicates();
        }));
    }
}
