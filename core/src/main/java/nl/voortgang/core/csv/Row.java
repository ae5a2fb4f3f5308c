package nl.voortgang.core.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One record of a file in a known format: its typed values by column, and the problems found so far. A
 * format's mapper reads the values and may add problems that concern several columns at once.
 */
public final class Row {

    private final String file;
    private final long line;
    private final Map<Column<?>, Object> values = new HashMap<>();
    private final Map<Column<?>, String> texts = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    Row(String file, long line) {
        this.file = file;
        this.line = line;
    }

    void put(Column<?> column, String text, Object value) {
        texts.put(column, text);
        if (value != null) {
            values.put(column, value);
        }
    }

    /** The column's value, or null when the cell is empty (only possible for an optional column). */
    @SuppressWarnings("unchecked")
    public <V> V get(Column<V> column) {
        return (V) values.get(column);
    }

    public <V> V getOrDefault(Column<V> column, V fallback) {
        V value = get(column);
        return value == null ? fallback : value;
    }

    /** The cell's text as written (trimmed). */
    public String text(Column<?> column) {
        return texts.getOrDefault(column, "");
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public void error(Column<?> column, String message, String hint) {
        problems.add(Problem.error(file, line, column.name(), text(column), message, hint));
    }

    public void warning(Column<?> column, String message, String hint) {
        problems.add(Problem.warning(file, line, column.name(), text(column), message, hint));
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
