package nl.voortgang.batch.ingest;

import java.nio.file.Path;
import nl.voortgang.batch.storage.SubmissionRows;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.csv.CsvTable;
import nl.voortgang.core.csv.FormatReader;
import nl.voortgang.core.csv.ParsedRow;
import nl.voortgang.core.submission.PartnerFile;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the rows of a partner file that was checked whole, with Commons CSV through {@code core}'s format. It
 * saves how many rows it has handed out, so that a restarted job skips the rows already stored and stores none
 * twice.
 */
public class PartnerRowReader extends AbstractItemCountingItemStreamItemReader<SubmissionRows.Line> {

    private final Path file;
    private FormatReader<?> reader;

    public PartnerRowReader(Path file) {
        this.file = file;
    }

    @Override
    protected void doOpen() throws Exception {
        CsvSource source = CsvSource.detect(file).readable()
                .orElseThrow(() -> new IllegalStateException("the kept copy can no longer be read: " + file));
        CsvTable table = CsvTable.open(source);
        var format = PartnerFile.detectKind(source.name(), table.header()).found()
                .orElseThrow(() -> new IllegalStateException("the kept copy is no longer a partner file: " + file));
        reader = format.reader(table);
    }

    @Override
    protected SubmissionRows.Line doRead() {
        if (!reader.hasNext()) {
            return null;
        }
        ParsedRow<?> row = reader.next();
        if (!row.isValid()) {
            throw new IllegalStateException("line " + row.line() + " of " + file + " no longer reads as it did when it was checked");
        }
        return new SubmissionRows.Line(row.line(), row.value());
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        reader.skip(itemIndex);
    }

    @Override
    protected void doClose() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
