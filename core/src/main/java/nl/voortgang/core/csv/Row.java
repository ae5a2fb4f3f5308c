package nl.voortgang.core.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * One record of a file in a known format: its typed values by column, and the problems found so far. A
 * format's mapper reads the values and may add problems that concern several columns at once.
 */
public final class Row {

    private final String file;
    private final long line;
    private final Column<?>[] columns;
    private final String[] labels;
    private final Object[] values;
    private final String[] texts;
    private List<Problem> problems;

    Row(String file, long line, Column<?>[] columns, String[] labels) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.labels = labels;
        this.values = new Object[columns.length];
        this.texts = new String[columns.length];
    }

    private int indexOf(Column<?> column) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] == column) {
                return i;
            }
        }
        return -1;
    }

    void put(Column<?> column, String text, Object value) {
        int index = indexOf(column);
        texts[index] = text;
        values[index] = value;
    }

    /** The column's value, or null when the cell is empty (only possible for an optional column). */
    @SuppressWarnings("unchecked")
    public <V> V get(Column<V> column) {
        int index = indexOf(column);
        return index < 0 ? null : (V) values[index];
    }

    public <V> V getOrDefault(Column<V> column, V fallback) {
        V value = get(column);
        return value == null ? fallback : value;
    }

    /** The cell's text as written (trimmed). */
    public String text(Column<?> column) {
        int index = indexOf(column);
        return index < 0 || texts[index] == null ? "" : texts[index];
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public void error(ProblemCode code, Column<?> column, String message, String hint) {
        add(Problem.error(code, file, line, label(column), text(column), message, hint));
    }

    public void warning(ProblemCode code, Column<?> column, String message, String hint) {
        add(Problem.warning(code, file, line, label(column), text(column), message, hint));
    }

    /** How problems name the column: its name, and in a worksheet its letter. */
    private String label(Column<?> column) {
        int index = indexOf(column);
        return index < 0 ? column.name() : labels[index];
    }

    void add(Problem problem) {
        if (problems == null) {
            problems = new ArrayList<>(2);
        }
        problems.add(problem);
    }

    public boolean hasErrors() {
        return problems != null && problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> problems() {
        return problems == null ? List.of() : List.copyOf(problems);
    }
}
