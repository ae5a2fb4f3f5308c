package nl.voortgang.batch.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voortgang.batch.DataDirectory;
import nl.voortgang.batch.storage.JdbcRows;
import nl.voortgang.batch.storage.Sql;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.submission.Checksum;
import nl.voortgang.core.submission.IncomingFile;
import nl.voortgang.core.submission.KindDescriptor;
import nl.voortgang.core.submission.NewSubmission;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.SubmissionId;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.SubmissionKind;
import nl.voortgang.core.submission.SubmissionStore;
import nl.voortgang.core.submission.Submissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake's store in the database. Every method is one transaction, or joins the caller's (a step of a job runs
 * each unit of work in its own). A file being stored is a {@code PENDING} row of {@code submission} that counts its
 * stored rows in the same transaction as each chunk; it becomes {@code ACCEPTED} (the older version
 * {@code SUPERSEDED}) in one transaction; a refused one is recorded in {@code rejected_file}, and a {@code PENDING}
 * registration becomes {@code REFUSED} until its rows are removed. The bytes of every file are kept in the data
 * directory, and its problems beside them.
 */
final class JdbcSubmissionStore implements SubmissionStore {

    private static final String VISIBLE = "state IN ('ACCEPTED', 'SUPERSEDED')";
    private static final String SAME_KEY = "alliance = ? AND partner = ? AND report_year = ? AND kind = ?";

