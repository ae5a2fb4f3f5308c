package nl.voortgang.core.csv;

/**
 * How the text of one cell becomes a value. {@link #parse} gets the trimmed, non-empty text; empty cells
 * are handled by the column (required or optional).
 */
public interface ValueType<V> {

    Parsed<V> parse(String text);

    /** What the format documentation says the column holds, in Dutch. */
    String description();
}
