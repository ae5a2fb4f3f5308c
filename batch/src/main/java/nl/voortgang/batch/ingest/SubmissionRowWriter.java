package nl.voortgang.batch.ingest;

import java.util.List;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.storage.SubmissionRows;
import nl.voortgang.core.submission.SubmissionKind;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk of rows of a pending submission as one JDBC batch, and says now and then how far it got. */
public class SubmissionRowWriter implements ItemWriter<SubmissionRows.Line> {

    private final long submission;
    private final SubmissionKind kind;
    private final SubmissionRows rows;
    private final Console.Progress progress;

    public SubmissionRowWriter(long submission, SubmissionKind kind, SubmissionRows rows, Console console) {
        this.submission = submission;
        this.kind = kind;
        this.rows = rows;
        this.progress = console.progress("opgeslagen");
    }

    @Override
    public void write(Chunk<? extends SubmissionRows.Line> chunk) {
        rows.insert(submission, kind, List.copyOf(chunk.getItems()));
        progress.add(chunk.size());
    }
}
