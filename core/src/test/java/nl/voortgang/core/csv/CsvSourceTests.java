package nl.voortgang.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvSourceTests {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void a_file_with_a_byte_order_mark_is_utf8_and_the_mark_is_not_part_of_the_header() throws Exception {
        byte[] text = "kostensoort;bedrag\nreis;12\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, content, 0, BOM.length);
        System.arraycopy(text, 0, content, BOM.length, text.length);

        CsvSource source = CsvSource.detect("b.csv", content).source();

        assertThat(source.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(source.hasByteOrderMark()).isTrue();
        try (CsvTable table = CsvTable.open(source)) {
            assertThat(table.header()).containsExactly("kostensoort", "bedrag");
        }
    }

    @Test
    void a_file_that_is_not_valid_utf8_is_read_as_windows_1252_as_dutch_excel_saves_it() throws Exception {
        byte[] content = "omschrijving;bedrag\nCoördinatie;€ 1.234,56\n".getBytes(CsvSource.WINDOWS_1252);

        CsvSource source = CsvSource.detect("w.csv", content).source();

        assertThat(source.charset()).isEqualTo(CsvSource.WINDOWS_1252);
        try (CsvTable table = CsvTable.open(source)) {
            assertThat(table.next().orElseThrow().values()).containsExactly("Coördinatie", "€ 1.234,56");
        }
    }

    @Test
    void utf8_without_a_mark_stays_utf8() {
        CsvSource source = CsvSource.detect("u.csv", "naam\nCoördinatie\n".getBytes(StandardCharsets.UTF_8)).source();

        assertThat(source.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(source.hasByteOrderMark()).isFalse();
    }

    @Test
    void the_separator_is_what_the_header_uses_most_outside_quotes() {
        assertThat(CsvSource.detect("a.csv", "a;b;c\n1,5;2;3\n".getBytes()).source().delimiter()).isEqualTo(';');
        assertThat(CsvSource.detect("b.csv", "a,b,c\n\"1,5\",2,3\n".getBytes()).source().delimiter()).isEqualTo(',');
        assertThat(CsvSource.detect("c.csv", "\"a;x\",b,c\n".getBytes()).source().delimiter()).isEqualTo(',');
        assertThat(CsvSource.detect("d.csv", "a\tb\tc\n".getBytes()).source().delimiter()).isEqualTo('\t');
        assertThat(CsvSource.detect("e.csv", "enkel\n".getBytes()).source().delimiter()).isEqualTo(',');
    }

    @Test
    void an_empty_file_is_a_problem_with_the_file() {
        CsvSource.Detected detected = CsvSource.detect("leeg.csv", new byte[0]);

        assertThat(detected.source()).isNull();
        assertThat(detected.problem().describe()).isEqualTo(
                "leeg.csv: Het bestand is leeg. Oplossing: Stuur het bestand opnieuw, met een kopregel en minstens één regel gegevens.");
    }

    @Test
    void a_binary_file_such_as_an_excel_workbook_is_refused_with_a_way_out() {
        byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00};

        CsvSource.Detected detected = CsvSource.detect("begroting.xlsx", xlsx);

        assertThat(detected.source()).isNull();
        assertThat(detected.problem().message()).isEqualTo("Dit is geen tekstbestand (CSV) maar een binair bestand.");
        assertThat(detected.problem().hint()).contains("CSV (gescheiden door lijstscheidingsteken)");
    }
}
