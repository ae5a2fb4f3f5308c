package nl.voortgang.batch.ingest;

import java.nio.file.Path;
import nl.voortgang.batch.storage.SubmissionRows;
import nl.voortgang.core.submission.SubmissionKey;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the rows of a partner file that was checked whole, from the spool the check wrote ({@link RowSpool}). It saves
 * how many rows it has handed out, so that a restarted job skips the rows already stored and stores none twice.
 */
public class PartnerRowReader extends AbstractItemCountingItemStreamItemReader<SubmissionRows.Line> {

    private final Path keptCopy;
    private final SubmissionKey key;
    private RowSpool.Reader spool;

    public PartnerRowReader(Path keptCopy, SubmissionKey key) {
        this.keptCopy = keptCopy;
        this.key = key;
    }

    @Override
    protected void doOpen() throws Exception {
        spool = new RowSpool.Reader(RowSpool.of(keptCopy), key);
    }

    @Override
    protected SubmissionRows.Line doRead() throws Exception {
        return spool.read();
    }

    @Override
    protected void jumpToItem(int itemIndex) throws Exception {
        for (int i = 0; i < itemIndex; i++) {
            spool.read();
        }
    }

    @Override
    protected void doClose() throws Exception {
        if (spool != null) {
            spool.close();
            spool = null;
        }
    }
}
