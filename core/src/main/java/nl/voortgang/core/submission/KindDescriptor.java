package nl.voortgang.core.submission;

import java.util.Objects;
import java.util.function.Function;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.csv.RecordFormat;

/**
 * Everything particular to one kind of partner file, in one place: its CSV format, the type of its rows, the checks
 * only that kind has, and how its rows are kept. Everything else (reading, the checks every partner file has,
 * storing, superseding, the flow itself) works through this description without knowing the kind. Adding a kind is
 * a new {@link SubmissionKind} constant with its descriptor, a migration for its table, its format documentation,
 * and the consolidation that uses it (see {@code docs/architecture.md}).
 */
public final class KindDescriptor<T extends PartnerFigure> {

    private final SubmissionKind kind;
    private final RecordFormat<T> format;
    private final Class<T> rowType;
    private final RowStorage<T> storage;
    private final Function<CheckContext, KindChecks<T>> checks;

    KindDescriptor(SubmissionKind kind, RecordFormat<T> format, Class<T> rowType, RowStorage<T> storage,
                   Function<CheckContext, KindChecks<T>> checks) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.format = Objects.requireNonNull(format, "format");
        this.rowType = Objects.requireNonNull(rowType, "rowType");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.checks = Objects.requireNonNull(checks, "checks");
    }

    public SubmissionKind kind() {
        return kind;
    }

    public RecordFormat<T> format() {
        return format;
    }

    public Class<T> rowType() {
        return rowType;
    }

    public RowStorage<T> storage() {
        return storage;
    }

    /** The kind's own checks for one file, once the file's alliance is known. */
    KindChecks<T> checks(CheckContext context) {
        return checks.apply(context);
    }

    /** The row as this kind's row type; a row of another kind is a programming error. */
    public T cast(Object row) {
        return rowType.cast(row);
    }

    @Override
    public String toString() {
        return kind.name();
    }
}
