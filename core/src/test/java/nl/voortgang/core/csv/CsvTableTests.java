package nl.voortgang.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTests {

    private static List<RawRecord> records(String text) throws Exception {
        List<RawRecord> records = new ArrayList<>();
        try (CsvTable table = CsvTable.open(CsvSource.detect("t.csv", text.getBytes(StandardCharsets.UTF_8)).source())) {
            table.next().ifPresent(records::add);
            for (var r = table.next(); r.isPresent(); r = table.next()) {
                records.add(r.get());
            }
        }
        return records;
    }

    @Test
    void each_record_knows_the_line_on_which_it_starts_even_after_quoted_line_breaks() throws Exception {
        List<RawRecord> records = records("a,b\n1,\"twee\nregels\"\n2,x\n3,\"drie\r\nregels\r\nhier\"\n4,y\n");

        assertThat(records).extracting(RawRecord::line).containsExactly(2L, 4L, 5L, 8L);
        assertThat(records.get(0).value(1)).isEqualTo("twee\nregels");
    }

    @Test
    void blank_lines_and_rows_of_only_separators_are_skipped_and_lines_still_count() throws Exception {
        List<RawRecord> records = records("a;b\n1;x\n\n;\n2;y\n\n\n");

        assertThat(records).extracting(RawRecord::line).containsExactly(2L, 5L);
        assertThat(records).extracting(r -> r.value(0)).containsExactly("1", "2");
    }

    @Test
    void windows_line_endings_count_as_one_line() throws Exception {
        List<RawRecord> records = records("a;b\r\n1;x\r\n2;y\r\n");

        assertThat(records).extracting(RawRecord::line).containsExactly(2L, 3L);
    }

    @Test
    void records_are_numbered_among_the_data_so_that_a_restart_can_skip_them() throws Exception {
        try (CsvTable table = CsvTable.open(CsvSource.detect("t.csv", "a\n1\n2\n3\n".getBytes()).source())) {
            table.skip(2);
            RawRecord third = table.next().orElseThrow();
            assertThat(third.value(0)).isEqualTo("3");
            assertThat(third.number()).isEqualTo(2);
            assertThat(third.line()).isEqualTo(4);
        }
    }
}
