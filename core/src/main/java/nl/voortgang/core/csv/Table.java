package nl.voortgang.core.csv;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * A file read as a header and a stream of records, each with the line (or a worksheet's row) on which it starts: a CSV
 * file ({@link CsvTable}) or, in the application, the first worksheet of an Excel workbook. The formats and checks read
 * every kind of table the same way.
 */
public interface Table extends Closeable {

    /** The file's name, as problems name it. */
    String fileName();

    /** The header's cells, trimmed; empty when the file has none. */
    List<String> header();

    /** The line (row) of the header. */
    long headerLine();

    /** The next data record that is not blank, or empty at the end. */
    Optional<RawRecord> next();

    /** Skips data records that were handled before, when a job restarts where it stopped. */
    default void skip(long count) {
        for (long i = 0; i < count && next().isPresent(); i++) {
            // skipped
        }
    }

    /**
     * How a problem names the column at a position of the header: its name, and for a worksheet also its letter
     * ({@code bedrag (D)}) so that a partner finds the cell.
     */
    default String columnLabel(String name, int position) {
        return name;
    }

    /** The hint for a record with more values than the header has columns. */
    String tooManyValuesHint();
}
