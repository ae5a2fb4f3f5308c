package nl.voortgang.core.submission;

/**
 * The checks that only one kind of partner file has, for one file as it streams past: after the checks that every
 * partner file has (one alliance and year, only about the sender, a member of the alliance), each row is handed to
 * {@link #row}, and {@link #finish} may add problems about the file as a whole.
 */
interface KindChecks<T> {

    void row(long line, T row);

    default void finish() {
    }

    static <T> KindChecks<T> none() {
        return (line, row) -> { };
    }
}