    private final JdbcClient jdbc;
    private final JdbcRows rows;
    private final Submissions submissions;
    private final RejectedFiles rejectedFiles;
    private final DataDirectory dataDirectory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    JdbcSubmissionStore(JdbcClient jdbc, JdbcRows rows, Submissions submissions, RejectedFiles rejectedFiles, DataDirectory dataDirectory,
                        TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.submissions = submissions;
        this.rejectedFiles = rejectedFiles;
        this.dataDirectory = dataDirectory;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public Earlier earlier(OrganisationCode sender, Checksum checksum) {
        Optional<Map<String, Object>> row = jdbc.sql("SELECT id, state, alliance, report_year, kind, stored_rows FROM submission "
                + "WHERE partner = ? AND checksum = ?").params(sender.value(), checksum.sha256()).query().listOfRows().stream().findFirst();
        if (row.isPresent()) {
            String state = (String) row.get().get("STATE");
            if (state.equals("PENDING")) {
                return new Interrupted(pending(row.get(), sender));
            }
            if (!state.equals("REFUSED")) {
                return new Accepted(submissions.findByChecksum(sender, checksum).orElseThrow());
            }
        }
        return rejectedFiles.find(sender.value(), checksum).<Earlier>map(r -> new Refused(ProblemsFile.read(r.problemsFile())))
                .orElse(new Nothing());
    }

    private static Pending pending(Map<String, Object> row, OrganisationCode sender) {
        return new Pending(new SubmissionId(((Number) row.get("ID")).longValue()), new SubmissionKey(AllianceCode.of((String) row.get("ALLIANCE")),
                sender, ((Number) row.get("REPORT_YEAR")).intValue(), SubmissionKind.valueOf((String) row.get("KIND"))),
                ((Number) row.get("STORED_ROWS")).longValue());
    }

    @Override
    public <T extends PartnerFigure> Submission acceptWhole(IncomingFile file, NewSubmission submission, KindDescriptor<T> kind,
                                                           List<Line<T>> lines) {
        Path copy = dataDirectory.keep(file.content(), file.name(), file.sender().value(), submission.checksum());
        writeWarnings(copy, submission);
        return transaction.execute(status -> {
            long id = register(file, submission.checksum(), submission.key(), copy);
            storeRows(id, kind, lines);
            return promote(id, submission);
        });
    }

    @Override
    public Pending begin(IncomingFile file, Checksum checksum, SubmissionKey key) {
        Path copy = dataDirectory.keep(file.content(), file.name(), file.sender().value(), checksum);
        long id = transaction.execute(status -> register(file, checksum, key, copy));
        return new Pending(new SubmissionId(id), key, 0);
    }

    private long register(IncomingFile file, Checksum checksum, SubmissionKey key, Path copy) {
        jdbc.sql("INSERT INTO submission (partner, alliance, report_year, kind, state, file_name, checksum, received_at, submitted_by, "
                        + "row_count, kept_copy) VALUES (?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, 0, ?)")
                .params(key.partner().value(), key.alliance().value(), key.year(), key.kind().name(), file.name(), checksum.sha256(),
                        Sql.utc(file.receivedAt()), file.submittedBy(), dataDirectory.stored(copy))
                .update();
        return jdbc.sql("SELECT id FROM submission WHERE partner = ? AND checksum = ?").params(key.partner().value(), checksum.sha256())
                .query(Long.class).single();
    }

    @Override
    public <T extends PartnerFigure> void store(Pending pending, KindDescriptor<T> kind, List<Line<T>> lines) {
        transaction.executeWithoutResult(status -> storeRows(pending.id().value(), kind, lines));
    }

    private <T extends PartnerFigure> void storeRows(long id, KindDescriptor<T> kind, List<Line<T>> lines) {
        rows.insert(id, kind, lines);
        jdbc.sql("UPDATE submission SET stored_rows = stored_rows + ? WHERE id = ?").params(lines.size(), id).update();
    }

    @Override
    public Submission accept(Pending pending, NewSubmission submission) {
        writeWarnings(keptCopy(pending.id().value()), submission);
        return transaction.execute(status -> {
            long id = pending.id().value();
            long stored = jdbc.sql("SELECT stored_rows FROM submission WHERE id = ?").param(id).query(Long.class).single();
            if (stored != submission.rows()) {
                throw new IllegalStateException("submission " + id + " has " + stored + " rows stored where its file has " + submission.rows());
            }
            return promote(id, submission);
        });
    }

    /**
     * The next version for its key, the current one superseded, its warnings kept, in the caller's transaction. A file
     * once refused because the program could not check it is no longer a refused file.
     */
    private Submission promote(long id, NewSubmission submission) {
        SubmissionKey key = submission.key();
        jdbc.sql("DELETE FROM rejected_file WHERE submitter = ? AND checksum = ?").params(key.partner().value(), submission.checksum().sha256())
                .update();
        Object[] keyParams = {key.alliance().value(), key.partner().value(), key.year(), key.kind().name()};
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM submission WHERE " + SAME_KEY + " AND " + VISIBLE)
                .params(keyParams).query(Integer.class).single() + 1;
        List<Object> supersede = new ArrayList<>(List.of(id));
        supersede.addAll(List.of(keyParams));
        jdbc.sql("UPDATE submission SET state = 'SUPERSEDED', superseded_by = ? WHERE " + SAME_KEY + " AND state = 'ACCEPTED'")
                .params(supersede).update();
        jdbc.sql("UPDATE submission SET state = 'ACCEPTED', version = ?, row_count = ?, stored_at = ? WHERE id = ?")
                .params(version, submission.rows(), Sql.utc(clock.instant()), id).update();
        int position = 0;
        for (Problem w : submission.warnings()) {
            jdbc.sql("INSERT INTO submission_warning (submission_id, position, line_no, column_name, value_text, message, hint, code) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, position++, w.line(), w.column(), w.value(), w.message(), w.hint(), w.code().name()).update();
        }
        return submissions.findByChecksum(key.partner(), submission.checksum()).orElseThrow();
    }

    private void writeWarnings(Path copy, NewSubmission submission) {
        if (!submission.warnings().isEmpty()) {
            ProblemsFile.write(DataDirectory.problemsFileOf(copy), submission.warnings());
        }
    }

    @Override
    public void refuse(IncomingFile file, Checksum checksum, SubmissionKind kind, List<Problem> problems, Optional<Pending> pending) {
        Path copy = dataDirectory.keep(file.content(), file.name(), file.sender().value(), checksum);
        Path problemsFile = DataDirectory.problemsFileOf(copy);
        ProblemsFile.write(problemsFile, problems);
        long errors = Problem.errorCount(problems);
        transaction.executeWithoutResult(status -> {
            rejectedFiles.record(new RejectedFiles.Rejected(file.sender().value(), file.name(), kind == null ? null : kind.name(),
                    file.receivedAt(), clock.instant(), (int) (errors == 0 ? problems.size() : errors), copy, problemsFile), checksum);
            pending.ifPresent(p -> jdbc.sql("UPDATE submission SET state = 'REFUSED' WHERE id = ?").param(p.id().value()).update());
        });
    }

    @Override
    public boolean discard(Pending pending, int atMost) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            long id = pending.id().value();
            if (rows.deleteSome(id, pending.key().kind().descriptor(), atMost) > 0) {
                return true;
            }
            jdbc.sql("DELETE FROM submission_warning WHERE submission_id = ?").param(id).update();
            jdbc.sql("DELETE FROM submission WHERE id = ? AND state = 'REFUSED'").param(id).update();
            return false;
        }));
    }

    /** Registrations of refused files whose rows were not all removed (the process died while it removed them). */
    List<Pending> leftovers() {
        return jdbc.sql("SELECT id, state, alliance, partner, report_year, kind, stored_rows FROM submission WHERE state = 'REFUSED' ORDER BY id")
                .query().listOfRows().stream().map(r -> pending(r, OrganisationCode.of((String) r.get("PARTNER")))).toList();
    }

    private Path keptCopy(long id) {
        return dataDirectory.resolve(jdbc.sql("SELECT kept_copy FROM submission WHERE id = ?").param(id).query(String.class).single());
    }
}
