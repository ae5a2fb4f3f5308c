package nl.voortgang.core.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.csv.CsvReadException;
import nl.voortgang.core.csv.FormatDetection;
import nl.voortgang.core.csv.FormatReader;
import nl.voortgang.core.csv.ParsedRow;
import nl.voortgang.core.csv.Table;
import nl.voortgang.core.csv.TableSource;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * A partner file read and checked whole in one streaming pass: its kind is recognised from its header, and
 * {@link #next()} moves from one row that read well to the next while every row, good or bad, goes through the
 * {@link SubmissionCheck}. Used by the dry run and by the intake alike.
 */
final class CheckedRows<T extends PartnerFigure> implements AutoCloseable {

    private final Table table;
    private final KindDescriptor<T> descriptor;
    private final FormatReader<T> reader;
    private final SubmissionCheck<T> check;
    private ParsedRow<T> current;
    private boolean ended;

    private CheckedRows(Table table, KindDescriptor<T> descriptor, SubmissionCheck<T> check) {
        this.table = table;
        this.descriptor = descriptor;
        this.check = check;
        this.reader = descriptor.format().reader(table);
        check.acceptHeader(reader.headerProblems());
    }

    /** The file opened for checking, or the verdict on a file whose kind cannot be recognised. */
    static Opened open(TableSource source, OrganisationCode sender, SubmissionIntake flow) {
        Table table;
        try {
            table = source.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var detected = FormatDetection.detect(source.name(), table.header(), SubmissionKind.formats());
        if (detected.found().isEmpty()) {
            close(table);
            return new Opened(null, SubmissionCheck.Verdict.unreadable(null, detected.problem()));
        }
        KindDescriptor<?> descriptor = Arrays.stream(SubmissionKind.values()).map(SubmissionKind::descriptor)
                .filter(d -> d.format() == detected.format()).findFirst().orElseThrow();
        return new Opened(of(table, descriptor, source.name(), sender, flow), null);
    }

    private static <T extends PartnerFigure> CheckedRows<T> of(Table table, KindDescriptor<T> descriptor, String file,
                                                                 OrganisationCode sender, SubmissionIntake flow) {
        return new CheckedRows<>(table, descriptor,
                new SubmissionCheck<>(file, sender, descriptor, flow.alliances(), flow.submissions(), flow.problemsKept()));
    }

    /** A file opened for checking ({@code rows}), or the verdict on one that cannot be (null rows). */
    record Opened(CheckedRows<?> rows, SubmissionCheck.Verdict refused) {
    }

    KindDescriptor<T> descriptor() {
        return descriptor;
    }

    /** Moves to the next row that read well; false at the end of the file (or where it can no longer be read). */
    boolean next() {
        current = null;
        while (!ended) {
            ParsedRow<T> row;
            try {
                if (!reader.hasNext()) {
                    ended = true;
                    break;
                }
                row = reader.next();
            } catch (CsvReadException e) {
                check.acceptHeader(List.of(e.toProblem()));
                ended = true;
                break;
            }
            check.accept(row);
            if (row.isValid()) {
                current = row;
                return true;
            }
        }
        return false;
    }

    long line() {
        return current.line();
    }

    T row() {
        return current.value();
    }

    /** What the file is about, as its first row says. */
    SubmissionKey key() {
        return check.key();
    }

    /** Whether no error has been found so far: rows may be stored while this holds. */
    boolean clean() {
        return check.clean();
    }

    /** The verdict, once {@link #next()} has said the file ended. */
    SubmissionCheck.Verdict verdict() {
        return check.finish();
    }

    @Override
    public void close() {
        close(table);
    }

    private static void close(Table table) {
        try {
            table.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
