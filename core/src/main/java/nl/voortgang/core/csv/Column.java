package nl.voortgang.core.csv;

import java.util.List;
import java.util.Objects;

/**
 * One column of a CSV format: its documented (Dutch) name, other names files may use, its value type,
 * whether a value is required, and what it means.
 */
public record Column<V>(String name, List<String> aliases, ValueType<V> type, boolean required, String description) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        aliases = List.copyOf(aliases);
    }

    public static <V> Column<V> required(String name, ValueType<V> type, String description, String... aliases) {
        return new Column<>(name, List.of(aliases), type, true, description);
    }

    public static <V> Column<V> optional(String name, ValueType<V> type, String description, String... aliases) {
        return new Column<>(name, List.of(aliases), type, false, description);
    }

    /** Whether a header cell names this column, ignoring case, accents, spaces and punctuation. */
    public boolean matches(String headerCell) {
        String wanted = HeaderNames.normalise(headerCell);
        return HeaderNames.normalise(name).equals(wanted)
                || aliases.stream().anyMatch(alias -> HeaderNames.normalise(alias).equals(wanted));
    }
}
